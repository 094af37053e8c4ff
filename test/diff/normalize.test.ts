import { expect } from 'chai';
import { sameValue, scaledBytes } from '../../src/diff/normalize.js';
import type { XmlNode } from '../../src/diff/xml-tree.js';

const mem = (unit: string | undefined, text: string): XmlNode => ({
  name: 'memory',
  ns: null,
  attrs: new Map(unit === undefined ? [] : [['unit', unit]]),
  text,
  children: [],
  line: 1,
  col: 1,
});

describe('normalize', () => {
  it('compares integers by value in the forms libvirt reads', () => {
    expect(sameValue('0x02', '0x2', 'address', 'bus')).to.equal(true);
    expect(sameValue('0x10', '16', 'target', 'port')).to.equal(true);
    expect(sameValue('0x0000', '0', 'address', 'domain')).to.equal(true);
    expect(sameValue('0x10', '10', 'target', 'port')).to.equal(false);
    expect(sameValue('virtio', 'virtio-non-transitional', 'model', 'type')).to.equal(false);
  });

  it('compares MAC addresses whatever their case, other strings exactly', () => {
    expect(sameValue('52:54:00:AB:CD:EF', '52:54:00:ab:cd:ef', 'mac', 'address')).to.equal(true);
    expect(sameValue('Tap0', 'tap0', 'target', 'dev')).to.equal(false);
  });

  it('reads memory in bytes whatever its unit (KiB without one)', () => {
    expect(scaledBytes(mem('b', '2147483648'))).to.equal(2147483648n);
    expect(scaledBytes(mem('KiB', '2097152'))).to.equal(2147483648n);
    expect(scaledBytes(mem(undefined, '2097152'))).to.equal(2147483648n);
    expect(scaledBytes(mem('GiB', '2'))).to.equal(2147483648n);
    expect(scaledBytes(mem('GB', '2'))).to.equal(2000000000n);
    expect(scaledBytes(mem('parsec', '2'))).to.equal(undefined);
  });
});
