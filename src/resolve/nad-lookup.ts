import type { Nad } from '../load/nad.js';

/** The <namespace>/<name> a Multus networkName means: a bare name is in the VMI's namespace (facts.md §2). */
export function nadRef(networkName: string, vmiNamespace: string): { namespace: string; name: string } {
  const slash = networkName.indexOf('/');
  return slash === -1
    ? { namespace: vmiNamespace, name: networkName }
    : { namespace: networkName.slice(0, slash), name: networkName.slice(slash + 1) };
}

/** The NAD a networkName selects; a NAD file without a namespace is taken to be in the VMI's namespace. */
export function findNad(nads: readonly Nad[], ref: { namespace: string; name: string }, vmiNamespace: string): Nad | undefined {
  return nads.find((n) => n.name === ref.name && (n.namespace ?? vmiNamespace) === ref.namespace);
}
