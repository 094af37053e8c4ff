import { effectiveBinding } from '../../kubevirt/bindings.js';
import type { RuleContext } from '../context.js';
import { input } from '../../options.js';
import { networkOf } from '../../kubevirt/networks.js';

/**
 * BindingNetworkRule: each binding sits on a network it can use (KubeVirt webhook, facts.md §2):
 * masquerade needs the pod network; sriov and vdpa need a Multus secondary network (a device-plugin
 * resource comes from the NAD); bridge takes either. Untranslated bindings are errors, since the
 * domain would lack the interface.
 */
export function BindingNetworkRule(ctx: RuleContext): void {
  const { vmi, diags } = ctx;
  for (const iface of vmi.interfaces) {
    const b = iface.binding;
    if (!b) continue;
    const kind = effectiveBinding(iface, ctx.vdpaBindingName);
    if (!kind) {
      const what = b.kind === 'binding' ? `network binding plugin '${b.pluginName}'` : `binding '${b.kind}'`;
      diags.error('UNSUPPORTED_BINDING', `interface '${iface.name}' uses ${what}, which vdpa-xml does not translate`, b.pos, {
        help: `vdpa-xml translates masquerade, bridge, sriov and vdpa (or binding: {name: ${ctx.vdpaBindingName}}; see ${input('vdpaBinding')})`,
      });
      continue;
    }
    const net = networkOf(vmi, iface.name);
    const src = net?.source;
    if (!net || !src) continue;
    const onPod = src.kind === 'pod' || src.isDefault;
    if ((kind === 'vdpa' || kind === 'sriov') && onPod) {
      diags.error('BINDING_NETWORK_MISMATCH', `interface '${iface.name}' is ${kind} but network '${net.name}' is the pod network`, b.pos, {
        help: `${kind} devices come from a device-plugin resource named by a Multus NetworkAttachmentDefinition: use multus: {networkName: <ns>/<nad>}`,
        related: [{ message: 'pod network here', pos: src.pos }],
      });
    }
    if (kind === 'masquerade' && !onPod) {
      diags.error('BINDING_NETWORK_MISMATCH', `interface '${iface.name}' is masquerade but network '${net.name}' is not the pod network`, b.pos, {
        help: 'masquerade only works on the pod network: use bridge: {} for a Multus network',
        related: [{ message: 'multus network here', pos: src.pos }],
      });
    }
  }
}
