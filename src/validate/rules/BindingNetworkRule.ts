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
    // the core passtBinding came in KubeVirt 1.8.0: an older API server has no such field and
    // prunes it, leaving the interface without a binding
    if (kind === 'passt' && !ctx.launcher.passtBinding) {
      diags.error('UNSUPPORTED_BINDING', `interface '${iface.name}' uses passtBinding, which KubeVirt ${ctx.launcher.release} does not have (it came in 1.8.0): its API server drops the field and the interface has no binding`, b.pos, {
        help: `model KubeVirt 1.8 or later (${input('kubevirtVersion')}), or use the passt network binding plugin of that release`,
      });
      continue;
    }
    if (!kind) {
      const what = b.kind === 'binding' ? `network binding plugin '${b.pluginName}'` : `binding '${b.kind}'`;
      diags.error('UNSUPPORTED_BINDING', `interface '${iface.name}' uses ${what}, which vdpa-xml does not translate`, b.pos, {
        help: `vdpa-xml translates masquerade, bridge, sriov, passtBinding and vdpa (or binding: {name: ${ctx.vdpaBindingName}}; see ${input('vdpaBinding')})`,
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
    // network/admitter/passt.go: "PasstBinding interface only implemented with pod network"
    if (kind === 'passt' && !onPod) {
      diags.error('BINDING_NETWORK_MISMATCH', `interface '${iface.name}' is passtBinding but network '${net.name}' is not the pod network`, b.pos, {
        help: 'KubeVirt implements passtBinding only on the pod network: use pod: {} for its network, or bridge: {} on a Multus network',
        related: [{ message: 'multus network here', pos: src.pos }],
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
