import type { Diagnostics } from './diagnostics.js';
import type { Vmi } from './load/vmi-types.js';
import type { PlacementProblem } from './pci/assign.js';

/** Turns PCI placement problems into diagnostics at the VMI field at fault (the device's pciAddress, or the VMI). */
export function placementDiagnostics(problems: readonly PlacementProblem[], vmi: Vmi, diags: Diagnostics): void {
  const seen = new Set<string>();
  for (const p of problems) {
    if (seen.has(p.message)) continue;
    seen.add(p.message);
    const alias = p.device?.alias?.replace(/^ua-(sriov-)?/, '');
    const iface = vmi.interfaces.find((i) => i.name === alias);
    const disk = vmi.disks.find((d) => d.name === alias);
    const pos = iface?.pciAddress?.pos ?? disk?.pciAddress?.pos ?? iface?.pos ?? disk?.pos ?? vmi.pos;
    if (p.kind === 'exhausted') {
      diags.error('PCI_SLOTS_EXHAUSTED', p.message, pos, {
        help: 'the guest has 255 PCI buses at most: remove devices, or check pciAddress values that push buses up',
      });
    } else {
      diags.error('PCI_ADDRESS_CONFLICT', p.message, pos, {
        help: 'pick a free slot for pciAddress, or leave it out and let the address be assigned',
      });
    }
  }
}
