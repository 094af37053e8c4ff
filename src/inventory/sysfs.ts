import { posix } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { InventoryDevice, InventoryJson } from './json.js';
import { input } from '../options.js';

/** What reading sysfs needs; the CLI passes one over the file system, tests a fake tree. */
export interface SysfsReader {
  /** a directory's entries, sorted; undefined when it is not a directory */
  list(path: string): string[] | undefined;
  /** a file's text; undefined when it cannot be read */
  read(path: string): string | undefined;
  /** a symbolic link's target; undefined when the path is not a link */
  link(path: string): string | undefined;
}

const PCI = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;
// PCI class 0x02: network controllers, the devices the plugin's netDevice provider considers
const NETWORK_CLASS = /^0x02[0-9a-f]{4}$/;
// ARPHRD_* of /sys/class/net/<if>/type, named as netlink's EncapType names them (linkTypes selector)
const LINK_TYPES: Record<string, string> = { '1': 'ether', '32': 'infiniband', '772': 'loopback' };

/**
 * The host inventory from sysfs (`<root>/bus/pci/devices`, `<root>/bus/vdpa/devices`), reading
 * what the SR-IOV device plugin reads: network-class PCI devices with vendor, device, driver, NUMA
 * node, netdev and link type, PF address and name and VF index for VFs (physfn, the PF's
 * virtfnN), sriov_numvfs for PFs, acpi_index, RDMA (an infiniband/ directory), IOMMU group; and
 * the vDPA device created on each (parent PCI device, bound driver, vhost-vdpa-N). Devices in
 * address order, so the result is the same for the same tree. Undefined when root is not sysfs.
 */
export function inventoryFromSysfs(root: string, fs: SysfsReader, diags: Diagnostics): InventoryJson | undefined {
  const pciDir = posix.join(root, 'bus/pci/devices');
  const addresses = fs.list(pciDir);
  if (!addresses) {
    diags.error('READ_FAILED', `cannot read ${pciDir}: not a directory`, undefined, {
      help: `pass the sysfs mount with ${input('sysfsRoot')} (default /sys); in a container, mount the host's /sys`,
    });
    return undefined;
  }
  const devices: InventoryDevice[] = [];
  for (const address of addresses.filter((a) => PCI.test(a))) {
    const dir = posix.join(pciDir, address);
    const cls = text(fs, posix.join(dir, 'class'));
    if (cls === undefined) {
      diags.warn('SYSFS_INCOMPLETE', `${dir}/class cannot be read; the device is left out`, undefined);
      continue;
    }
    if (!NETWORK_CLASS.test(cls)) continue;
    devices.push(readPciDevice(address, pciDir, fs, diags));
  }
  attachVdpaDevices(root, devices, fs, diags);
  return { devices };
}

function readPciDevice(address: string, pciDir: string, fs: SysfsReader, diags: Diagnostics): InventoryDevice {
  const dir = posix.join(pciDir, address);
  const dev: InventoryDevice = { address };
  for (const key of ['vendor', 'device'] as const) {
    const v = text(fs, posix.join(dir, key));
    if (v === undefined) diags.warn('SYSFS_INCOMPLETE', `${dir}/${key} cannot be read`, undefined);
    else dev[key] = v.replace(/^0x/, '').toLowerCase();
  }
  const driver = linkName(fs, posix.join(dir, 'driver'));
  if (driver) dev.driver = driver;
  const numa = int(text(fs, posix.join(dir, 'numa_node')));
  if (numa !== undefined && numa >= 0) dev.numaNode = numa;
  const netdev = fs.list(posix.join(dir, 'net'))?.[0];
  if (netdev) dev.netdev = netdev;
  const pf = linkName(fs, posix.join(dir, 'physfn'));
  // pkg/devices GenNetDevice: the link type of the device's netdev, else of its PF's
  const linkOf = netdev ? posix.join(dir, 'net', netdev) : undefined;
  if (pf && PCI.test(pf)) {
    dev.pfAddress = pf;
    const pfDir = posix.join(pciDir, pf);
    const pfName = fs.list(posix.join(pfDir, 'net'))?.[0];
    if (pfName) dev.pfName = pfName;
    const vf = (fs.list(pfDir) ?? []).find((e) => /^virtfn[0-9]+$/.test(e) && linkName(fs, posix.join(pfDir, e)) === address);
    if (vf) dev.vfIndex = Number(vf.slice('virtfn'.length));
    else diags.warn('SYSFS_INCOMPLETE', `no virtfnN of PF ${pf} points at ${address}; its VF index is unknown`, undefined);
    const lt = linkType(fs, linkOf ?? (pfName ? posix.join(pfDir, 'net', pfName) : undefined));
    if (lt) dev.linkType = lt;
  } else {
    const lt = linkType(fs, linkOf);
    if (lt) dev.linkType = lt;
  }
  const numVfs = int(text(fs, posix.join(dir, 'sriov_numvfs')));
  if (numVfs !== undefined) dev.sriovNumVfs = numVfs;
  const acpi = int(text(fs, posix.join(dir, 'acpi_index')));
  if (acpi !== undefined) dev.acpiIndex = acpi;
  if ((fs.list(posix.join(dir, 'infiniband'))?.length ?? 0) > 0) dev.rdma = true;
  const group = int(linkName(fs, posix.join(dir, 'iommu_group')));
  if (group !== undefined) dev.iommuGroup = group;
  return dev;
}

/**
 * /sys/bus/vdpa/devices/<name> links to the device under its parent PCI device; a vhost_vdpa
 * device has a vhost-vdpa-N child, the character device /dev/vhost-vdpa-N. The plugin uses the
 * first vDPA device of a PCI device (pkg/utils GetVdpaDeviceByPci), here the first by name.
 */
function attachVdpaDevices(root: string, devices: InventoryDevice[], fs: SysfsReader, diags: Diagnostics): void {
  const vdpaDir = posix.join(root, 'bus/vdpa/devices');
  for (const name of fs.list(vdpaDir) ?? []) {
    const at = posix.join(vdpaDir, name);
    const target = fs.link(at);
    const parent = target ? posix.basename(posix.dirname(target)) : undefined;
    if (!parent || !PCI.test(parent)) continue; // not on a PCI device (vdpa_sim, an SF): not a device-plugin VF
    const dev = devices.find((d) => d.address === parent);
    if (!dev) continue;
    if (dev.vdpa) {
      diags.warn('SYSFS_INCOMPLETE', `${parent} has a second vDPA device ${name}; the device plugin uses the first, ${dev.vdpa.name}`, undefined);
      continue;
    }
    const vdpa: NonNullable<InventoryDevice['vdpa']> = { name };
    const driver = linkName(fs, posix.join(at, 'driver'));
    if (driver) vdpa.driver = driver;
    const chardev = (fs.list(at) ?? []).find((e) => /^vhost-vdpa-[0-9]+$/.test(e));
    if (chardev) vdpa.path = `/dev/${chardev}`;
    dev.vdpa = vdpa;
  }
}

function text(fs: SysfsReader, path: string): string | undefined {
  return fs.read(path)?.trim();
}

function linkName(fs: SysfsReader, path: string): string | undefined {
  const t = fs.link(path);
  return t ? posix.basename(t) : undefined;
}

function linkType(fs: SysfsReader, netDir: string | undefined): string | undefined {
  const t = netDir ? text(fs, posix.join(netDir, 'type')) : undefined;
  return t === undefined ? undefined : LINK_TYPES[t];
}

function int(s: string | undefined): number | undefined {
  return s !== undefined && /^-?[0-9]+$/.test(s) ? Number(s) : undefined;
}
