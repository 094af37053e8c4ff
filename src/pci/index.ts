// The PCI stage: libvirt's address assignment, run the way the modelled virt-launcher drives
// libvirt, then the non-PCI addresses libvirt fills in; problems become diagnostics at the VMI field
// at fault.
import type { PlacementRequest } from '../build/placement-request.js';
import type { DomainHook } from '../build/hook-interfaces.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { LauncherProfile } from '../kubevirt/versions.js';
import type { Domain } from '../model/domain.js';
import type { Options } from '../options.js';
import { placeDevices } from './hotplug-reserve.js';
import { assignNonPciAddresses } from './implicit-controllers.js';
import { placementDiagnostics } from './placement-diagnostics.js';
import { placeOnRootComplex } from './root-complex.js';

/** Gives every device of `domain` its address, in place; false when libvirt would refuse it (reported). */
export function place(domain: Domain, req: PlacementRequest, opts: Options, profile: LauncherProfile, diags: Diagnostics, hook?: DomainHook): boolean {
  // the converter's own placement comes before anything the launcher does (converter.go Convert_v1_VirtualMachineInstance_To_api_Domain)
  // (not on s390x: its arch converter has no SupportPCIePlacement)
  let problems = req.rootComplex && domain.machine !== 's390-ccw' ? placeOnRootComplex(domain) : [];
  if (!problems.length) problems = placeDevices(domain, req, opts.hotplugReserve, profile, hook);
  placementDiagnostics(problems, req, diags);
  if (problems.length) return false;
  assignNonPciAddresses(domain);
  return true;
}
