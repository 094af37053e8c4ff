/**
 * The machine family of a machine type, from its name (facts.md §5): q35 and the versioned
 * pc-q35-* (pc-q35-rhel9.4.0 on RHEL / OpenShift), pc and pc-i440fx-*. The name itself is kept in
 * the domain as written.
 */
export function machineFamily(type: string | undefined): 'q35' | 'pc' | undefined {
  if (type === undefined || type === 'q35' || /^pc-q35-[A-Za-z0-9._-]+$/.test(type)) return 'q35';
  if (type === 'pc' || /^pc-i440fx-[A-Za-z0-9._-]+$/.test(type)) return 'pc';
  return undefined;
}
