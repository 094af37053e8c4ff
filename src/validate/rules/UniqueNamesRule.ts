import type { Position } from '../../diagnostics/diagnostics.js';
import type { RuleContext } from '../context.js';

/**
 * UniqueNamesRule: interfaces, networks, disks and volumes each have unique names
 * (KubeVirt webhook, facts.md §2: "duplicate names" are rejected).
 */
export function UniqueNamesRule(ctx: RuleContext): void {
  const { vmi } = ctx;
  check(ctx, 'interface', vmi.interfaces);
  check(ctx, 'network', vmi.networks);
  check(ctx, 'disk', vmi.disks);
  check(ctx, 'volume', vmi.volumes);
}

function check(ctx: RuleContext, what: string, items: readonly { name: string; namePos: Position }[]): void {
  const seen = new Map<string, Position>();
  for (const it of items) {
    if (it.name === '') continue;
    const first = seen.get(it.name);
    if (first) {
      ctx.diags.error('DUPLICATE_NAME', `${what} name '${it.name}' is used twice`, it.namePos, {
        help: `rename one of them: KubeVirt requires unique ${what} names`,
        related: [{ message: 'first used here', pos: first }],
      });
    } else {
      seen.set(it.name, it.namePos);
    }
  }
}
