import type { Vmi, VmiNetwork } from '../model/vmi.js';

/** The pod network: `pod: {}`, or a Multus network marked `default: true` (which replaces it). */
export function isPodNetwork(net: VmiNetwork | undefined): boolean {
  return net?.source?.kind === 'pod' || (net?.source?.kind === 'multus' && net.source.isDefault);
}

const byName = new WeakMap<Vmi, Map<string, VmiNetwork>>();

/**
 * The VMI's networks by name (the first of a name, as a search in spec order finds it), made once
 * per VMI: resolve, build and validate each look up the network of every interface, which as a
 * search of the list made a render quadratic in the interface count near KubeVirt's limits.
 */
export function networksByName(vmi: Vmi): ReadonlyMap<string, VmiNetwork> {
  let m = byName.get(vmi);
  if (!m) {
    m = new Map();
    for (const n of vmi.networks) if (!m.has(n.name)) m.set(n.name, n);
    byName.set(vmi, m);
  }
  return m;
}

/** The network an interface of the VMI is on (same name), if any. */
export function networkOf(vmi: Vmi, name: string): VmiNetwork | undefined {
  return networksByName(vmi).get(name);
}
