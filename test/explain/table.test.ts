import { expect } from 'chai';
import { formatTable, wrapValue } from '../../src/explain/table.js';

describe('formatTable', () => {
  it('aligns columns two spaces apart, without trailing spaces', () => {
    expect(formatTable([{ header: 'NAME' }, { header: 'Q' }], [['offload', '4'], ['a', '-']])).to.deep.equal(['NAME     Q', 'offload  4', 'a        -']);
  });

  it('wraps the widest wrappable column after punctuation to stay within the width', () => {
    const lines = formatTable([{ header: 'NAME' }, { header: 'NETWORK', wrap: true }, { header: 'MAC' }], [['x', 'default/sriov-vlan100', '52:54:00:00:00:01']], 40);
    expect(lines).to.deep.equal(['NAME  NETWORK          MAC', 'x     default/sriov-   52:54:00:00:00:01', '      vlan100']);
    for (const l of lines) expect(l.length).to.be.at.most(40);
  });

  it('cuts a value without punctuation at the width', () => {
    expect(wrapValue('abcdefghij', 4)).to.deep.equal(['abcd', 'efgh', 'ij']);
    expect(wrapValue('/dev/vhost-vdpa-1', 10)).to.deep.equal(['/dev/', 'vhost-', 'vdpa-1']);
  });
});
