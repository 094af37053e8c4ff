import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { inventoryFromSysfs, type SysfsReader } from '../../src/inventory/sysfs.js';
import { formatInventory } from '../../src/inventory/json.js';
import { sysfsReader } from '../../src/cli/commands/inventory.js';
import { nodeIo } from '../../src/cli/io.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { summary } from './helpers.js';

/**
 * A sysfs tree in memory: paths ending in '/' are directories, 'path -> target' entries are
 * symbolic links (followed in the middle of a path, as the kernel does), others are files.
 */
function fakeSysfs(tree: Record<string, string>): SysfsReader {
  const links = new Map<string, string>();
  const files = new Map<string, string>();
  const dirs = new Set<string>(['/']);
  const addDirs = (p: string): void => {
    for (let d = posix.dirname(p); !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  };
  for (const [k, v] of Object.entries(tree)) {
    const m = / -> (.*)$/.exec(k);
    if (m) {
      const p = k.slice(0, m.index);
      links.set(p, m[1]!);
      addDirs(p);
    } else if (k.endsWith('/')) {
      dirs.add(k.slice(0, -1));
      addDirs(k.slice(0, -1));
    } else {
      files.set(k, v);
      addDirs(k);
    }
  }
  const resolve = (path: string, followLast: boolean): string => {
    let cur = '/';
    const parts = path.split('/').filter(Boolean);
    parts.forEach((part, i) => {
      let next = posix.join(cur, part);
      for (let hops = 0; links.has(next) && (followLast || i < parts.length - 1) && hops < 16; hops++) next = posix.resolve(cur, links.get(next)!);
      cur = next;
    });
    return cur;
  };
  const children = (dir: string): string[] =>
    [...new Set([...dirs, ...files.keys(), ...links.keys()].filter((p) => p !== dir && posix.dirname(p) === dir).map((p) => posix.basename(p)))].sort();
  return {
    list: (p) => {
      const r = resolve(p, true);
      return dirs.has(r) ? children(r) : undefined;
    },
    read: (p) => files.get(resolve(p, true)),
    link: (p) => links.get(resolve(p, false)),
  };
}

function inventory(tree: Record<string, string>): { inventory: unknown; diags: string[] } {
  const diags = new Diagnostics();
  const inv = inventoryFromSysfs('/sys', fakeSysfs(tree), diags);
  return { inventory: inv && JSON.parse(formatInventory(inv)), diags: summary(diags.list) };
}

const DEV = '/sys/devices/pci0000:00';
function pci(addr: string, cls: string, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {
    [`/sys/bus/pci/devices/${addr} -> ../../../devices/pci0000:00/${addr}`]: '',
    [`${DEV}/${addr}/class`]: `${cls}\n`,
    [`${DEV}/${addr}/vendor`]: '0x15b3\n',
    [`${DEV}/${addr}/device`]: '0x101e\n',
  };
  for (const [k, v] of Object.entries(extra)) out[k.startsWith('/') ? k : `${DEV}/${addr}/${k}`] = v;
  return out;
}

describe('inventoryFromSysfs', () => {
  it('reads the seed host tree kept in fixtures-sysfs into the seed fixtures\' inventory', () => {
    const diags = new Diagnostics();
    const inv = inventoryFromSysfs('fixtures-sysfs/seed-host', sysfsReader(nodeIo()), diags);
    expect(summary(diags.list)).to.deep.equal([]);
    expect(formatInventory(inv!)).to.equal(readFileSync('fixtures/seed-device-plugin/host-devices.json', 'utf8'));
  });

  it('reads PF, VF and vDPA links; leaves out non-network devices and NUMA -1', () => {
    const r = inventory({
      ...pci('0000:65:00.0', '0x020000', {
        'driver -> ../../../bus/pci/drivers/mlx5_core': '',
        'numa_node': '-1\n',
        'net/ib0/type': '32\n',
        'sriov_numvfs': '1\n',
        'virtfn0 -> ../0000:65:00.2': '',
        'infiniband/mlx5_0/': '',
      }),
      ...pci('0000:65:00.2', '0x020000', {
        'driver -> ../../../bus/pci/drivers/mlx5_core': '',
        'numa_node': '0\n',
        'physfn -> ../0000:65:00.0': '',
        'acpi_index': '3\n',
        'iommu_group -> ../../../kernel/iommu_groups/17': '',
        'vdpa1/driver -> ../../../../bus/vdpa/drivers/vhost_vdpa': '',
        'vdpa1/vhost-vdpa-5/dev': '509:5\n',
        'vdpa0/driver -> ../../../../bus/vdpa/drivers/virtio_vdpa': '',
        '/sys/bus/vdpa/devices/vdpa1 -> ../../../devices/pci0000:00/0000:65:00.2/vdpa1': '',
        '/sys/bus/vdpa/devices/vdpa0 -> ../../../devices/pci0000:00/0000:65:00.2/vdpa0': '',
      }),
      ...pci('0000:00:1f.2', '0x010601'),
      '/sys/bus/vdpa/devices/sim0 -> ../../../devices/vdpasim/sim0': '',
    });
    expect(r).to.deep.equal({
      diags: ['warning SYSFS_INCOMPLETE - 0000:65:00.2 has a second vDPA device vdpa1; the device plugin uses the first, vdpa0'],
      inventory: {
        devices: [
          { address: '0000:65:00.0', vendor: '15b3', device: '101e', driver: 'mlx5_core', netdev: 'ib0', linkType: 'infiniband', sriovNumVfs: 1, rdma: true },
          {
            address: '0000:65:00.2', vendor: '15b3', device: '101e', driver: 'mlx5_core', numaNode: 0, linkType: 'infiniband',
            pfAddress: '0000:65:00.0', pfName: 'ib0', vfIndex: 0, acpiIndex: 3, iommuGroup: 17, vdpa: { name: 'vdpa0', driver: 'virtio_vdpa' },
          },
        ],
      },
    });
  });

  it('warns about what it cannot read and fails without sysfs', () => {
    const r = inventory({
      ...pci('0000:65:00.2', '0x020000', { 'physfn -> ../0000:65:00.0': '' }),
      [`${DEV}/0000:65:00.0/`]: '',
      '/sys/bus/pci/devices/0000:65:00.3 -> ../../../devices/pci0000:00/0000:65:00.3': '',
    });
    expect(r.diags).to.deep.equal([
      'warning SYSFS_INCOMPLETE - no virtfnN of PF 0000:65:00.0 points at 0000:65:00.2; its VF index is unknown',
      'warning SYSFS_INCOMPLETE - /sys/bus/pci/devices/0000:65:00.3/class cannot be read; the device is left out',
    ]);
    expect(inventory({ '/sys/class/': '' })).to.deep.equal({
      inventory: undefined,
      diags: ['error READ_FAILED - cannot read /sys/bus/pci/devices: not a directory'],
    });
  });
});
