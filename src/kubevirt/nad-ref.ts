/** The <namespace>/<name> a Multus networkName means: a bare name is in the VMI's namespace (facts.md §2). */
export function nadRef(networkName: string, vmiNamespace: string): { namespace: string; name: string } {
  const slash = networkName.indexOf('/');
  return slash === -1
    ? { namespace: vmiNamespace, name: networkName }
    : { namespace: networkName.slice(0, slash), name: networkName.slice(slash + 1) };
}
