import type { Controller, Domain } from '../model/domain.js';

function has(domain: Domain, type: Controller['type'], index: number): boolean {
  return domain.devices.controllers.some((c) => c.type === type && c.index === index);
}

function add(domain: Domain, c: Controller): void {
  if (!has(domain, c.type, c.index)) domain.devices.controllers.push(c);
}

/** The index of the sata controller a disk's name puts it on: six units per AHCI controller (virDomainDiskDefAssignAddress). */
export function sataDriveAddress(dev: string): { controller: number; unit: number } {
  const idx = diskNameIndex(dev);
  return { controller: Math.floor(idx / 6), unit: idx % 6 };
}

/** sda -> 0, sdz -> 25, sdaa -> 26 (virDiskNameToIndex). */
export function diskNameIndex(dev: string): number {
  const letters = dev.replace(/^(sd|vd|hd)/, '');
  let idx = 0;
  for (const ch of letters) idx = idx * 26 + (ch.charCodeAt(0) - 96);
  return idx - 1;
}

/**
 * The controllers libvirt adds by itself and that carry addresses, so the output already has them
 * (issue: "libvirt has added no address-bearing device the output lacked"): q35's pcie-root and
 * implicit SATA controller (00:1f.2), pc's pci-root and PIIX3 IDE (00:01.1), a SATA controller for
 * each six sata disks, a virtio-serial controller for the agent channel when KubeVirt left it out.
 */
export function addImplicitControllers(domain: Domain): void {
  if (domain.machine === 'q35') {
    add(domain, { type: 'sata', index: 0 });
    add(domain, { type: 'pci', index: 0, model: 'pcie-root' });
  } else {
    add(domain, { type: 'pci', index: 0, model: 'pci-root' });
    add(domain, { type: 'ide', index: 0 });
  }
  for (const d of domain.devices.disks) {
    if (d.target.bus === 'sata') {
      const max = sataDriveAddress(d.target.dev).controller;
      for (let i = 0; i <= max; i++) add(domain, { type: 'sata', index: i });
    }
  }
  if (domain.devices.channels.length > 0) add(domain, { type: 'virtio-serial', index: 0 });
}

/**
 * The non-PCI addresses libvirt fills in (facts.md §5): drive addresses for sata disks (from the
 * name: controller idx/6, unit idx%6) and scsi disks (KubeVirt writes controller 0, unit = the name's
 * index), and virtio-serial ports for channels, from port 1.
 */
export function assignNonPciAddresses(domain: Domain): void {
  for (const d of domain.devices.disks) {
    if (d.address) continue;
    if (d.target.bus === 'sata') {
      const a = sataDriveAddress(d.target.dev);
      d.address = { type: 'drive', controller: a.controller, bus: 0, target: 0, unit: a.unit };
    } else if (d.target.bus === 'scsi') {
      d.address = { type: 'drive', controller: 0, bus: 0, target: 0, unit: diskNameIndex(d.target.dev) };
    }
  }
  let port = 1;
  for (const c of domain.devices.channels) {
    if (!c.address) c.address = { type: 'virtio-serial', controller: 0, bus: 0, port: port++ };
  }
}
