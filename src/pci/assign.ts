import type { Controller, DeviceBase, Domain } from '../model/domain.js';
import { samePciAddress, type PciAddress } from '../model/pci-address.js';
import { PciAddressSet, PciPlacementError } from './address-set.js';
import { CONTROLLER_MODEL_NAME, controllerConnectFlags, F, isBusModel, PCI_ENDPOINT, PCIE_ENDPOINT, type BusModel } from './connect-flags.js';
import { describeDevice, devicesInIterateOrder, hasPcieRoot, pciDevicesInClassOrder } from './device-classes.js';
import { addImplicitControllers } from './implicit-controllers.js';

/** A problem placing devices; the caller turns it into a diagnostic at the VMI field at fault. */
export interface PlacementProblem {
  /** unstartable: the modelled launcher itself makes a domain libvirt refuses */
  kind: 'exhausted' | 'conflict' | 'unstartable';
  message: string;
  /** the device being placed when the rule failed */
  device?: DeviceBase;
  /** the one address the rule was about, when it was one */
  address?: PciAddress;
  /** set when the device was a hotplug placeholder interface: how many the launcher adds */
  placeholders?: number;
}

const pciAddressOf = (info: DeviceBase): PciAddress | undefined => (info.address?.type === 'pci' ? info.address.pci : undefined);
const at = (slot: number, fn: number): PciAddress => ({ domain: 0, bus: 0, slot, function: fn });

function pciControllers(domain: Domain): Controller[] {
  return domain.devices.controllers.filter((c) => c.type === 'pci');
}

/** The PCI controllers by index (the first of an index, as a search finds it), for lookups per bus. */
function pciControllersByIndex(domain: Domain): Map<number, Controller> {
  const m = new Map<number, Controller>();
  for (const c of pciControllers(domain)) if (!m.has(c.index)) m.set(c.index, c);
  return m;
}

function isRoot(model: string | undefined): boolean {
  return model === 'pci-root' || model === 'pcie-root';
}

/** The device libvirt was working on when placement failed, for the message's location. */
interface Cursor {
  device?: DeviceBase;
}

/**
 * A fresh address set with a bus per PCI controller index (qemuDomainPCIAddressSetCreate), then
 * every address the domain already has reserved, in libvirt's device walk order
 * (qemuDomainCollectPCIAddress). In a dry run an address on a missing bus adds buses and may
 * itself move (see PciAddressSet.grow), exactly as in libvirt.
 */
function createSet(domain: Domain, nbuses: number, dryRun: boolean, cur: Cursor): PciAddressSet {
  const models: BusModel[] = [];
  const defaultModel: BusModel = hasPcieRoot(domain) ? 'pcie-root-port' : 'pci-bridge';
  const byIndex = pciControllersByIndex(domain);
  for (let i = 0; i < nbuses; i++) {
    const c = byIndex.get(i);
    models.push(c && isBusModel(c.model) ? c.model : i === 0 ? 'pci-root' : defaultModel);
  }
  const set = new PciAddressSet(models, dryRun);
  const controllers = new Set<DeviceBase>(domain.devices.controllers);
  for (const p of devicesInIterateOrder(domain)) {
    const a = pciAddressOf(p.info);
    if (!a) continue;
    // the PIIX3 IDE and USB functions are reserved with the chipset
    const c = p.info as Controller;
    if (a.bus === 0 && a.slot === 1 && controllers.has(c) && c.index === 0 &&
      ((c.type === 'ide' && a.function === 1) || (c.type === 'usb' && (c.model === undefined || c.model === 'piix3-uhci') && a.function === 2))) continue;
    cur.device = p.info;
    set.reserve(a, p.flags || F.PCI_DEVICE, true);
  }
  return set;
}

/**
 * The chipset's fixed slots (qemuDomainValidateDevicePCISlotsQ35 / PIIX3; none on virt): q35 has the SATA
 * controller 0 at 00:1f.2 (given its address, always), LPC 00:1f.0 and SMBus 00:1f.3, and the
 * primary video at 00:01.0 and an ich9 sound device at 00:1b.0; pc has PIIX3 at 00:01.0-.3 (IDE at .1) and the primary video at
 * 00:02.0. A video whose slot is taken gets the next free one.
 */
function reserveChipset(domain: Domain, set: PciAddressSet, cur: Cursor): void {
  // arm64's virt has no chipset devices on pcie.0 and no fixed video slot: libvirt places its
  // video (virtio-gpu) in class order (qemuDomainValidateDevicePCISlots* are for i440fx and q35)
  if (domain.machine === 'virt') return;
  const q35 = domain.machine === 'q35';
  const fixedFlags = q35 ? F.PCIE_DEVICE : PCI_ENDPOINT;
  for (const c of domain.devices.controllers) {
    const fixed = q35 ? (c.type === 'sata' && c.index === 0 ? at(0x1f, 2) : undefined) : c.type === 'ide' && c.index === 0 ? at(1, 1) : undefined;
    if (!fixed) continue;
    cur.device = c;
    const a = pciAddressOf(c);
    if (a && !samePciAddress(a, fixed)) {
      throw new PciPlacementError('conflict', `the ${c.type} controller ${c.index} must have PCI address 0000:00:${fixed.slot.toString(16).padStart(2, '0')}.${fixed.function}`);
    }
    if (!a) c.address = { type: 'pci', pci: fixed };
    if (!q35) set.reserve({ ...fixed }, fixedFlags, true);
  }
  cur.device = undefined;
  if (q35) {
    set.reserve(at(0x1f, 0), fixedFlags, true);
    set.reserve(at(0x1f, 3), fixedFlags, true);
  } else {
    set.reserve(at(1, 0), fixedFlags, true);
    set.reserve(at(1, 3), fixedFlags, true);
  }
  const video = domain.devices.videos[0];
  if (video && !video.address) {
    cur.device = video;
    const slot = q35 ? 1 : 2;
    if (set.slotInUse(0, slot)) {
      const a = set.reserveNext(PCI_ENDPOINT);
      if (!set.dryRun) video.address = { type: 'pci', pci: a };
    } else {
      set.reserve(at(slot, 0), fixedFlags, true);
      video.address = { type: 'pci', pci: at(slot, 0) };
    }
  }
  // qemuDomainValidateDevicePCISlotsQ35: the first ich9 sound device gets 00:1b.0, where the real
  // chipset has its audio (verified on libvirt 9.0)
  const sound = q35 ? domain.devices.sounds.find((x) => x.model === 'ich9' && !x.address) : undefined;
  if (sound && !set.slotInUse(0, 0x1b)) {
    cur.device = sound;
    set.reserve(at(0x1b, 0), fixedFlags, true);
    sound.address = { type: 'pci', pci: at(0x1b, 0) };
  }
  cur.device = undefined;
}

/**
 * Places every device without an address (qemuDomainAssignDevicePCISlots): the PCI controllers
 * first, then the device classes in libvirt's order. A dry run only reserves.
 */
function assignDevices(domain: Domain, set: PciAddressSet, cur: Cursor): void {
  const place = (info: DeviceBase, flags: number): void => {
    cur.device = info;
    const a = set.reserveNext(flags);
    if (!set.dryRun) info.address = { type: 'pci', pci: a };
  };
  for (const c of pciControllers(domain)) {
    if (isRoot(c.model) || c.address || !isBusModel(c.model)) continue;
    place(c, controllerConnectFlags(c.model));
  }
  for (const p of pciDevicesInClassOrder(domain)) {
    if (!p.info.address) place(p.info, p.flags);
  }
}

/**
 * libvirt's qemuDomainAssignPCIAddresses (facts.md §5), run the way `virsh define` runs it:
 *  1. the controllers libvirt adds when parsing (implicit-controllers.ts);
 *  2. a dry run on the domain learns how many buses the devices need: it grows pcie-root-ports,
 *     pcie-to-pci-bridges and pci-bridges; pc reserves one slot for a future bridge first; on q35,
 *     when the input named no PCI controller beyond the root and buses had to be added, one more
 *     empty root port is left for hotplug; a PCI controller is added for every new bus;
 *  3. the real pass places controllers and devices in class order;
 *  4. multifunction='on' where a slot has several functions, <model name>, chassis and port.
 * Addresses already set are kept. Mutates `domain`; returns the problems found (libvirt would
 * refuse the domain), never a wrong address.
 */
export function assignPciAddresses(domain: Domain): PlacementProblem[] {
  const cur: Cursor = {};
  try {
    addImplicitControllers(domain);
    const maxIdx = pciControllers(domain).reduce((m, c) => Math.max(m, c.index), -1);
    const q35 = hasPcieRoot(domain);

    // dry run: which buses are needed
    const dry = createSet(domain, maxIdx + 1, true, cur);
    reserveChipset(domain, dry, cur);
    cur.device = undefined;
    if (!q35 && dry.buses.some((b) => !dry.isFullyReserved(b))) dry.reserveNext(PCI_ENDPOINT);
    assignDevices(domain, dry, cur);
    cur.device = undefined;
    if (maxIdx <= 0 && dry.buses.length > maxIdx + 1 && q35) dry.reserveNext(PCIE_ENDPOINT);
    const given = pciControllersByIndex(domain);
    for (let i = 1; i < dry.buses.length; i++) {
      if (given.has(i)) continue;
      const model = dry.buses[i]!.model;
      domain.devices.controllers.push({ type: 'pci', index: i, model });
      if (!isRoot(model)) dry.reserveNext(controllerConnectFlags(model));
    }

    // the real pass
    const set = createSet(domain, dry.buses.length, false, cur);
    reserveChipset(domain, set, cur);
    assignDevices(domain, set, cur);
    cur.device = undefined;
    markMultifunction(domain);
    finishControllers(domain, cur);
    return [];
  } catch (e) {
    if (!(e instanceof PciPlacementError)) throw e;
    const what = cur.device ? describeDevice(domain, cur.device) : undefined;
    const problem: PlacementProblem = { kind: e.kind, message: what ? `${what}: ${e.message}` : e.message };
    if (cur.device) problem.device = cur.device;
    if (e.address) problem.address = e.address;
    return [problem];
  }
}

/**
 * Fills what libvirt fills on PCI controllers: <model name>, root-port chassis/port, bridge
 * chassisNr; a pci-bridge must sit on a bus below its own index.
 */
function finishControllers(domain: Domain, cur: Cursor): void {
  for (const c of pciControllers(domain)) {
    if (!isBusModel(c.model)) continue;
    const name = CONTROLLER_MODEL_NAME[c.model];
    if (name && !c.modelName) c.modelName = name;
    const a = pciAddressOf(c);
    if (!a) continue;
    if (c.model === 'pcie-root-port' && !c.target) {
      c.target = { chassis: c.index, port: (a.slot << 3) + a.function };
    } else if (c.model === 'pcie-switch-downstream-port' && !c.target) {
      c.target = { chassis: c.index, port: a.slot };
    } else if (c.model === 'pci-bridge') {
      if (!c.target) c.target = { chassisNr: c.index };
      if (c.index <= a.bus) {
        cur.device = c;
        throw new PciPlacementError('conflict', `the pci-bridge with index ${c.index} sits on bus ${a.bus}, but its index must be larger than its bus`);
      }
    }
  }
}

/**
 * multifunction='on' on the device at function 0 of every slot where another function is in use
 * (virDomainPCIAddressSetAllMulti).
 */
function markMultifunction(domain: Domain): void {
  const infos = devicesInIterateOrder(domain).map((p) => p.info);
  const multi = new Set<string>();
  for (const i of infos) {
    const a = pciAddressOf(i);
    if (a && a.function !== 0) multi.add(`${a.bus}:${a.slot}`);
  }
  for (const i of infos) {
    const a = pciAddressOf(i);
    if (a && a.function === 0 && multi.has(`${a.bus}:${a.slot}`) && i.address?.type === 'pci') i.address.multifunction = true;
  }
}

