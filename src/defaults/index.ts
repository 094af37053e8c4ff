// The defaults stage: what KubeVirt does to a VM or VMI between `kubectl apply` and the launcher,
// in KubeVirt 1.9's order: the VM controller's setupVMIFromVM (a disk for every volume,
// util.SetDefaultVolumeDisk), its instancetype and preference expansion (pkg/instancetype/apply),
// then virt-api's VMI mutating webhook (pkg/defaults: architecture, machine type, the per-arch defaults). The default
// pod interface is added by the loader, as SetDefaultNetworkInterface runs before both.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { VmContext } from '../model/context.js';
import type { Vmi } from '../model/vmi.js';
import type { Options } from '../options.js';
import { applyArchDefaults } from './arch-defaults.js';
import { applyInstancetype } from './instancetype.js';
import { defaultArchitecture, defaultMachineType, type ClusterDefaults } from './machine.js';
import { checkRequirements } from './requirements.js';
import { defaultVolumeDisks, resolveClaims } from './volume-disks.js';

export function applyDefaults(vmi: Vmi, ctx: VmContext, opts: Options, diags: Diagnostics, cluster?: ClusterDefaults): void {
  defaultVolumeDisks(vmi);
  const applied = applyInstancetype(vmi, ctx, diags);
  defaultArchitecture(vmi, opts, diags, cluster);
  defaultMachineType(vmi, opts, cluster);
  applyArchDefaults(vmi);
  // vms-admitter.go: after the defaults, the VM must meet its preference's requirements
  checkRequirements(vmi, applied.it, applied.pref, diags);
  resolveClaims(vmi, ctx, diags);
}
