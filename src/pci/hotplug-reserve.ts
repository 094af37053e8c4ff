import type { PlacementRequest } from '../build/placement-request.js';
import type { Domain, Interface } from '../model/domain.js';
import { assignPciAddresses, type PlacementProblem } from './assign.js';
import { insertController, parseOrder } from './implicit-controllers.js';

import type { HotplugReserve } from '../options.js';

/** Root ports are indexed up to 31 by virt-launcher (nichotplug.go). */
const MAX_EXTRA_PORT_INDEX = 31;
const TWO_GIB = 2 * 1024 ** 3;

/**
 * Root ports in use as virt-launcher counts them on the converter's domain, before libvirt adds
 * anything (facts.md §2): interfaces, PCI hostdevs, controllers other than the PCI roots (usb
 * model=none included), virtio disks, RNGs, the balloon (always, even model none), virtio inputs
 * and watchdogs; not video, sound, TPM, vsock or virtiofs (kubevirt-versions.md §3).
 */
export function portsInUse(domain: Domain): number {
  const d = domain.devices;
  return (
    d.interfaces.length +
    d.hostdevs.length +
    d.controllers.filter((c) => !(c.type === 'pci' && (c.model === 'pci-root' || c.model === 'pcie-root'))).length +
    d.disks.filter((x) => x.target.bus === 'virtio').length +
    d.rngs.length +
    (d.memballoon ? 1 : 0) +
    // pci-placement.go iteratePCIAddresses also visits virtio inputs and every watchdog
    d.inputs.filter((i) => i.bus === 'virtio').length +
    d.watchdogs.length
  );
}

/**
 * How virt-launcher reserves root ports for NIC hotplug (calculatePlaceholderCount,
 * calculateExtraControllerCount): max(0, 4 - interfaces) placeholders, none for a VMI without
 * interfaces (the count is over the VMI's interface list, SR-IOV and absent ones included); then
 * enough extra empty root ports that want = max(total - portsInUse, minFree) are free, total/minFree
 * 8/3, or 16/6 above 2 GiB of guest memory.
 */
export function hotplugPlan(domain: Domain, req: PlacementRequest): { placeholders: number; extraPorts: number } {
  const placeholders = req.interfaceCount === 0 ? 0 : Math.max(0, 4 - req.interfaceCount);
  const [total, minFree] = domain.memoryBytes > TWO_GIB ? [16, 6] : [8, 3];
  const want = Math.max(total - portsInUse(domain), minFree);
  return { placeholders, extraPorts: Math.max(0, want - placeholders) };
}

/**
 * Places every device as libvirt would, optionally the way virt-launcher drives libvirt for NIC
 * hotplug on q35 (KubeVirt 1.6.4+/1.7.2+, nichotplug.go, facts.md §2):
 *  1. with placeholders: define with the placeholder interfaces appended, so libvirt creates their
 *     root ports; keep every device libvirt dumped, the placeholders dropped (their ports stay
 *     empty) and the real interfaces given back without addresses (but the user's); define that;
 *  2. with extra ports: append the empty pcie-root-ports (indexes after the highest, at most 31)
 *     and define again: libvirt puts the interfaces back on their ports and packs the new ports.
 * With no placeholders, the extra ports go into the converter's spec for its one define, and
 * libvirt fills them with devices, as it does for virt-launcher. pc gets a single define.
 */
export function placeDevices(domain: Domain, req: PlacementRequest, mode: HotplugReserve): PlacementProblem[] {
  if (mode === 'none' || domain.machine !== 'q35') return assignPciAddresses(domain);
  const plan = hotplugPlan(domain, req);
  if (plan.placeholders > 0) {
    const pass1 = structuredClone(domain);
    for (let n = 0; n < plan.placeholders; n++) {
      const p: Interface = { type: 'ethernet', target: { dev: `placeholder-${n}`, managed: 'no' }, model: req.placeholderModel };
      pass1.devices.interfaces.push(p);
    }
    const problems = assignPciAddresses(pass1);
    if (problems.length) return problems;
    // the next define parses pass 1's dump: its controllers take the parser's order
    const interfaces = domain.devices.interfaces;
    domain.devices = { ...pass1.devices, interfaces, controllers: parseOrder(pass1.devices.controllers) };
    if (plan.extraPorts > 0) {
      // pass 2 must succeed too before virt-launcher goes on
      const pass2Problems = assignPciAddresses(structuredClone(domain));
      if (pass2Problems.length) return pass2Problems;
    }
  }
  let next = domain.devices.controllers.filter((c) => c.type === 'pci').reduce((m, c) => Math.max(m, c.index), 0) + 1;
  for (let k = 0; k < plan.extraPorts && next <= MAX_EXTRA_PORT_INDEX; k++, next++) {
    // libvirt's parser files controllers by type and index, wherever they are in the XML
    insertController(domain.devices.controllers, { type: 'pci', index: next, model: 'pcie-root-port' });
  }
  return assignPciAddresses(domain);
}
