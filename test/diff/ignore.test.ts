import { expect } from 'chai';
import { parseIgnoreList } from '../../src/diff/ignore.js';

describe('--ignore names', () => {
  it('accepts the documented names and device kinds, comma-separated', () => {
    expect(parseIgnoreList('uuid, mac,root-ports,watchdog,')).to.deep.equal({ names: ['uuid', 'mac', 'root-ports', 'watchdog'] });
  });

  it('says which name it does not know', () => {
    expect(parseIgnoreList('uuid,macs')).to.deep.equal({ unknown: 'macs' });
  });
});
