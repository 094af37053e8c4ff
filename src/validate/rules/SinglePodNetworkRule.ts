import type { RuleContext } from '../context.js';

/** SinglePodNetworkRule: at most one network is the pod network (KubeVirt webhook, facts.md §2). */
export function SinglePodNetworkRule(ctx: RuleContext): void {
  const pods = ctx.vmi.networks.filter((n) => n.source?.kind === 'pod');
  const multusDefaults = ctx.vmi.networks.filter((n) => n.source?.kind === 'multus' && n.source.isDefault);
  const first = pods[0] ?? multusDefaults[0];
  for (const n of [...pods, ...multusDefaults]) {
    if (n === first || !first) continue;
    ctx.diags.error('MULTIPLE_POD_NETWORKS', `network '${n.name}' is a second pod (default) network`, n.source!.pos, {
      help: 'a VMI has at most one pod network or multus default network; make this one a multus network',
      related: [{ message: `'${first.name}' is the pod network`, pos: first.source!.pos }],
    });
  }
}
