import type { RuleContext } from '../context.js';

// KubeVirt webhook: interface and network names match ^[A-Za-z0-9-_]+$ (facts.md §2). The name
// ends up in the alias ua-<name> and in env variable names, so nothing else is safe.
const NAME = /^[A-Za-z0-9_-]+$/;

/** NameSyntaxRule: interface and network names use only letters, digits, '-' and '_'. */
export function NameSyntaxRule(ctx: RuleContext): void {
  for (const [what, items] of [['interface', ctx.vmi.interfaces], ['network', ctx.vmi.networks]] as const) {
    for (const it of items) {
      if (it.name !== '' && !NAME.test(it.name)) {
        ctx.diags.error('INVALID_VALUE', `${what} name ${JSON.stringify(it.name)} may only contain letters, digits, '-' and '_'`, it.namePos, {
          help: `rename the ${what}; KubeVirt rejects names outside ^[A-Za-z0-9-_]+$`,
        });
      }
    }
  }
}
