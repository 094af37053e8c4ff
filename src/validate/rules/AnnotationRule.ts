import { goAtoi, HOOK_SIDECARS, PCI_INTERFACE_SLOT_COUNT, PLACE_PCI_DEVICES_ON_ROOT_COMPLEX } from '../../kubevirt/annotations.js';
import { input } from '../../options.js';
import type { RuleContext } from '../context.js';

/**
 * AnnotationRule: the annotations that change the domain are ones the modelled launcher can use.
 * kubevirt.io/pci-interface-slot-count must parse as Go's strconv.Atoi does, or the v3 launcher
 * fails the define (manager.go calculatePlaceholderCount: "invalid ... annotation value");
 * placePCIDevicesOnRootComplex acts only when it is exactly "true"; hook sidecars rewrite the
 * domain after the converter, so what they change is not in vdpa-xml's output.
 */
export function AnnotationRule(ctx: RuleContext): void {
  const { annotations } = ctx.vmi;
  const slots = annotations.get(PCI_INTERFACE_SLOT_COUNT);
  if (slots && goAtoi(slots.value) === undefined) {
    if (ctx.launcher.slotCountAnnotation) {
      ctx.diags.error('INVALID_VALUE', `${PCI_INTERFACE_SLOT_COUNT}: ${JSON.stringify(slots.value)} is not an integer, so KubeVirt ${ctx.launcher.release}'s virt-launcher fails to define the domain`, slots.pos, {
        help: 'the annotation holds the number of interface slots to keep (virt-handler writes it, e.g. "4"); fix or remove it',
      });
    }
  } else if (slots && !ctx.launcher.slotCountAnnotation) {
    ctx.diags.warn('UNSUPPORTED_FIELD', `${PCI_INTERFACE_SLOT_COUNT} is ignored by KubeVirt ${ctx.launcher.release}'s virt-launcher (it is read from 1.6.4 and 1.7.2 on)`, slots.pos, {
      help: `model the launcher that runs this VMI with ${input('kubevirtVersion')}`,
    });
  }
  const rootComplex = annotations.get(PLACE_PCI_DEVICES_ON_ROOT_COMPLEX);
  if (rootComplex && rootComplex.value !== 'true' && rootComplex.value !== 'false') {
    ctx.diags.warn('INVALID_VALUE', `${PLACE_PCI_DEVICES_ON_ROOT_COMPLEX}: ${JSON.stringify(rootComplex.value)} is not "true", so KubeVirt does not place devices on the root complex`, rootComplex.pos, {
      help: 'KubeVirt compares the value with "true" exactly',
    });
  }
  const hooks = annotations.get(HOOK_SIDECARS);
  if (hooks) {
    ctx.diags.warn('UNSUPPORTED_FIELD', `${HOOK_SIDECARS}: the hook sidecars may rewrite the domain after KubeVirt's converter, and what they change is not in this output`, hooks.pos, {
      help: "compare with the running launcher's domain (virsh dumpxml) to see what the hooks did",
    });
  }
}
