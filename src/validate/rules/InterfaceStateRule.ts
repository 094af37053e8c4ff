import { effectiveBinding } from '../../kubevirt/bindings.js';
import type { RuleContext } from '../context.js';

/**
 * InterfaceStateRule: state is up, down or absent (KubeVirt, facts.md §2); absent (hot-unplug) is
 * only for bridge interfaces on secondary networks.
 */
export function InterfaceStateRule(ctx: RuleContext): void {
  for (const iface of ctx.vmi.interfaces) {
    const state = iface.state;
    if (!state) continue;
    if (!['up', 'down', 'absent'].includes(state.value)) {
      ctx.diags.error('INVALID_VALUE', `interface '${iface.name}' has state '${state.value}'`, state.pos, { help: 'state is up, down or absent' });
    } else if (state.value === 'absent' && effectiveBinding(iface, ctx.vdpaBindingName) !== 'bridge') {
      ctx.diags.error('INVALID_VALUE', `interface '${iface.name}': state absent (hot-unplug) is only supported on bridge interfaces`, state.pos, {
        help: 'remove the interface from the VMI instead',
      });
    }
  }
}
