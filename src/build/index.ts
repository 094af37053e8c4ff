// The build stage: the domain a virt-launcher would define, before PCI placement, with what was
// decided for each interface and where it came from. Concerns apply in a fixed order.
import type { Domain } from '../model/domain.js';
import type { Vmi } from '../model/vmi.js';
import type { Options } from '../options.js';
import type { ResolvedDevice } from '../resolve/types.js';
import type { InterfaceDecision } from './decisions.js';
import { buildDefaultDevices } from './default-devices.js';
import { buildDisks } from './disks.js';
import { buildDomainBase } from './domain-base.js';
import { buildInterfaces } from './interfaces.js';
import { placementRequest, type PlacementRequest } from './placement-request.js';
import { vdpaHook, type DomainHook } from './hook-interfaces.js';

export interface Built {
  /** the converter's domain */
  domain: Domain;
  placement: PlacementRequest;
  /** what a binding plugin's hook sidecar adds on every define */
  hook?: DomainHook;
}

export function buildDomain(vmi: Vmi, decisions: readonly InterfaceDecision[]): Built {
  const domain = buildDomainBase(vmi);
  buildInterfaces(domain, vmi, decisions);
  buildDisks(domain, vmi);
  buildDefaultDevices(domain, vmi);
  const hook = vdpaHook(decisions, vmi.networks.map((n) => n.name));
  return { domain, placement: placementRequest(vmi), ...(hook ? { hook } : {}) };
}

export { decideInterfaces, type InterfaceDecision, type Origin, type Decided } from './decisions.js';
export { recordGuestAddresses } from './guest-addresses.js';
export { hookInterface } from './hook-interfaces.js';
export type { PlacementRequest, DomainHook };
export type { ResolvedDevice, Options };
