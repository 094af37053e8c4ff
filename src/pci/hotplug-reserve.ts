import { virtioModel } from '../build/virtio-model.js';
import type { Vmi } from '../load/vmi-types.js';
import type { Domain, Interface } from '../model/domain.js';
import { assignPciAddresses, type PlacementProblem } from './assign.js';

export type HotplugReserve = 'kubevirt' | 'none';

/** Root ports are indexed up to 31 by virt-launcher (nichotplug.go). */
const MAX_EXTRA_PORT_INDEX = 31;
const TWO_GIB = 2 * 1024 ** 3;

/**
 * Root ports in use as virt-launcher counts them on the converter's domain, before libvirt adds
 * anything (facts.md §2): interfaces, PCI hostdevs, controllers other than the PCI roots (usb
 * model=none included), virtio disks, RNGs and the balloon (always, even model none).
 */
export function portsInUse(domain: Domain): number {
  const d = domain.devices;
  return (
    d.interfaces.length +
    d.hostdevs.length +
    d.controllers.filter((c) => !(c.type === 'pci' && (c.model === 'pci-root' || c.model === 'pcie-root'))).length +
    d.disks.filter((x) => x.target.bus === 'virtio').length +
    d.rngs.length +
    (d.memballoon ? 1 : 0)
  );
}

/** How virt-launcher reserves root ports for NIC hotplug: placeholder count and extra empty ports. */
export function hotplugPlan(domain: Domain, vmi: Vmi): { placeholders: number; extraPorts: number } {
  const placeholders = Math.max(0, 4 - vmi.interfaces.length);
  const [total, minFree] = domain.memoryBytes > TWO_GIB ? [16, 6] : [8, 3];
  const want = Math.max(total - portsInUse(domain), minFree);
  return { placeholders, extraPorts: Math.max(0, want - placeholders) };
}

/**
 * Places every device as libvirt would, optionally the way virt-launcher drives libvirt for NIC
 * hotplug on q35 (KubeVirt 1.6.4+/1.7.2+, nichotplug.go, facts.md §2):
 *  1. define with max(0, 4 - interfaces) placeholder interfaces appended, so libvirt creates their
 *     root ports; keep every address libvirt gave, drop the placeholders (their ports stay empty),
 *     and give the real interfaces back without addresses;
 *  2. append the extra empty pcie-root-ports (indexes after the highest, at most 31) and define
 *     again: libvirt puts the interfaces back on their ports and packs the new ports.
 * With no placeholders, the extra ports are simply added before the one define (libvirt then fills
 * them with devices, as it does for virt-launcher).
 */
export function placeDevices(domain: Domain, vmi: Vmi, mode: HotplugReserve): PlacementProblem[] {
  if (mode === 'none' || domain.machine !== 'q35') return assignPciAddresses(domain);
  const plan = hotplugPlan(domain, vmi);
  const problems: PlacementProblem[] = [];
  if (plan.placeholders > 0) {
    const pass1 = structuredClone(domain);
    for (let n = 0; n < plan.placeholders; n++) {
      const p: Interface = { type: 'ethernet', target: { dev: `placeholder-${n}`, managed: 'no' }, model: virtioModel(vmi) };
      pass1.devices.interfaces.push(p);
    }
    problems.push(...assignPciAddresses(pass1));
    const interfaces = domain.devices.interfaces;
    domain.devices = { ...pass1.devices, interfaces };
  }
  let next = domain.devices.controllers.filter((c) => c.type === 'pci').reduce((m, c) => Math.max(m, c.index), 0) + 1;
  for (let k = 0; k < plan.extraPorts && next <= MAX_EXTRA_PORT_INDEX; k++, next++) {
    domain.devices.controllers.push({ type: 'pci', index: next, model: 'pcie-root-port' });
  }
  problems.push(...assignPciAddresses(domain));
  return problems;
}
