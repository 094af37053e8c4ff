// The build stage: the domain a virt-launcher would define, before PCI placement, with what was
// decided for each interface and where it came from. Concerns apply in a fixed order.
import type { Domain } from '../model/domain.js';
import type { Vmi } from '../model/vmi.js';
import { DEFAULT_OPTIONS, type Options } from '../options.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { EnvDump } from '../load/env.js';
import type { KubevirtConfig } from '../load/kubevirt-cr.js';
import { buildCpu, buildMemory } from './cpu-memory.js';
import { buildCpuPinning } from './cpu-pinning.js';
import { vcpusWithinLimits } from './count-limits.js';
import { buildExtraDevices } from './extra-devices.js';
import { buildFirmwareAndFeatures } from './firmware-features.js';
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

/** What building needs besides the VMI: the options, where to report, the pod's env (host devices). */
export interface BuildContext {
  opts: Options;
  diags: Diagnostics;
  env?: EnvDump;
  /** the KubeVirt CR: its rollout strategy and live-update limits */
  kubevirtConfig?: KubevirtConfig;
}

export function buildDomain(vmi: Vmi, decisions: readonly InterfaceDecision[], ctx?: BuildContext): Built {
  const c = ctx ?? { opts: DEFAULT_OPTIONS, diags: new Diagnostics() };
  const domain = buildDomainBase(vmi);
  // a billion vCPUs is refused here, before anything makes an element for each
  if (!vcpusWithinLimits(vmi, c.opts, c.diags, c.kubevirtConfig)) return { domain, placement: placementRequest(vmi) };
  buildFirmwareAndFeatures(domain, vmi, c.opts);
  buildCpu(domain, vmi, c.opts, c.kubevirtConfig);
  buildMemory(domain, vmi, c.opts, c.kubevirtConfig);
  buildInterfaces(domain, vmi, decisions);
  buildDisks(domain, vmi, c.diags);
  buildDefaultDevices(domain, vmi, c.env);
  buildExtraDevices(domain, vmi, c.env, c.diags);
  buildCpuPinning(domain, vmi, c.opts, c.diags);
  const hook = vdpaHook(decisions, vmi.networks.map((n) => n.name));
  return { domain, placement: placementRequest(vmi), ...(hook ? { hook } : {}) };
}

export { decideInterfaces, type InterfaceDecision, type Origin, type Decided } from './decisions.js';
export { recordGuestAddresses } from './guest-addresses.js';
export { pluginPitfalls } from './plugin-pitfalls.js';
export { hookInterface, hookSpot, type HookPlacement, type HookSpot } from './hook-interfaces.js';
export type { PlacementRequest, DomainHook };
export type { ResolvedDevice, Options };
