import { expect } from 'chai';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readNetworkStatus } from '../../src/load/network-status.js';
import type { Vmi } from '../../src/model/vmi.js';
import { matchNetworkStatus, podInterfaceNames } from '../../src/resolve/network-status-match.js';
import { at, source, summary, vmiWith } from './helpers.js';

function match(vmi: Vmi, entries: object[]): { matches: Record<string, string>; diags: string[] } {
  const diags = new Diagnostics();
  const text = `[${entries.map((e) => JSON.stringify(e)).join(',\n')}]`;
  const status = readNetworkStatus(source('ns.json', text), diags)!;
  const wanted = vmi.networks.filter((n) => n.source?.kind === 'multus');
  const m = matchNetworkStatus(vmi, status, wanted, diags);
  return { matches: Object.fromEntries([...m].map(([k, v]) => [k, v === 'ambiguous' ? v : at(v.pos)])), diags: summary(diags.list) };
}

const SEED = vmiWith({ offload: { binding: 'vdpa', networkName: 'default/offload-ovn' }, offload2: { binding: 'vdpa', networkName: 'default/offload-ovn' } });
const TWO_NADS = vmiWith({ port0: { binding: 'vdpa', networkName: 'infra/dpu-port0' }, port1: { binding: 'vdpa', networkName: 'dpu-port1' } });
const POD = { name: 'kube-ovn', interface: 'eth0', default: true };

describe('matchNetworkStatus', () => {
  it('names pod interfaces as KubeVirt does: hashed, or ordinal in network order', () => {
    expect([...podInterfaceNames(SEED, false)]).to.deep.equal([['offload', 'podd2433416cb6'], ['offload2', 'poded2845a51d4']]);
    expect([...podInterfaceNames(SEED, true)]).to.deep.equal([['offload', 'net1'], ['offload2', 'net2']]);
  });

  it('matches by hashed interface name, whatever the order of entries', () => {
    const r = match(SEED, [POD, { name: 'default/offload-ovn', interface: 'poded2845a51d4' }, { name: 'default/offload-ovn', interface: 'podd2433416cb6' }]);
    expect(r).to.deep.equal({ matches: { offload: 'ns.json:3:1', offload2: 'ns.json:2:1' }, diags: [] });
  });

  it('switches every network to ordinal names when one entry is netN', () => {
    const r = match(SEED, [POD, { name: 'default/offload-ovn', interface: 'net2' }, { name: 'default/offload-ovn', interface: 'net1' }]);
    expect(r).to.deep.equal({ matches: { offload: 'ns.json:3:1', offload2: 'ns.json:2:1' }, diags: [] });
  });

  it('falls back to the NAD when one entry names it and one network uses it (a bare name is in the VMI namespace)', () => {
    const r = match(TWO_NADS, [{ name: 'default/dpu-port1', interface: 'x1' }, { name: 'infra/dpu-port0', interface: 'x0' }]);
    expect(r).to.deep.equal({ matches: { port0: 'ns.json:2:1', port1: 'ns.json:1:2' }, diags: [] });
  });

  it('does not give an entry matched by interface to another network through its NAD', () => {
    const r = match(SEED, [{ name: 'default/offload-ovn', interface: 'podd2433416cb6' }]);
    expect(r).to.deep.equal({ matches: { offload: 'ns.json:1:2' }, diags: [] });
  });

  it('reports networks sharing a NAD whose entries have unknown interface names', () => {
    const r = match(SEED, [{ name: 'default/offload-ovn', interface: 'a' }, { name: 'default/offload-ovn', interface: 'b' }]);
    expect(r.matches).to.deep.equal({ offload: 'ambiguous', offload2: 'ambiguous' });
    expect(r.diags).to.deep.equal([
      "error NETWORK_STATUS_AMBIGUOUS vmi.yaml:23:20 no entry of the network-status annotation has interface podd2433416cb6 (network 'offload'), and NAD default/offload-ovn cannot tell which entry is this network's",
      "error NETWORK_STATUS_AMBIGUOUS vmi.yaml:26:20 no entry of the network-status annotation has interface poded2845a51d4 (network 'offload2'), and NAD default/offload-ovn cannot tell which entry is this network's",
    ]);
  });

  it('reports two entries for one interface', () => {
    const r = match(SEED, [{ name: 'default/offload-ovn', interface: 'podd2433416cb6' }, { name: 'default/offload-ovn', interface: 'podd2433416cb6' }]);
    expect(r).to.deep.equal({
      matches: { offload: 'ambiguous' },
      diags: ['error NETWORK_STATUS_AMBIGUOUS ns.json:2:1 the network-status annotation has 2 entries for interface podd2433416cb6'],
    });
  });
});
