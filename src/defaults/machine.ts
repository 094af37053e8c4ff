import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Vmi } from '../model/vmi.js';
import type { KubevirtConfig } from '../load/kubevirt-cr.js';
import { input, type Options } from '../options.js';

/** The architectures KubeVirt 1.9 runs (pkg/virt-launcher/virtwrap/converter/arch). */
const KUBEVIRT_ARCHES = ['amd64', 'arm64', 's390x'];

/**
 * pkg/defaults setDefaultArchitecture: an unset spec.architecture is the cluster's default. vdpa-xml
 * writes the x86_64 domain only: KubeVirt's converter writes another one for arm64 (machine virt,
 * UEFI, no PCI hole, usb tablet) and s390x (machine s390-ccw-virtio, ccw addresses), so those are a
 * positioned error rather than an x86_64 domain.
 */
export function defaultArchitecture(vmi: Vmi, opts: Options, diags: Diagnostics, cluster?: ClusterDefaults): void {
  const arch = vmi.architecture ?? cluster?.defaultArchitecture ?? { value: opts.architecture, pos: vmi.pos };
  const given = vmi.architecture;
  vmi.architecture = arch;
  if (arch.value === 'amd64') return;
  const what = given
    ? `spec.architecture '${arch.value}'`
    : arch.pos === vmi.pos
      ? `the cluster's default architecture '${arch.value}' (${input('architecture')})`
      : `the cluster's default architecture '${arch.value}' (the KubeVirt CR)`;
  if (!KUBEVIRT_ARCHES.includes(arch.value)) {
    diags.error('INVALID_VALUE', `${what} is not an architecture KubeVirt runs`, arch.pos, { help: `use one of ${KUBEVIRT_ARCHES.join(', ')}` });
    return;
  }
  diags.error('UNSUPPORTED_ARCHITECTURE', `${what}: vdpa-xml writes x86_64 (amd64) domains only`, arch.pos, {
    help: `KubeVirt's converter writes a different domain for ${arch.value} (machine ${arch.value === 'arm64' ? 'virt, UEFI firmware' : 's390-ccw-virtio, ccw addresses'}); check the real one with virsh dumpxml`,
  });
}

/**
 * pkg/defaults setDefaultMachineType: a machine type that is unset or '' is the cluster's
 * (virt-config GetMachineType: the KubeVirt CR's architectureConfiguration when the CR is given,
 * else the option; KubeVirt's default is q35).
 */
export function defaultMachineType(vmi: Vmi, opts: Options, cluster?: ClusterDefaults): void {
  if (vmi.machineType) return;
  const arch = vmi.architecture?.value as 'amd64' | 'arm64' | 's390x' | undefined;
  vmi.machineType = (arch && cluster?.machineTypes?.[arch]) ?? { value: opts.machineType, pos: vmi.pos };
}

/** What the KubeVirt CR ({input:kubevirtConfig}) says of architectures, when it is given. */
export type ClusterDefaults = Pick<KubevirtConfig, 'machineTypes' | 'defaultArchitecture'>;
