import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Vmi } from '../model/vmi.js';
import type { PlacementProblem } from './assign.js';
import { formatPciAddress, parsePciAddress } from '../model/pci-address.js';
import type { Position } from '../diagnostics/diagnostics.js';

/** Turns PCI placement problems into diagnostics at the VMI field at fault (the device's pciAddress, or the VMI). */
export function placementDiagnostics(problems: readonly PlacementProblem[], vmi: Vmi, diags: Diagnostics): void {
  const seen = new Set<string>();
  for (const p of problems) {
    if (seen.has(p.message)) continue;
    seen.add(p.message);
    const alias = p.device?.alias?.replace(/^ua-(sriov-)?/, '');
    const iface = vmi.interfaces.find((i) => i.name === alias);
    const disk = vmi.disks.find((d) => d.name === alias);
    const pos = iface?.pciAddress?.pos ?? disk?.pciAddress?.pos ?? iface?.pos ?? disk?.pos ?? askedFor(p.message, vmi) ?? vmi.pos;
    if (p.kind === 'exhausted') {
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

/**
 * When libvirt's rule that failed was about a fixed address (the chipset's 00:1f.0, say) rather than
 * the device being placed, the pciAddress that asked for that address is the place at fault.
 */
function askedFor(message: string, vmi: Vmi): Position | undefined {
  const m = /[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]/i.exec(message);
  if (!m) return undefined;
  const same = (text: string): boolean => {
    const a = parsePciAddress(text);
    return a !== undefined && formatPciAddress(a) === m[0].toLowerCase();
  };
  return [...vmi.interfaces, ...vmi.disks].find((d) => d.pciAddress && same(d.pciAddress.value))?.pciAddress?.pos;
}
