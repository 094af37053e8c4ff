import type { HypervFeature } from '../model/vmi-domain.js';

// Hyper-V enlightenments that need another one (virt-api's defaults and its webhook), for the
// loader (which reports a VMI virt-api would reject) and the builder (which enables what virt-api
// enables).

/** enabled as KubeVirt's API defaults it: a listed enlightenment without enabled is on */
const isOn = (h: HypervFeature | undefined): boolean => h !== undefined && h.enabled !== false;

/**
 * pkg/defaults/hyperv.go SetHypervFeatureDependencies (virt-api): evmcs needs vapic, ipi and
 * tlbflush need vpindex, synictimer needs synic, synic needs vpindex, in that order; a needed
 * enlightenment the VMI does not list is enabled. (One the VMI disables makes virt-api reject the
 * VMI: src/load/vmi-domain.ts reports it.)
 */
export function withHypervDependencies(hyperv: ReadonlyMap<string, HypervFeature>): Map<string, HypervFeature> {
  const out = new Map(hyperv);
  for (const [feature, needs] of HYPERV_NEEDS) {
    if (isOn(out.get(feature)) && !out.has(needs)) out.set(needs, { enabled: true });
  }
  return out;
}

/** [feature, the one it needs], in SetHypervFeatureDependencies' order */
export const HYPERV_NEEDS: readonly [string, string][] = [
  ['evmcs', 'vapic'], ['ipi', 'vpindex'], ['tlbflush', 'vpindex'], ['synictimer', 'synic'], ['synic', 'vpindex'],
];
