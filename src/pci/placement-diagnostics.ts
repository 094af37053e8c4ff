import type { PlacementRequest } from '../build/placement-request.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { samePciAddress } from '../model/pci-address.js';
import { input } from '../options.js';
import { PCI_INTERFACE_SLOT_COUNT } from '../kubevirt/annotations.js';
import type { PlacementProblem } from './assign.js';

/**
 * Turns PCI placement problems into diagnostics at the VMI field at fault: the pciAddress (or entry)
 * of the device being placed; when the rule was about a fixed address another field asked for (the
 * chipset's 00:1f.0, say), that pciAddress; else the VMI.
 */
export function placementDiagnostics(problems: readonly PlacementProblem[], req: PlacementRequest, diags: Diagnostics): void {
  const seen = new Set<string>();
  for (const p of problems) {
    if (seen.has(p.message)) continue;
    seen.add(p.message);
    const pos = positionOf(p, req);
    if (p.kind === 'exhausted' && p.placeholders !== undefined && req.slotCount) {
      diags.error('PCI_SLOTS_EXHAUSTED', `${p.message}: the launcher adds ${p.placeholders} placeholder interfaces for the ${PCI_INTERFACE_SLOT_COUNT} annotation's ${req.slotCount.value} slots, more than the guest's PCI buses hold`, req.slotCount.pos, {
        help: 'the annotation is the interfaces plus the slots kept for hotplug (virt-handler writes it); the guest cannot hold this many: lower or remove it',
      });
      continue;
    }
    if (p.kind === 'unstartable') {
      diags.error('LAUNCHER_REFUSES', p.message, req.machinePos, {
        help: `use machine type q35, or model a launcher with the machine gate (${input('kubevirtVersion')} 1.7.4, 1.8.3 or later, 1.9)`,
      });
    } else if (p.kind === 'exhausted') {
      diags.error('PCI_SLOTS_EXHAUSTED', p.message, pos, {
        help: 'remove devices: on q35 every PCIe device (NIC, virtio disk, controller, balloon) takes a root port of its own; also check pciAddress values that push buses up',
      });
    } else {
      diags.error('PCI_ADDRESS_CONFLICT', p.message, pos, {
        help: 'pick a free slot for pciAddress, or leave it out and let the address be assigned',
      });
    }
  }
}

function positionOf(p: PlacementProblem, req: PlacementRequest): Position {
  const own = p.device?.alias !== undefined ? req.origins.get(p.device.alias) : undefined;
  if (own) return own;
  const asked = p.address ? req.requested.find((r) => samePciAddress(r.address, p.address!)) : undefined;
  return asked?.pos ?? req.fallback;
}
