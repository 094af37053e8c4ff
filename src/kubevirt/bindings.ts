import type { VmiInterface } from '../model/vmi.js';

/** The bindings vdpa-xml translates. */
export type TranslatedBinding = 'masquerade' | 'bridge' | 'sriov' | 'vdpa' | 'passt';

/**
 * The binding an interface really has: `binding: {name: <vdpaBindingName>}` (KubeVirt's network
 * binding plugin spelling, facts.md §2) is vDPA; anything else untranslated is undefined.
 */
export function effectiveBinding(iface: VmiInterface, vdpaBindingName: string): TranslatedBinding | undefined {
  const b = iface.binding;
  if (!b) return undefined;
  if (b.kind === 'binding') return b.pluginName === vdpaBindingName ? 'vdpa' : undefined;
  if (b.kind === 'masquerade' || b.kind === 'bridge' || b.kind === 'sriov' || b.kind === 'vdpa') return b.kind;
  // the core passtBinding (KubeVirt 1.8+), not the discontinued passt: {}
  if (b.kind === 'passtBinding') return 'passt';
  return undefined;
}
