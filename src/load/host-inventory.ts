import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { parseSingleRoot } from '../source/single-document.js';
import type { Source } from '../source/source.js';
import { expectMap, expectSeq, readBool, readString, readUint, type Located, type YNode } from '../source/ynode.js';

/** A vDPA device on the bus `vdpa`, created on a PCI device (`vdpa dev add ... mgmtdev pci/<address>`). */
export interface HostVdpaDevice {
  pos: Position;
  /** its name under /sys/bus/vdpa/devices */
  name: string;
  /** vhost_vdpa (QEMU opens /dev/vhost-vdpa-N) or virtio_vdpa (a host netdev); absent when unbound */
  driver?: Located<string>;
  /** /dev/vhost-vdpa-N, with vhost_vdpa */
  path?: Located<string>;
}

/**
 * One device of the host inventory format (README, "Host inventory"): what `vdpa-xml inventory`
 * writes and `--host-devices` reads. A network-class PCI device with what the SR-IOV device
 * plugin's selectors look at.
 */
export interface InventoryDevice {
  /** PCI address, lower case */
  address: string;
  vendor?: string;
  device?: string;
  driver?: string;
  numaNode?: number;
  netdev?: string;
  linkType?: string;
  /** for a VF: its PF's address, netdev name and its index among the PF's VFs */
  pfAddress?: string;
  pfName?: string;
  vfIndex?: number;
  /** for a PF: sriov_numvfs; a PF with VFs is not handed out itself */
  sriovNumVfs?: number;
  acpiIndex?: number;
  rdma?: boolean;
  iommuGroup?: number;
  ddpProfile?: string;
  pKey?: string;
  vdpa?: { name: string; driver?: string; path?: string };
}

export interface InventoryJson {
  devices: InventoryDevice[];
}

/** An inventory device as read: the format's fields, with positions where diagnostics point. */
export interface HostPciDevice extends Omit<InventoryDevice, 'address' | 'rdma' | 'vdpa'> {
  pos: Position;
  address: Located<string>;
  rdma: boolean;
  vdpa?: HostVdpaDevice;
}

export interface HostInventory {
  name: string;
  devices: HostPciDevice[];
  byAddress: Map<string, HostPciDevice>;
}

/** The fields of the host inventory format (README, "Host inventory"), in the order `inventory` prints them. */
export const DEVICE_FIELDS: readonly (keyof InventoryDevice)[] = [
  'address', 'vendor', 'device', 'driver', 'numaNode', 'netdev', 'linkType', 'pfAddress', 'pfName', 'vfIndex',
  'sriovNumVfs', 'acpiIndex', 'rdma', 'iommuGroup', 'ddpProfile', 'pKey', 'vdpa',
];
export const VDPA_FIELDS: readonly (keyof NonNullable<InventoryDevice['vdpa']>)[] = ['name', 'driver', 'path'];

const PCI = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;
const PCI_ID = /^[0-9a-f]{4}$/;
const VHOST_VDPA_PATH = /^\/dev\/vhost-vdpa-[0-9]+$/;

/** Reads a host inventory (`--host-devices`, what `vdpa-xml inventory` prints). */
export function readHostInventory(src: Source, diags: Diagnostics): HostInventory | undefined {
  const root = expectMap(parseSingleRoot(src, 'host inventory', diags), diags);
  if (!root) return undefined;
  warnUnknown(root, ['devices'], 'host inventory', diags);
  const inv: HostInventory = { name: src.name, devices: [], byAddress: new Map() };
  for (const raw of expectSeq(root.get('devices'), diags)) {
    const item = expectMap(raw, diags);
    const dev = item && readDevice(item, diags);
    if (!dev) continue;
    const first = inv.byAddress.get(dev.address.value);
    if (first) {
      diags.error('INVALID_HOST_INVENTORY', `device ${dev.address.value} is listed twice`, dev.address.pos, {
        help: 'each PCI device appears once: remove one',
        related: [{ message: 'first listed here', pos: first.address.pos }],
      });
      continue;
    }
    inv.devices.push(dev);
    inv.byAddress.set(dev.address.value, dev);
  }
  for (const dev of inv.devices) {
    if (dev.pfAddress !== undefined && !inv.byAddress.has(dev.pfAddress)) {
      diags.warn('INVALID_HOST_INVENTORY', `VF ${dev.address.value} names PF ${dev.pfAddress}, which is not in the inventory`, dev.pos, {
        help: 'rootDevices selectors still match the VF by pfAddress; list the PF too so it is known not to be handed out',
      });
    }
  }
  return inv;
}

function readDevice(item: YNode, diags: Diagnostics): HostPciDevice | undefined {
  warnUnknown(item, DEVICE_FIELDS, 'device', diags);
  const addrNode = item.get('address');
  const address = readString(addrNode, diags);
  if (address === undefined) {
    diags.error('INVALID_HOST_INVENTORY', 'a device has no address', item.pos, { help: 'write its PCI address: "address": "0000:cc:00.2"' });
    return undefined;
  }
  if (!PCI.test(address)) {
    diags.error('INVALID_HOST_INVENTORY', `'${address}' is not a PCI address`, addrNode!.pos, {
      help: 'write the address as sysfs names it, lower case: 0000:cc:00.2',
    });
    return undefined;
  }
  const dev: HostPciDevice = { pos: item.pos, address: { value: address, pos: addrNode!.pos }, rdma: readBool(item.get('rdma'), diags) ?? false };
  for (const key of ['vendor', 'device'] as const) {
    const n = item.get(key);
    const v = readString(n, diags);
    if (v === undefined) continue;
    if (PCI_ID.test(v)) dev[key] = v;
    else diags.error('INVALID_HOST_INVENTORY', `${key} '${v}' is not a PCI ID`, n!.pos, { help: `write 4 lower-case hex digits without 0x, as the plugin's ${key}s selector does: "15b3"` });
  }
  for (const key of ['driver', 'netdev', 'linkType', 'pfName', 'ddpProfile', 'pKey'] as const) {
    const v = readString(item.get(key), diags);
    if (v !== undefined) dev[key] = v;
  }
  const pfNode = item.get('pfAddress');
  const pf = readString(pfNode, diags);
  if (pf !== undefined) {
    if (PCI.test(pf)) dev.pfAddress = pf;
    else diags.error('INVALID_HOST_INVENTORY', `pfAddress '${pf}' is not a PCI address`, pfNode!.pos, { help: 'write the PF address, lower case: 0000:cc:00.0' });
  }
  for (const key of ['numaNode', 'vfIndex', 'sriovNumVfs', 'acpiIndex', 'iommuGroup'] as const) {
    const v = readUint(item.get(key), diags);
    if (v !== undefined) dev[key] = v;
  }
  const vdpa = expectMap(item.get('vdpa'), diags);
  if (vdpa) {
    warnUnknown(vdpa, VDPA_FIELDS, 'vdpa device', diags);
    const name = readString(vdpa.get('name'), diags);
    if (name === undefined) {
      diags.error('INVALID_HOST_INVENTORY', `the vdpa device of ${address} has no name`, vdpa.pos, { help: 'write its name under /sys/bus/vdpa/devices: "name": "vdpa0"' });
    } else {
      const v: HostVdpaDevice = { pos: vdpa.pos, name };
      const driverNode = vdpa.get('driver');
      const driver = readString(driverNode, diags);
      if (driver !== undefined) v.driver = { value: driver, pos: driverNode!.pos };
      const pathNode = vdpa.get('path');
      const path = readString(pathNode, diags);
      if (path !== undefined) {
        if (VHOST_VDPA_PATH.test(path)) v.path = { value: path, pos: pathNode!.pos };
        else diags.error('INVALID_HOST_INVENTORY', `vdpa path '${path}' is not /dev/vhost-vdpa-N`, pathNode!.pos, { help: 'the path is the vhost-vdpa character device of a device bound to vhost_vdpa' });
      }
      dev.vdpa = v;
    }
  }
  return dev;
}

function warnUnknown(node: YNode, known: readonly string[], what: string, diags: Diagnostics): void {
  for (const e of node.entries()) {
    if (known.includes(e.key)) continue;
    diags.warn('UNKNOWN_FIELD', `unknown ${what} field '${e.key}' is ignored`, e.keyPos, { help: `known fields: ${known.join(', ')}` });
  }
}
