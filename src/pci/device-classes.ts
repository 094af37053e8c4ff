import type { Controller, DeviceBase, Disk, Domain, Filesystem, Input, Interface, Sound, Watchdog } from '../model/domain.js';
import { controllerConnectFlags, isBusModel, PCI_ENDPOINT, PCIE_ENDPOINT } from './connect-flags.js';

/** A device that may need a PCI address, with the kind of slot it needs. */
export interface PciDevice {
  info: DeviceBase;
  /** libvirt's pciConnectFlags; 0: the device is not on PCI */
  flags: number;
}

/**
 * The flags libvirt gives devices of one domain (qemuDomainFillDevicePCIConnectFlagsIterInit):
 * on q35 and arm64's virt (pcie-root) a PCIe device takes a PCIe slot; on pc there is no PCIe, so
 * every device is conventional PCI. QEMU 7.2 has virtio-*-transitional, so plain virtio devices count as PCIe.
 */
export function endpointFlags(domain: Domain): { pci: number; pcie: number; virtio: number } {
  const pcie = hasPcieRoot(domain) ? PCIE_ENDPOINT : PCI_ENDPOINT;
  return { pci: PCI_ENDPOINT, pcie, virtio: pcie };
}

/** q35 and virt have a pcie-root (PCIe root ports, PCIe endpoints); pc a conventional pci-root. */
export function hasPcieRoot(domain: Domain): boolean {
  return domain.machine === 'q35' || domain.machine === 'virt';
}

/** virtio-transitional devices only work in conventional PCI slots; other virtio models are PCIe. */
function virtioModelFlags(domain: Domain, model: string | undefined): number {
  const f = endpointFlags(domain);
  return model === 'virtio-transitional' ? f.pci : f.virtio;
}

/**
 * An interface's flags (qemuDomainDeviceCalculatePCIConnectFlags, NET): virtio and
 * virtio-non-transitional (vdpa is always virtio) are virtio; e1000e and igb are PCIe;
 * virtio-transitional, e1000 and rtl8139 are conventional. libvirt 9.0 keeps other model names
 * (ne2k_pci, pcnet) as strings of an unknown model, which it treats as PCIe (verified).
 */
export function interfaceFlags(domain: Domain, i: Interface): number {
  const f = endpointFlags(domain);
  if (i.type === 'vdpa' || i.model === 'virtio' || i.model === 'virtio-non-transitional') return f.virtio;
  if (i.model === 'virtio-transitional' || i.model === 'e1000' || i.model === 'rtl8139') return f.pci;
  return f.pcie;
}

/**
 * A controller's flags: PCI controllers by model; virtio-scsi and virtio-serial as virtio devices;
 * the AHCI (sata) and IDE controllers are conventional PCI; qemu-xhci is PCIe; usb model none is
 * not a device.
 */
export function controllerFlags(domain: Domain, c: Controller): number {
  const f = endpointFlags(domain);
  switch (c.type) {
    case 'pci':
      return isBusModel(c.model) ? controllerConnectFlags(c.model) : 0;
    case 'scsi':
      return c.model === 'virtio-non-transitional' || c.model === 'virtio-scsi' ? f.virtio : f.pci;
    case 'virtio-serial':
      return virtioModelFlags(domain, c.model);
    case 'usb':
      if (c.model === 'none') return 0;
      return c.model === 'qemu-xhci' || c.model === 'nec-xhci' ? f.pcie : f.pci;
    case 'sata':
    case 'ide':
      return f.pci;
  }
}

/**
 * Every device with its flags in the order libvirt walks a domain's devices
 * (virDomainDeviceInfoIterate): disks, nets, hostdevs, videos, controllers, memballoon, RNGs. This
 * is the order addresses already set are collected in.
 */
export function devicesInIterateOrder(domain: Domain): PciDevice[] {
  // a placement walks this list five times a define: it holds no message text, which
  // describeDevice makes for the one device a failure names
  const d = domain.devices;
  const f = endpointFlags(domain);
  const out: PciDevice[] = [];
  for (const disk of d.disks) out.push({ info: disk, flags: disk.target.bus === 'virtio' ? virtioModelFlags(domain, disk.model) : 0 });
  for (const i of d.interfaces) out.push({ info: i, flags: interfaceFlags(domain, i) });
  // a host device that is not there or has a guest address counts as PCIe: SR-IOV VFs are; an
  // mdev of model vfio-pci is PCIe too (qemuDomainDeviceCalculatePCIConnectFlags), a USB one sits on the USB bus
  for (const h of d.hostdevs) out.push({ info: h, flags: h.type === 'usb' ? 0 : f.pcie });
  // a virtio video (virtio-gpu-pci) is PCIe, the others conventional (qemuDomainDeviceCalculatePCIConnectFlags)
  for (const v of d.videos) out.push({ info: v, flags: v.model === 'virtio' ? f.virtio : f.pci });
  for (const c of d.controllers) out.push({ info: c, flags: controllerFlags(domain, c) });
  if (d.memballoon) out.push({ info: d.memballoon, flags: d.memballoon.model === 'none' ? 0 : virtioModelFlags(domain, d.memballoon.model) });
  for (const r of d.rngs) out.push({ info: r, flags: virtioModelFlags(domain, r.model) });
  // virtiofs, sound (ich9, ac97: conventional PCI), i6300esb (conventional PCI), virtio inputs,
  // vsock (virtio); usb inputs sit on the USB bus, TPM and panic are not PCI devices
  for (const x of d.filesystems) out.push({ info: x, flags: f.virtio });
  for (const x of d.sounds) out.push({ info: x, flags: f.pci });
  for (const x of d.watchdogs) out.push({ info: x, flags: f.pci });
  for (const x of d.inputs) out.push({ info: x, flags: x.bus === 'virtio' ? f.virtio : 0 });
  if (d.vsock) out.push({ info: d.vsock, flags: virtioModelFlags(domain, d.vsock.model) });
  return out;
}

/** How a placement message names a device of the domain ('disk vda', 'interface ua-vdpa1', 'pcie-root-port controller 3'); undefined for one not in it. */
export function describeDevice(domain: Domain, info: DeviceBase): string | undefined {
  return deviceWords(domain, info)?.trim();
}

function deviceWords(domain: Domain, info: DeviceBase): string | undefined {
  const d = domain.devices;
  const isIn = (list: readonly DeviceBase[]): boolean => list.includes(info);
  if (isIn(d.disks)) return `disk ${(info as Disk).target.dev}`;
  if (isIn(d.interfaces)) {
    const i = info as Interface;
    return `interface ${i.alias ?? i.target?.dev ?? ''}`;
  }
  if (isIn(d.hostdevs)) return `hostdev ${info.alias ?? ''}`;
  if (isIn(d.videos)) return 'video';
  if (isIn(d.controllers)) {
    const c = info as Controller;
    return `${c.model && c.type === 'pci' ? c.model : c.type} controller ${c.index}`;
  }
  if (info === d.memballoon) return 'memballoon';
  if (isIn(d.rngs)) return 'rng';
  if (isIn(d.filesystems)) return `filesystem ${(info as Filesystem).targetDir}`;
  if (isIn(d.sounds)) return `sound ${(info as Sound).model}`;
  if (isIn(d.watchdogs)) return `watchdog ${(info as Watchdog).model}`;
  if (isIn(d.inputs)) return `input ${(info as Input).type}`;
  if (info === d.vsock) return 'vsock';
  return undefined;
}

/**
 * The devices given a PCI slot after the PCI controllers, in libvirt's class order
 * (qemuDomainAssignDevicePCISlots, facts.md §5): filesystems, nets, sounds, other controllers in
 * definition order (usb model none and the PIIX3 IDE controller excluded), virtio disks, hostdevs,
 * memballoon, RNGs, the i6300esb watchdog, videos, virtio inputs, vsock. PCI controllers are
 * placed first, by the caller.
 */
export function pciDevicesInClassOrder(domain: Domain): PciDevice[] {
  const all = devicesInIterateOrder(domain);
  const by = (pred: (p: PciDevice) => boolean): PciDevice[] => all.filter(pred);
  const d = domain.devices;
  // sets, not list searches: with 256 interfaces a search per device was 65,000 comparisons a pass
  const isIn = <T>(list: readonly T[]) => {
    const set = new Set<unknown>(list);
    return (p: PciDevice): boolean => set.has(p.info);
  };
  const controllers = new Set<unknown>(d.controllers);
  const disks = new Set<unknown>(d.disks);
  const hostdevs = new Set<unknown>(d.hostdevs);
  const otherControllers = by((p) => {
    const c = p.info as Controller;
    if (!controllers.has(c) || c.type === 'pci') return false;
    if (c.type === 'ide' && c.index === 0) return false;
    return p.flags !== 0;
  });
  return [
    ...by(isIn(d.filesystems)),
    ...by(isIn(d.interfaces)),
    ...by(isIn(d.sounds)),
    ...otherControllers,
    ...by((p) => disks.has(p.info) && p.flags !== 0),
    ...by((p) => hostdevs.has(p.info) && p.flags !== 0),
    ...by((p) => p.info === d.memballoon && p.flags !== 0),
    ...by(isIn(d.rngs)),
    ...by(isIn(d.watchdogs)),
    ...by(isIn(d.videos)),
    ...by((p) => d.inputs.includes(p.info as never) && p.flags !== 0),
    ...by((p) => p.info === d.vsock),
  ];
}
