// The PCI stage: libvirt's address assignment, run the way virt-launcher drives libvirt, then the
// non-PCI addresses libvirt fills in; problems become diagnostics at the VMI field at fault.
import type { PlacementRequest } from '../build/placement-request.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Domain } from '../model/domain.js';
import type { Options } from '../options.js';
import { placeDevices } from './hotplug-reserve.js';
import { assignNonPciAddresses } from './implicit-controllers.js';
import { placementDiagnostics } from './placement-diagnostics.js';

/** Gives every device of `domain` its address, in place; false when libvirt would refuse it (reported). */
export function place(domain: Domain, req: PlacementRequest, opts: Options, diags: Diagnostics): boolean {
  const problems = placeDevices(domain, req, opts.hotplugReserve);
  placementDiagnostics(problems, req, diags);
  if (problems.length) return false;
  assignNonPciAddresses(domain);
  return true;
}
