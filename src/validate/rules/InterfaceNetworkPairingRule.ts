import type { RuleContext } from '../context.js';

/**
 * InterfaceNetworkPairingRule: every interface has a network of the same name and every network an
 * interface (KubeVirt webhook, facts.md §2).
 */
export function InterfaceNetworkPairingRule(ctx: RuleContext): void {
  const { vmi, diags } = ctx;
  const nets = new Set(vmi.networks.map((n) => n.name));
  const ifaces = new Set(vmi.interfaces.map((i) => i.name));
  for (const i of vmi.interfaces) {
    if (i.name !== '' && !nets.has(i.name)) {
      diags.error('INTERFACE_WITHOUT_NETWORK', `interface '${i.name}' has no network named '${i.name}'`, i.namePos, {
        help: `add a network named '${i.name}' under spec.networks, or fix the name`,
      });
    }
  }
  for (const n of vmi.networks) {
    if (n.name !== '' && !ifaces.has(n.name)) {
      diags.error('NETWORK_WITHOUT_INTERFACE', `network '${n.name}' has no interface named '${n.name}'`, n.namePos, {
        help: `add an interface named '${n.name}' under spec.domain.devices.interfaces, or remove the network`,
      });
    }
  }
}
