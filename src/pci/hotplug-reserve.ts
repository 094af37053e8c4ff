import type { PlacementRequest } from '../build/placement-request.js';
import type { DomainHook } from '../build/hook-interfaces.js';
import type { Domain, Interface } from '../model/domain.js';
import { assignPciAddresses, type PlacementProblem } from './assign.js';
import { MAX_BUSES } from './address-set.js';
import { assignCcwAddresses } from './ccw.js';
import { insertController, parseOrder } from './implicit-controllers.js';

import { launcherOf, releaseRanges, releasesWithoutArchGate, releasesWithoutMachineGate, type LauncherProfile } from '../kubevirt/versions.js';
import { DEFAULT_OPTIONS, type HotplugReserve } from '../options.js';

/** Root ports are indexed up to 31 by virt-launcher (nichotplug.go). */
const MAX_EXTRA_PORT_INDEX = 31;
/**
 * More placeholders than a guest has slots (256 buses of 32) can never all be placed, so libvirt
 * fails on one of the first this many whatever the count: the slot-count annotation is a string
 * virt-launcher reads with Atoi, and two billion placeholders would be built one by one.
 */
const MAX_PLACEHOLDERS = MAX_BUSES * 32 + 1;
const TWO_GIB = 2 * 1024 ** 3;

/**
 * Root ports in use as virt-launcher counts them on the converter's domain, before libvirt adds
 * anything (facts.md §2): interfaces, PCI hostdevs, controllers other than the PCI roots (usb
 * model=none included), virtio disks, RNGs, the balloon (always, even model none), virtio inputs
 * and watchdogs; not video, sound, TPM, vsock or virtiofs (kubevirt-versions.md §3).
 */
export function portsInUse(domain: Domain): number {
  const d = domain.devices;
  return (
    d.interfaces.length +
    d.hostdevs.length +
    d.controllers.filter((c) => !(c.type === 'pci' && (c.model === 'pci-root' || c.model === 'pcie-root'))).length +
    d.disks.filter((x) => x.target.bus === 'virtio').length +
    d.rngs.length +
    (d.memballoon ? 1 : 0) +
    // pci-placement.go iteratePCIAddresses also visits virtio inputs and every watchdog
    d.inputs.filter((i) => i.bus === 'virtio').length +
    d.watchdogs.length
  );
}

export interface HotplugPlan {
  placeholders: number;
  extraPorts: number;
}

/**
 * How many placeholder interfaces and extra empty root ports the modelled launcher adds
 * (kubevirt/versions.ts for the schemes): n is the VMI's interface count (SR-IOV and absent ones
 * included); want = max(total - portsInUse, minFree), total/minFree 8/3, or 16/6 above 2 GiB of
 * guest memory; placePCIDevicesOnRootComplex reserves nothing, unless (v3) the slot-count
 * annotation is set: that branch wins.
 */
export function hotplugPlan(domain: Domain, req: PlacementRequest, profile: LauncherProfile = launcherOf(DEFAULT_OPTIONS)): HotplugPlan {
  const n = req.interfaceCount;
  const [total, minFree] = domain.memoryBytes > TWO_GIB ? [16, 6] : [8, 3];
  const want = (): number => Math.max(total - portsInUse(domain), minFree);
  const v1 = (): number => (req.rootComplex || n === 0 ? 0 : Math.max(0, 4 - n));
  switch (profile.reservation) {
    case 'v1':
      return { placeholders: v1(), extraPorts: 0 };
    case 'v2':
      return { placeholders: req.rootComplex ? 0 : want(), extraPorts: 0 };
    case 'v3': {
      const placeholders = profile.slotCountAnnotation && req.slotCount ? Math.max(0, req.slotCount.value - n) : v1();
      return { placeholders, extraPorts: req.rootComplex ? 0 : Math.max(0, want() - placeholders) };
    }
  }
}

/** Whether the launcher reserves ports for this domain at all (defaults.SupportsPCIeHotplug: amd64 and arm64, q35 and virt machines). */
function reserves(domain: Domain, profile: LauncherProfile): boolean {
  // s390x: skipped from the arch gate on ("s390x: Skip v3 PCI topology changes")
  if (domain.machine === 's390-ccw' && profile.gate !== 'none') return false;
  return profile.gate !== 'arch+machine' || domain.machine === 'q35' || domain.machine === 'virt';
}

/**
 * Places every device as libvirt would, driven the way the modelled virt-launcher drives libvirt
 * for NIC hotplug (manager.go allocateHotplugPorts, nichotplug.go WithNetworkIfacesResources):
 *  1. with placeholders: define with the placeholder interfaces appended, so libvirt places them
 *     (on q35, creating their root ports); keep every device libvirt dumped, the placeholders
 *     dropped (their slots stay empty) and the real interfaces given back without addresses (but
 *     the user's); define that;
 *  2. with extra ports (v3): append the empty pcie-root-ports (indexes after the highest, at most
 *     31) and define again: libvirt puts the interfaces back on their ports and packs the new
 *     ports. Without placeholders the extra ports go into the converter's spec for its one define,
 *     and libvirt fills them with devices, as it does for virt-launcher up to 1.9; main first reads
 *     the domain back, so they stay empty.
 * A launcher without the machine gate appends root ports to a pc machine too: libvirt refuses
 * that, and so the VMI never starts there.
 */
export function placeDevices(
  domain: Domain,
  req: PlacementRequest,
  mode: HotplugReserve,
  profile: LauncherProfile = launcherOf(DEFAULT_OPTIONS),
  hook: DomainHook = () => {},
): PlacementProblem[] {
  // each define goes through the hook sidecars first: libvirt places what they return
  const define = (d: Domain): PlacementProblem[] => {
    hook(d);
    // libvirt's address pass: ccw on s390x (no PCI devices there), PCI elsewhere
    return d.machine === 's390-ccw' ? assignCcwAddresses(d) : assignPciAddresses(d);
  };
  if (mode === 'none' || !reserves(domain, profile)) return define(domain);
  const plan = hotplugPlan(domain, req, profile);
  if (domain.machine === 'pc' && plan.extraPorts > 0) return [pcRefused(profile)];
  if (domain.machine === 's390-ccw' && plan.extraPorts > 0) return [s390Refused(profile)];
  /** pass 2's domain, defined only when the last define fails (see below) */
  let pass2: Domain | undefined;
  if (plan.placeholders > 0) {
    // pass 1's domain: libvirt's dump of it becomes the domain (below) but for the interfaces,
    // which are given back as they were, so only they (and the lists pass 1 adds to) are copied
    const pass1: Domain = {
      ...domain,
      devices: { ...domain.devices, interfaces: domain.devices.interfaces.map((i) => structuredClone(i)), controllers: [...domain.devices.controllers] },
    };
    const placeholders = new Set<Interface>();
    for (let n = 0; n < Math.min(plan.placeholders, MAX_PLACEHOLDERS); n++) {
      const p: Interface = { type: 'ethernet', target: { dev: `placeholder-${n}`, managed: 'no' }, model: req.placeholderModel };
      pass1.devices.interfaces.push(p);
      placeholders.add(p);
    }
    const problems = define(pass1);
    // a placeholder that does not fit is the slot-count annotation's doing when it set the count
    for (const p of problems) if (p.device && placeholders.has(p.device as Interface)) p.placeholders = plan.placeholders;
    if (problems.length) return problems;
    // the next define parses pass 1's dump: its controllers take the parser's order
    const interfaces = domain.devices.interfaces;
    domain.devices = { ...pass1.devices, interfaces, controllers: parseOrder(pass1.devices.controllers) };
    // pass 2 must succeed too before virt-launcher goes on. Its domain is pass 1's with the
    // placeholders dropped, so the port each interface had in pass 1 is free in it, and the last
    // define is the same domain with empty root ports added, which only ask for more slots: when
    // the last define succeeds, pass 2 did. So pass 2 is defined only when the last one fails,
    // to report its problems first, as virt-launcher meets them (a placement pass is about a
    // quarter of a cold render's placement: README, "Speed")
    if (plan.extraPorts > 0) pass2 = structuredClone(domain);
  } else if (plan.extraPorts > 0 && profile.readBackWithoutPlaceholders) {
    // main (d021b4c56e): define the converter's spec, read it back with libvirt's addresses and
    // controllers, then append the extra ports after the highest index
    const problems = define(domain);
    if (problems.length) return problems;
    domain.devices = { ...domain.devices, controllers: parseOrder(domain.devices.controllers) };
  }
  let next = domain.devices.controllers.filter((c) => c.type === 'pci').reduce((m, c) => Math.max(m, c.index), 0) + 1;
  for (let k = 0; k < plan.extraPorts && next <= MAX_EXTRA_PORT_INDEX; k++, next++) {
    // libvirt's parser files controllers by type and index, wherever they are in the XML
    insertController(domain.devices.controllers, { type: 'pci', index: next, model: 'pcie-root-port' });
  }
  const problems = define(domain);
  if (problems.length && pass2) {
    const pass2Problems = define(pass2);
    if (pass2Problems.length) return pass2Problems;
  }
  return problems;
}

/** libvirt's answer to a pcie-root-port on s390-ccw-virtio (verified on 9.0), with the launchers that ask it. */
function s390Refused(profile: LauncherProfile): PlacementProblem {
  return {
    kind: 'unstartable',
    message:
      `KubeVirt ${profile.release}'s virt-launcher appends pcie-root-port controllers for NIC hotplug to an s390x (s390-ccw-virtio) machine, which libvirt refuses ` +
      `("a PCI slot is needed to connect a PCI controller model='pcie-root-port', but none is available"): this VMI does not start on launchers ${releaseRanges(releasesWithoutArchGate())}`,
  };
}

/** libvirt's answer to a pcie-root-port on i440fx, with the launchers that ask it. */
function pcRefused(profile: LauncherProfile): PlacementProblem {
  return {
    kind: 'unstartable',
    message:
      `KubeVirt ${profile.release}'s virt-launcher appends pcie-root-port controllers for NIC hotplug to a pc (i440fx) machine, which libvirt refuses ` +
      `("a PCI slot is needed to connect a PCI controller model='pcie-root-port', but none is available"): this VMI does not start on launchers ${releaseRanges(releasesWithoutMachineGate())}`,
  };
}
