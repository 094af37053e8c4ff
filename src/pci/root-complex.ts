import type { DeviceBase, Domain } from '../model/domain.js';
import type { PlacementProblem } from './assign.js';

/**
 * kubevirt.io/placePCIDevicesOnRootComplex: "true" — the converter gives every PCI device a slot on
 * pcie.0 before libvirt sees the domain (converter/pci-placement.go PlacePCIDevicesOnRootComplex):
 * in iteratePCIAddresses order (interfaces, PCI host devices, controllers but the PCI roots, virtio
 * disks, virtio inputs, watchdogs, the rng, the balloon), from slot 0x02, skipping 0x1b and 0x1f
 * (pciRootSlotAssigner.nextSlot). A device with an address keeps it and takes no slot. usb
 * model='none' and a balloon model='none' take a slot number too, but libvirt drops their address,
 * so it stays a gap. Past slot 0x1f the converter fails: "No space left on the root PCI bus."
 */
export function placeOnRootComplex(domain: Domain): PlacementProblem[] {
  const d = domain.devices;
  let slot = -1;
  const next = (): number => {
    slot += 1;
    if (slot === 0 || slot === 1) slot = 2;
    else if (slot === 0x1b || slot === 0x1f) slot += 1;
    return slot;
  };
  const order: { info: DeviceBase; dropped?: boolean }[] = [
    ...d.interfaces.map((info) => ({ info })),
    ...d.hostdevs.map((info) => ({ info })),
    ...d.controllers.filter((c) => !(c.type === 'pci' && (c.model === 'pci-root' || c.model === 'pcie-root'))).map((c) => ({ info: c, dropped: c.type === 'usb' && c.model === 'none' })),
    ...d.disks.filter((x) => x.target.bus === 'virtio').map((info) => ({ info })),
    ...d.rngs.map((info) => ({ info })),
    ...(d.memballoon ? [{ info: d.memballoon, dropped: d.memballoon.model === 'none' }] : []),
  ];
  for (const { info, dropped } of order) {
    if (info.address) continue;
    const s = next();
    if (s >= 0x20) return [{ kind: 'exhausted', message: 'No space left on the root PCI bus. (the converter places every PCI device on pcie.0 with placePCIDevicesOnRootComplex, and pcie.0 has 29 slots for them)', device: info }];
    if (!dropped) Object.assign(info, { address: { type: 'pci', pci: { domain: 0, bus: 0, slot: s, function: 0 } }, userAddress: true });
  }
  return [];
}
