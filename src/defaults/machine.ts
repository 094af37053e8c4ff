import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Vmi } from '../model/vmi.js';
import type { KubevirtConfig } from '../load/kubevirt-cr.js';
import { input, type Options } from '../options.js';
import { ARCH_TRAITS, archOf, KUBEVIRT_ARCHES } from '../kubevirt/arch.js';

/**
 * pkg/defaults setDefaultArchitecture: an unset spec.architecture is the cluster's default. Each
 * of KubeVirt's architectures gets its own domain (src/kubevirt/arch.ts); anything else is an error
 * at the value.
 */
export function defaultArchitecture(vmi: Vmi, opts: Options, diags: Diagnostics, cluster?: ClusterDefaults): void {
  const arch = vmi.architecture ?? cluster?.defaultArchitecture ?? { value: opts.architecture, pos: vmi.pos };
  const given = vmi.architecture;
  vmi.architecture = arch;
  if ((KUBEVIRT_ARCHES as readonly string[]).includes(arch.value)) return;
  const what = given
    ? `spec.architecture '${arch.value}'`
    : arch.pos === vmi.pos
      ? `the cluster's default architecture '${arch.value}' (${input('architecture')})`
      : `the cluster's default architecture '${arch.value}' (the KubeVirt CR)`;
  diags.error('INVALID_VALUE', `${what} is not an architecture KubeVirt runs`, arch.pos, { help: `use one of ${KUBEVIRT_ARCHES.join(', ')}` });
}

/**
 * pkg/defaults setDefaultMachineType: a machine type that is unset or '' is the cluster's
 * (virt-config GetMachineType: the KubeVirt CR's architectureConfiguration when the CR is given,
 * else, on amd64, the option (KubeVirt's default q35); arm64 and s390x get their own defaults,
 * virt and s390-ccw-virtio, as the option is amd64's).
 */
export function defaultMachineType(vmi: Vmi, opts: Options, cluster?: ClusterDefaults): void {
  if (vmi.machineType) return;
  const arch = archOf(vmi);
  const dflt = arch === 'amd64' ? opts.machineType : ARCH_TRAITS[arch].defaultMachine;
  vmi.machineType = cluster?.machineTypes?.[arch] ?? { value: dflt, pos: vmi.pos };
}

/** What the KubeVirt CR ({input:kubevirtConfig}) says of architectures, when it is given. */
export type ClusterDefaults = Pick<KubevirtConfig, 'machineTypes' | 'defaultArchitecture'>;
