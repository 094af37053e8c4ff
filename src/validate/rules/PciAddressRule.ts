import type { Position } from '../../diagnostics/diagnostics.js';
import { formatPciAddress, parsePciAddress } from '../../model/pci-address.js';
import type { RuleContext } from '../context.js';

/**
 * PciAddressRule: every pciAddress matches dddd:bb:ss.f (KubeVirt webhook, facts.md §2), is on PCI
 * domain 0 (the only one q35 and pc have) and is not asked for by two devices.
 */
export function PciAddressRule(ctx: RuleContext): void {
  const seen = new Map<string, { what: string; pos: Position }>();
  const items = [
    ...ctx.vmi.interfaces.map((i) => ({ what: `interface '${i.name}'`, addr: i.pciAddress })),
    ...ctx.vmi.disks.map((d) => ({ what: `disk '${d.name}'`, addr: d.pciAddress })),
  ];
  for (const { what, addr } of items) {
    if (!addr) continue;
    const a = parsePciAddress(addr.value);
    if (!a) {
      ctx.diags.error('INVALID_PCI_ADDRESS', `pciAddress ${JSON.stringify(addr.value)} of ${what} is not a PCI address`, addr.pos, {
        help: 'write domain:bus:slot.function in hex, for example 0000:81:01.0 (slot at most 1f, function 0-7)',
      });
      continue;
    }
    if (a.domain !== 0) {
      ctx.diags.error('INVALID_PCI_ADDRESS', `pciAddress ${addr.value} of ${what} is on PCI domain ${a.domain}, but the guest has only domain 0000`, addr.pos, {
        help: 'use domain 0000',
      });
      continue;
    }
    const key = formatPciAddress(a);
    const first = seen.get(key);
    if (first) {
      ctx.diags.error('DUPLICATE_PCI_ADDRESS', `${what} asks for guest PCI address ${key}, already taken by ${first.what}`, addr.pos, {
        help: 'give each device its own pciAddress, or leave it out and let the address be assigned',
        related: [{ message: `${first.what} asks for it here`, pos: first.pos }],
      });
    } else {
      seen.set(key, { what, pos: addr.pos });
    }
  }
}
