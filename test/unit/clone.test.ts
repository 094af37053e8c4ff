import { expect } from 'chai';
import fc from 'fast-check';
import { clonePlain } from '../../src/model/clone.js';

describe('model/clone', () => {
  it('copies plain data as structuredClone does, sharing nothing with the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.object(), (json, obj) => {
        for (const v of [json, obj, { a: [obj, json], u: undefined }]) {
          const c = clonePlain(v);
          expect(c).to.deep.equal(structuredClone(v));
          if (typeof v === 'object' && v !== null) expect(c).to.not.equal(v);
        }
      }),
      { numRuns: 200 },
    );
    const d = { devices: { interfaces: [{ model: 'virtio', address: { type: 'pci', pci: { bus: 1 } } }] } };
    const c = clonePlain(d);
    c.devices.interfaces[0]!.address.pci.bus = 2;
    expect(d.devices.interfaces[0]!.address.pci.bus).to.equal(1);
  });

  it('refuses what is not plain data rather than copying it wrong', () => {
    expect(() => clonePlain({ m: new Map() })).to.throw(/internal error: clonePlain of a Map/);
  });
});
