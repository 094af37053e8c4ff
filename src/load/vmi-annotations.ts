// Annotations that change the domain virt-launcher writes (KubeVirt 1.9: the converter and
// manager.go read them from the VMI) and that vdpa-xml does not apply: each one is reported where
// it is written instead of being silently ignored. The ones it reads (the PCI slot count, root
// complex placement) and the hook sidecars are kubevirt/annotations.ts's, checked by AnnotationRule.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { expectMap, type YNode } from '../source/ynode.js';

export const DOMAIN_ANNOTATIONS: Record<string, string> = {
  'kubevirt.io/disablePCIHole64': 'the q35 PCI hole above 4 GiB is disabled (compute/controllers.go)',
  'kubevirt.io/pci-topology-version': 'the hotplug port layout follows another PCI topology version',
  'kubevirt.io/memfd': 'the memory backing changes (converter.go)',
  'kubevirt.io/ignitiondata': 'ignition data is passed on the QEMU command line (compute/qemu_cmd.go)',
  'alpha.kubevirt.io/EmulatorThreadCompleteToEvenParity': 'the emulator thread pinning changes (vcpu.go)',
};

/** Reports each annotation of `meta` (the VMI's metadata, or a VM's spec.template.metadata) that changes the domain. */
export function reportDomainAnnotations(meta: YNode | undefined, diags: Diagnostics): void {
  const annotations = expectMap(meta?.get('annotations'), diags);
  if (!annotations) return;
  for (const e of annotations.entries()) {
    const what = DOMAIN_ANNOTATIONS[e.key];
    if (!what) continue;
    diags.warn('UNSUPPORTED_FIELD', `annotation ${e.key} changes the domain and is not translated: ${what}`, e.keyPos, {
      help: 'the rendered domain is what KubeVirt writes without it; check the real one with `virsh dumpxml`',
    });
  }
}
