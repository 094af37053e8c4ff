import { diskNameIndex } from '../kubevirt/disk-names.js';
import type { Controller, Disk, Domain } from '../model/domain.js';


/** The sata controller and unit a disk's name puts it on: six units per AHCI controller (virDomainDiskDefAssignAddress). */
export function sataDriveAddress(dev: string): { controller: number; unit: number } {
  const idx = diskNameIndex(dev);
  return { controller: Math.floor(idx / 6), unit: idx % 6 };
}

/**
 * Inserts a controller where libvirt's XML parser does (virDomainControllerInsertPreAlloced): after
 * the last controller of its type with a lower index, before the first one with a higher index,
 * or at the end when it is the first of its type. Controllers libvirt adds itself afterwards (the
 * implicit ones, the buses the address pass needs) are appended instead (virDomainDefAddController).
 * libvirt prints and places controllers in the resulting order.
 */
export function insertController(list: Controller[], c: Controller): void {
  let at = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    const cur = list[i]!;
    if (cur.type !== c.type) continue;
    if (cur.index > c.index) at = i;
    else if (at === -1) at = i + 1;
  }
  if (at === -1) list.push(c);
  else list.splice(at, 0, c);
}

function has(domain: Domain, type: Controller['type'], index: number): boolean {
  return domain.devices.controllers.some((c) => c.type === type && c.index === index);
}

/** The controller order libvirt's parser gives a list of controllers written in this order. */
export function parseOrder(list: readonly Controller[]): Controller[] {
  const out: Controller[] = [];
  for (const c of list) insertController(out, c);
  return out;
}

function addIfMissing(domain: Domain, c: Controller): void {
  if (!has(domain, c.type, c.index)) domain.devices.controllers.push(c);
}

/**
 * The drive addresses libvirt gives disks when it parses them (virDomainDiskDefAssignAddress):
 * sata disks from their name, six units per controller. KubeVirt already wrote scsi disks' address
 * (controller 0, unit = the name's index: converter assignDiskToSCSIController); a scsi disk
 * without one gets libvirt's seven units per controller.
 */
export function assignDriveAddresses(domain: Domain): void {
  for (const d of domain.devices.disks) {
    if (d.address) continue;
    if (d.target.bus === 'sata') {
      const a = sataDriveAddress(d.target.dev);
      d.address = { type: 'drive', controller: a.controller, bus: 0, target: 0, unit: a.unit };
    } else if (d.target.bus === 'scsi') {
      const idx = diskNameIndex(d.target.dev);
      d.address = { type: 'drive', controller: Math.floor(idx / 7), bus: 0, target: 0, unit: idx % 7 };
    }
  }
}

function maxDriveController(disks: readonly Disk[], bus: Disk['target']['bus']): number {
  let max = -1;
  for (const d of disks) if (d.target.bus === bus && d.address?.type === 'drive') max = Math.max(max, d.address.controller);
  return max;
}

/**
 * The controllers libvirt adds by itself when it parses a domain, appended in its order, so the output
 * already has them (issue: "libvirt has added no address-bearing device the output lacked"):
 * first the QEMU driver's defaults (qemuDomainDefAddDefaultDevices: q35's implicit SATA controller
 * 0 at 00:1f.2, then pcie-root; virt's pcie-root; pc's and s390x's pci-root), then the controllers devices need
 * (virDomainDefAddImplicitControllers: scsi and sata controllers up to the highest one a disk's
 * drive address names, a virtio-serial controller for channels when KubeVirt left it out).
 * KubeVirt always writes a usb controller and a memballoon, so libvirt adds neither.
 */
export function addImplicitControllers(domain: Domain): void {
  assignDriveAddresses(domain);
  if (domain.machine === 'q35') {
    addIfMissing(domain, { type: 'sata', index: 0 });
    addIfMissing(domain, { type: 'pci', index: 0, model: 'pcie-root' });
  } else if (domain.machine === 'virt') {
    addIfMissing(domain, { type: 'pci', index: 0, model: 'pcie-root' });
  } else {
    addIfMissing(domain, { type: 'pci', index: 0, model: 'pci-root' });
  }
  for (const bus of ['scsi', 'sata'] as const) {
    const max = maxDriveController(domain.devices.disks, bus);
    // libvirt's default scsi model on x86 is lsilogic
    for (let i = 0; i <= max; i++) addIfMissing(domain, bus === 'scsi' ? { type: 'scsi', index: i, model: 'lsilogic' } : { type: 'sata', index: i });
  }
  if (domain.devices.channels.length > 0) addIfMissing(domain, { type: 'virtio-serial', index: 0 });
}

/**
 * The non-PCI addresses libvirt fills in (facts.md §5): drive addresses for sata and scsi disks,
 * and virtio-serial ports for channels, from port 1 on controller 0 (port 0 is for consoles).
 */
export function assignNonPciAddresses(domain: Domain): void {
  assignDriveAddresses(domain);
  const used = new Set<number>();
  for (const c of domain.devices.channels) if (c.address?.type === 'virtio-serial') used.add(c.address.port);
  let port = 1;
  for (const c of domain.devices.channels) {
    if (c.address) continue;
    while (used.has(port)) port++;
    used.add(port);
    c.address = { type: 'virtio-serial', controller: 0, bus: 0, port };
  }
}
