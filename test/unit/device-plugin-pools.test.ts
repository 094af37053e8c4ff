import { expect } from 'chai';
import { buildPools } from '../../src/device-plugin/pools.js';
import { selectorMatches } from '../../src/device-plugin/selectors.js';
import { parseVfSelectorEntry, vfIndexSelected } from '../../src/device-plugin/vf-range.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readDevicePluginConfig, type DeviceSelector } from '../../src/load/device-plugin-config.js';
import { readHostInventory, type HostInventory } from '../../src/load/host-inventory.js';
import { source, summary } from './helpers.js';

const vf = (address: string, pfName: string, vfIndex: number, extra: object = {}): object => ({
  address, vendor: '15b3', device: '101e', driver: 'mlx5_core', pfAddress: '0000:65:00.0', pfName, vfIndex, linkType: 'ether', ...extra,
});
const INVENTORY = {
  devices: [
    { address: '0000:65:00.0', vendor: '15b3', device: '101d', driver: 'mlx5_core', netdev: 'ens1f0', sriovNumVfs: 4, linkType: 'ether' },
    vf('0000:65:00.2', 'ens1f0', 0, { vdpa: { name: 'vdpa0', driver: 'vhost_vdpa', path: '/dev/vhost-vdpa-0' } }),
    vf('0000:65:00.3', 'ens1f0', 1, { vdpa: { name: 'vdpa1', driver: 'vhost_vdpa', path: '/dev/vhost-vdpa-1' } }),
    vf('0000:65:00.4', 'ens1f0', 2, { vdpa: { name: 'vdpa2', driver: 'virtio_vdpa' }, rdma: true }),
    vf('0000:65:00.5', 'ens1f0', 3, { driver: 'vfio-pci', acpiIndex: 7 }),
    { address: '0000:03:00.0', vendor: '8086', device: '1521', driver: 'igb', netdev: 'eno1', linkType: 'ether' },
    { address: '0000:03:00.1', vendor: '8086', device: '1521' },
  ],
};

function inventory(): HostInventory {
  const diags = new Diagnostics();
  const inv = readHostInventory(source('host.json', JSON.stringify(INVENTORY)), diags)!;
  expect(summary(diags.list)).to.deep.equal([]);
  return inv;
}

function selector(fields: object): DeviceSelector {
  const diags = new Diagnostics();
  const cfg = readDevicePluginConfig(source('c.json', JSON.stringify({ resourceList: [{ resourceName: 'r', selectors: fields }] })), diags)!;
  return cfg.resources[0]!.selectors[0]!;
}

/** The devices a selector picks from the inventory, by address. */
function picks(fields: object): string[] {
  const sel = selector(fields);
  return inventory().devices.filter((d) => selectorMatches(sel, d)).map((d) => d.address.value);
}

describe('VF ranges in pfNames and rootDevices', () => {
  it('parses indexes and inclusive ranges after #', () => {
    expect(parseVfSelectorEntry('ens1f0#0-2,5')).to.deep.equal({ pf: 'ens1f0', ranges: [[0, 2], [5, 5]] });
    expect(parseVfSelectorEntry('ens1f0')).to.deep.equal({ pf: 'ens1f0' });
    expect(parseVfSelectorEntry('ens1f0#1-2-3')).to.deep.equal({ pf: 'ens1f0', invalid: "'1-2-3' is not a range START-END" });
    expect(parseVfSelectorEntry('a#1#2')).to.deep.equal({ pf: 'a', invalid: "more than one '#'" });
    expect([0, 1, 2, 3, 5, 6].map((i) => vfIndexSelected(parseVfSelectorEntry('p#0-2,5'), i))).to.deep.equal([true, true, true, false, true, false]);
  });
});

describe('selectorMatches', () => {
  it('ANDs fields and ORs list entries; an empty list does not filter', () => {
    expect(picks({ vendors: ['15b3', '8086'], drivers: ['igb', 'vfio-pci'] })).to.deep.equal(['0000:65:00.5', '0000:03:00.0']);
    expect(picks({ vendors: [], devices: ['1521'] })).to.deep.equal(['0000:03:00.0', '0000:03:00.1']);
  });

  it('matches pfNames case-insensitively with VF ranges; PFs and non-VFs have no PF name', () => {
    expect(picks({ pfNames: ['ENS1F0#1-2'] })).to.deep.equal(['0000:65:00.3', '0000:65:00.4']);
    expect(picks({ pfNames: ['ens1f0'] })).to.deep.equal(['0000:65:00.2', '0000:65:00.3', '0000:65:00.4', '0000:65:00.5']);
    expect(picks({ rootDevices: ['0000:65:00.0#3'] })).to.deep.equal(['0000:65:00.5']);
  });

  it('filters on pciAddresses, acpiIndexes, linkTypes and isRdma', () => {
    expect(picks({ pciAddresses: ['0000:65:00.3', '0000:03:00.1'] })).to.deep.equal(['0000:65:00.3', '0000:03:00.1']);
    expect(picks({ acpiIndexes: ['7'] })).to.deep.equal(['0000:65:00.5']);
    expect(picks({ linkTypes: ['infiniband'] })).to.deep.equal([]);
    expect(picks({ isRdma: true })).to.deep.equal(['0000:65:00.4']);
  });

  it('keeps with vdpaType only devices whose vDPA device is bound to the matching driver', () => {
    expect(picks({ vdpaType: 'vhost' })).to.deep.equal(['0000:65:00.2', '0000:65:00.3']);
    expect(picks({ vdpaType: 'virtio' })).to.deep.equal(['0000:65:00.4']);
  });
});

describe('buildPools', () => {
  it('gives a device to the first resource whose selector matches, skips PFs with VFs and unbound devices', () => {
    const diags = new Diagnostics();
    const config = readDevicePluginConfig(
      source(
        'c.json',
        JSON.stringify({
          resourceList: [
            { resourceName: 'vf1', selectors: { pfNames: ['ens1f0#1'] } },
            { resourceName: 'vdpa', resourcePrefix: 'nvidia.com', selectors: [{ vdpaType: 'vhost' }, { drivers: ['mlx5_core'] }] },
            { resourceName: 'all', selectors: { vendors: ['15b3', '8086'] } },
            { resourceName: 'acc', deviceType: 'accelerator', selectors: { vendors: ['15b3'] } },
          ],
        }),
      ),
      diags,
    )!;
    const pools = buildPools(config, inventory(), 'intel.com');
    const view = [...pools.values()].map((p) => ({
      resource: p.resource,
      devices: p.devices.map((d) => `${d.device.address.value}${d.selector.vdpaType ? ' (vdpa)' : ''}`),
      ownedElsewhere: p.ownedElsewhere.map((o) => `${o.device.address.value} by ${o.owner}`),
    }));
    expect(view).to.deep.equal([
      { resource: 'intel.com/vf1', devices: ['0000:65:00.3'], ownedElsewhere: [] },
      { resource: 'nvidia.com/vdpa', devices: ['0000:65:00.2 (vdpa)', '0000:65:00.4'], ownedElsewhere: ['0000:65:00.3 by intel.com/vf1'] },
      { resource: 'intel.com/all', devices: ['0000:03:00.0', '0000:65:00.5'], ownedElsewhere: ['0000:65:00.2 by nvidia.com/vdpa', '0000:65:00.3 by intel.com/vf1', '0000:65:00.4 by nvidia.com/vdpa'] },
      { resource: 'intel.com/acc', devices: [], ownedElsewhere: [] },
    ]);
  });
});
