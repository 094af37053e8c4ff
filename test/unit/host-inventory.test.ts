import { expect } from 'chai';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readHostInventory } from '../../src/load/host-inventory.js';
import { located, source, summary } from './helpers.js';

describe('readHostInventory', () => {
  it('reads devices with the place of each', () => {
    const text = '{"devices": [\n{"address": "0000:cc:00.2", "vendor": "1f0f", "driver": "jaguar", "pfAddress": "0000:cc:00.0", "vfIndex": 0,\n "vdpa": {"name": "vdpa0", "driver": "vhost_vdpa", "path": "/dev/vhost-vdpa-1"}}]}';
    const diags = new Diagnostics();
    const inv = readHostInventory(source('h.json', text), diags)!;
    expect(summary(diags.list)).to.deep.equal([
      'warning INVALID_HOST_INVENTORY h.json:2:1 VF 0000:cc:00.2 names PF 0000:cc:00.0, which is not in the inventory',
    ]);
    expect(located(inv.devices)).to.deep.equal([
      {
        pos: 'h.json:2:1',
        address: { value: '0000:cc:00.2', pos: 'h.json:2:13' },
        rdma: false,
        vendor: '1f0f',
        driver: 'jaguar',
        pfAddress: '0000:cc:00.0',
        vfIndex: 0,
        vdpa: { pos: 'h.json:3:10', name: 'vdpa0', driver: { value: 'vhost_vdpa', pos: 'h.json:3:38' }, path: { value: '/dev/vhost-vdpa-1', pos: 'h.json:3:60' } },
      },
    ]);
  });

  it('reports malformed devices and keeps the sound ones', () => {
    const text = JSON.stringify({
      devices: [
        { address: '0000:cc:00.2', vendor: '0x1f0f', vdpa: { name: 'v', path: '/dev/vhost-net' }, speed: 100 },
        { address: 'cc:00.3' },
        { vendor: '1f0f' },
        { address: '0000:cc:00.2' },
      ],
    });
    const diags = new Diagnostics();
    const inv = readHostInventory(source('h.json', text), diags)!;
    expect([inv.devices.map((d) => d.address.value), summary(diags.list)]).to.deep.equal([
      ['0000:cc:00.2'],
      [
        "warning UNKNOWN_FIELD h.json:1:101 unknown device field 'speed' is ignored",
        "error INVALID_HOST_INVENTORY h.json:1:48 vendor '0x1f0f' is not a PCI ID",
        "error INVALID_HOST_INVENTORY h.json:1:83 vdpa path '/dev/vhost-net' is not /dev/vhost-vdpa-N",
        "error INVALID_HOST_INVENTORY h.json:1:125 'cc:00.3' is not a PCI address",
        'error INVALID_HOST_INVENTORY h.json:1:136 a device has no address',
        'error INVALID_HOST_INVENTORY h.json:1:165 device 0000:cc:00.2 is listed twice',
      ],
    ]);
  });
});
