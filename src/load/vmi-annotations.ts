// Annotations that change the domain virt-launcher writes (KubeVirt 1.9: the converter, manager.go
// and the hook sidecars read them from the VMI). vdpa-xml does not apply them yet, so each one is
// reported where it is written instead of being silently ignored.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { expectMap, type YNode } from '../source/ynode.js';

export const DOMAIN_ANNOTATIONS: Record<string, string> = {
  'hooks.kubevirt.io/hookSidecars': 'hook sidecars rewrite the domain after KubeVirt writes it (onDefineDomain)',
  'kubevirt.io/placePCIDevicesOnRootComplex': 'devices go on the PCIe root complex instead of root ports (converter.go)',
  'kubevirt.io/disablePCIHole64': 'the q35 PCI hole above 4 GiB is disabled (compute/controllers.go)',
  'kubevirt.io/pci-interface-slot-count': 'the root ports reserved for interfaces change (manager.go)',
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
