import type { Domain, Hostdev, Interface } from './domain.js';

/**
 * The domain element a VMI interface became, found by the alias KubeVirt gives it (facts.md §2):
 * <interface> with alias ua-NAME, or <hostdev> with ua-sriov-NAME for SR-IOV.
 */
export function deviceOfInterface(domain: Domain, name: string): { interface?: Interface; hostdev?: Hostdev } {
  const i = domain.devices.interfaces.find((x) => x.alias === `ua-${name}`);
  if (i) return { interface: i };
  const h = domain.devices.hostdevs.find((x) => x.alias === `ua-sriov-${name}`);
  return h ? { hostdev: h } : {};
}
