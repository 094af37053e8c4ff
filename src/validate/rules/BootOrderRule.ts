import type { Position } from '../../diagnostics/diagnostics.js';
import type { RuleContext } from '../context.js';

/** BootOrderRule: bootOrder is > 0 and unique across disks and interfaces (KubeVirt webhook, facts.md §2). */
export function BootOrderRule(ctx: RuleContext): void {
  const seen = new Map<number, { what: string; pos: Position }>();
  const items = [
    ...ctx.vmi.disks.map((d) => ({ what: `disk '${d.name}'`, boot: d.bootOrder })),
    ...ctx.vmi.interfaces.map((i) => ({ what: `interface '${i.name}'`, boot: i.bootOrder })),
  ];
  for (const { what, boot } of items) {
    if (!boot) continue;
    if (boot.value < 1) {
      ctx.diags.error('INVALID_VALUE', `bootOrder of ${what} must be 1 or more`, boot.pos, { help: 'boot orders start at 1' });
      continue;
    }
    const first = seen.get(boot.value);
    if (first) {
      ctx.diags.error('DUPLICATE_BOOT_ORDER', `bootOrder ${boot.value} of ${what} is already used by ${first.what}`, boot.pos, {
        help: 'give every bootable device its own bootOrder',
        related: [{ message: `${first.what} uses it here`, pos: first.pos }],
      });
    } else {
      seen.set(boot.value, { what, pos: boot.pos });
    }
  }
}
