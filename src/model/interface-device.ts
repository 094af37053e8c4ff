import type { Domain, Hostdev, Interface } from './domain.js';

/** The domain element a VMI interface became: its <interface>, or its <hostdev> for SR-IOV. */
export type InterfaceDevice = { interface?: Interface; hostdev?: Hostdev };

/**
 * The domain element a VMI interface became, found by the alias KubeVirt gives it (facts.md §2):
 * <interface> with alias ua-NAME, or <hostdev> with ua-sriov-NAME for SR-IOV.
 */
export function deviceOfInterface(domain: Domain, name: string): InterfaceDevice {
  return interfaceDevices(domain)(name);
}

/**
 * deviceOfInterface for every interface of one domain: the aliases are indexed once (the first
 * device of an alias, as a search in device order finds it), since a search per interface made
 * recording 256 interfaces' addresses quadratic.
 */
export function interfaceDevices(domain: Domain): (name: string) => InterfaceDevice {
  const interfaces = new Map<string, Interface>();
  const hostdevs = new Map<string, Hostdev>();
  for (const i of domain.devices.interfaces) if (i.alias !== undefined && !interfaces.has(i.alias)) interfaces.set(i.alias, i);
  for (const h of domain.devices.hostdevs) if (h.alias !== undefined && !hostdevs.has(h.alias)) hostdevs.set(h.alias, h);
  return (name) => {
    const i = interfaces.get(`ua-${name}`);
    if (i) return { interface: i };
    const h = hostdevs.get(`ua-sriov-${name}`);
    return h ? { hostdev: h } : {};
  };
}
