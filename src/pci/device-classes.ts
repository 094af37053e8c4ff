import type { Controller, DeviceBase, Domain, MachineFamily } from '../model/domain.js';
import { F, PCI_ENDPOINT, PCIE_ENDPOINT } from './connect-flags.js';

/** A device that wants a PCI address, with the kind of slot it needs. */
export interface PciDevice {
  info: DeviceBase;
  flags: number;
  /** for messages */
  what: string;
}

/** Interface models QEMU implements as conventional PCI devices (libvirt qemuDomainDeviceCalculatePCIConnectFlags). */
const CONVENTIONAL_NIC_MODELS = new Set(['e1000', 'rtl8139', 'ne2k_pci', 'pcnet', 'virtio-transitional']);

/**
 * On q35 (pcie-root) a device is PCIe unless QEMU makes it conventional PCI (virtio-transitional,
 * e1000, rtl8139, vga...); on pc there is no PCIe, so everything is conventional (facts.md §5).
 */
function endpoint(machine: MachineFamily, conventional: boolean): number {
  return machine === 'pc' || conventional ? PCI_ENDPOINT : PCIE_ENDPOINT;
}

function virtioFlags(machine: MachineFamily, model: string | undefined): number {
  return endpoint(machine, model === 'virtio-transitional');
}

/** Controllers that are PCI devices themselves (virtio-scsi, virtio-serial, ahci, xhci), in definition order. */
function controllerFlags(machine: MachineFamily, c: Controller): number | undefined {
  switch (c.type) {
    case 'scsi':
    case 'virtio-serial':
      return virtioFlags(machine, c.model);
    case 'usb':
      return c.model === 'none' ? undefined : endpoint(machine, c.model !== 'qemu-xhci');
    case 'sata':
      return endpoint(machine, false);
    default:
      return undefined;
  }
}

/**
 * Every device that may need a PCI address, in the class order libvirt assigns them
 * (qemuDomainAssignDevicePCISlots, facts.md §5): nets, sounds, other controllers, virtio disks,
 * hostdevs, memballoon, RNGs, watchdogs, videos (the primary one is placed earlier, with the
 * chipset). PCI controllers are handled separately.
 */
export function pciDevicesInClassOrder(domain: Domain): PciDevice[] {
  const m = domain.machine;
  const d = domain.devices;
  const out: PciDevice[] = [];
  for (const i of d.interfaces) {
    const flags = i.type === 'vdpa' ? endpoint(m, false) : endpoint(m, CONVENTIONAL_NIC_MODELS.has(i.model));
    out.push({ info: i, flags, what: `interface ${i.alias ?? ''}` });
  }
  for (const c of d.controllers) {
    if (c.type === 'pci') continue;
    const flags = controllerFlags(m, c);
    if (flags !== undefined) out.push({ info: c, flags, what: `${c.type} controller ${c.index}` });
  }
  for (const disk of d.disks) {
    if (disk.target.bus === 'virtio') out.push({ info: disk, flags: virtioFlags(m, disk.model), what: `disk ${disk.target.dev}` });
  }
  for (const h of d.hostdevs) out.push({ info: h, flags: endpoint(m, false), what: `hostdev ${h.alias ?? ''}` });
  if (d.memballoon && d.memballoon.model !== 'none') out.push({ info: d.memballoon, flags: virtioFlags(m, d.memballoon.model), what: 'memballoon' });
  for (const r of d.rngs) out.push({ info: r, flags: virtioFlags(m, r.model), what: 'rng' });
  // secondary videos only: the primary is placed with the chipset slots
  for (const v of d.videos.slice(1)) out.push({ info: v, flags: endpoint(m, true), what: 'video' });
  return out;
}

/** The flags every PCI device in the domain reserves with, for collecting addresses already set. */
export function flagsOfExisting(domain: Domain): Map<DeviceBase, number> {
  const map = new Map<DeviceBase, number>();
  for (const p of pciDevicesInClassOrder(domain)) map.set(p.info, p.flags);
  for (const v of domain.devices.videos.slice(0, 1)) map.set(v, endpoint(domain.machine, true));
  return map;
}

export { F };
