import { effectiveBinding } from '../../kubevirt/bindings.js';
import type { RuleContext } from '../context.js';

// KubeVirt's accepted interface models (facts.md §2).
export const INTERFACE_MODELS = ['e1000', 'e1000e', 'igb', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio'];

/**
 * InterfaceModelRule: the model is one KubeVirt accepts; a vDPA interface takes only virtio
 * (libvirt: "invalid model for interface of type 'vdpa'", facts.md §1); SR-IOV ignores the model.
 */
export function InterfaceModelRule(ctx: RuleContext): void {
  for (const iface of ctx.vmi.interfaces) {
    const model = iface.model;
    if (!model) continue;
    const kind = effectiveBinding(iface, ctx.vdpaBindingName);
    if (kind === 'vdpa' && model.value !== 'virtio') {
      ctx.diags.error('VDPA_MODEL', `vDPA interface '${iface.name}' has model '${model.value}', but a vDPA device is always virtio`, model.pos, {
        help: "remove the model or set model: virtio (libvirt rejects any other model for type='vdpa')",
      });
    } else if (!INTERFACE_MODELS.includes(model.value)) {
      ctx.diags.error('INVALID_VALUE', `interface '${iface.name}' has model '${model.value}', which KubeVirt does not accept`, model.pos, {
        help: `use one of ${INTERFACE_MODELS.join(', ')}`,
      });
    } else if (kind === 'sriov') {
      ctx.diags.warn('UNSUPPORTED_FIELD', `model of SR-IOV interface '${iface.name}' has no effect: the guest sees the VF itself`, model.pos);
    }
  }
}
