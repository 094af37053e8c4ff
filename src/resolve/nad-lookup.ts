import type { Nad } from '../load/nad.js';

/** The NAD a networkName selects; a NAD file without a namespace is taken to be in the VMI's namespace. */
export function findNad(nads: readonly Nad[], ref: { namespace: string; name: string }, vmiNamespace: string): Nad | undefined {
  return nads.find((n) => n.name === ref.name && (n.namespace ?? vmiNamespace) === ref.namespace);
}
