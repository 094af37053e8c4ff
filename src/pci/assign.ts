import type { Controller, DeviceBase, Domain } from '../model/domain.js';
import { formatPciAddress, type PciAddress } from './address.js';
import { PciAddressSet } from './address-set.js';
import { CONTROLLER_MODEL_NAME, controllerConnectFlags, F, PCIE_ENDPOINT, PCI_ENDPOINT, type BusModel } from './connect-flags.js';
import { flagsOfExisting, pciDevicesInClassOrder } from './device-classes.js';
import { addImplicitControllers } from './implicit-controllers.js';

/** A problem placing devices; the caller turns it into a diagnostic at the VMI field at fault. */
export interface PlacementProblem {
  kind: 'exhausted' | 'conflict';
  message: string;
  device?: DeviceBase;
}

const pciAddressOf = (info: DeviceBase): PciAddress | undefined => (info.address?.type === 'pci' ? info.address.pci : undefined);

function pciControllers(domain: Domain): Controller[] {
  return domain.devices.controllers.filter((c) => c.type === 'pci').sort((a, b) => a.index - b.index);
}

function busModels(domain: Domain): BusModel[] {
  const ctrls = pciControllers(domain);
  const max = ctrls.reduce((m, c) => Math.max(m, c.index), 0);
  const models: BusModel[] = [];
  for (let i = 0; i <= max; i++) {
    const c = ctrls.find((x) => x.index === i);
    models.push((c?.model as BusModel | undefined) ?? (i === 0 ? (domain.machine === 'q35' ? 'pcie-root' : 'pci-root') : 'pcie-root-port'));
  }
  return models;
}

/**
 * Reserves the chipset's fixed slots and places the primary video and the implicit controllers
 * there (qemuDomainValidateDevicePCISlotsQ35 / PIIX3): q35 has LPC 00:1f.0, SATA 00:1f.2 and SMBus
 * 00:1f.3, the primary video at 00:01.0; pc has PIIX3 at 00:01.0-.3 (IDE at .1) and video at 00:02.0.
 */
function reserveChipset(domain: Domain, set: PciAddressSet, problems: PlacementProblem[]): void {
  const at = (slot: number, fn: number): PciAddress => ({ domain: 0, bus: 0, slot, function: fn });
  const placeFixed = (dev: DeviceBase | undefined, a: PciAddress): void => {
    if (dev && !dev.address) dev.address = { type: 'pci', pci: a };
  };
  const video = domain.devices.videos[0];
  if (domain.machine === 'q35') {
    placeFixed(domain.devices.controllers.find((c) => c.type === 'sata' && c.index === 0), at(0x1f, 2));
    set.reserve(at(0x1f, 0), PCIE_ENDPOINT);
    set.reserve(at(0x1f, 3), PCIE_ENDPOINT);
    if (video && !video.address && !set.slotInUse(0, 1)) {
      video.address = { type: 'pci', pci: at(1, 0) };
    }
  } else {
    placeFixed(domain.devices.controllers.find((c) => c.type === 'ide' && c.index === 0), at(1, 1));
    set.reserve(at(1, 0), PCI_ENDPOINT);
    set.reserve(at(1, 3), PCI_ENDPOINT);
    if (video && !video.address && !set.slotInUse(0, 2)) video.address = { type: 'pci', pci: at(2, 0) };
    else if (!video) set.reserve(at(2, 0), PCI_ENDPOINT);
  }
  void problems;
}

/** Reserves every address already set (user-given, or kept from an earlier pass). */
function collectExisting(domain: Domain, set: PciAddressSet, problems: PlacementProblem[]): void {
  const flags = flagsOfExisting(domain);
  const all: { info: DeviceBase; flags: number }[] = [
    ...pciControllers(domain).map((c) => ({ info: c as DeviceBase, flags: controllerConnectFlags(c.model as BusModel) })),
    ...domain.devices.controllers.filter((c) => c.type !== 'pci').map((c) => ({ info: c as DeviceBase, flags: flags.get(c) ?? PCIE_ENDPOINT })),
    ...[...flags.entries()].filter(([info]) => !domain.devices.controllers.includes(info as Controller)).map(([info, f]) => ({ info, flags: f })),
  ];
  for (const { info, flags: f } of all) {
    const a = pciAddressOf(info);
    if (!a) continue;
    if (set.inUse(a)) {
      problems.push({ kind: 'conflict', message: `guest PCI address ${formatPciAddress(a)} is already in use`, device: info });
      continue;
    }
    if (!set.reserve(a, f)) {
      problems.push({ kind: 'conflict', message: `guest PCI address ${formatPciAddress(a)} is on a bus the guest cannot have`, device: info });
    }
  }
}

/** Places every PCI device without an address, PCI controllers first, then the device classes. */
function assignAll(domain: Domain, set: PciAddressSet, problems: PlacementProblem[]): void {
  for (const c of pciControllers(domain)) {
    if (c.index === 0 || c.address) continue;
    place(set, c, controllerConnectFlags(c.model as BusModel), `${c.model} controller ${c.index}`, problems);
  }
  for (const p of pciDevicesInClassOrder(domain)) {
    if (!p.info.address) place(set, p.info, p.flags, p.what, problems);
  }
}

function place(set: PciAddressSet, info: DeviceBase, flags: number, what: string, problems: PlacementProblem[]): void {
  const a = set.reserveNext(flags);
  if (a) {
    info.address = { type: 'pci', pci: a };
  } else {
    problems.push({ kind: 'exhausted', message: `no PCI slot is left for the ${what.trim()}`, device: info });
  }
}

/**
 * libvirt's qemuDomainAssignPCIAddresses (facts.md §5): a dry run on a scratch copy finds how many
 * buses the devices need (growing pcie-root-ports, pcie-to-pci-bridges, pci-bridges), plus one spare
 * hotpluggable root port when the input named no PCI controller; those controllers are added; then
 * the real pass places controllers and devices in class order. Addresses already set are kept.
 * Mutates `domain`; returns the problems found.
 */
export function assignPciAddresses(domain: Domain): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  addImplicitControllers(domain);
  const maxIdx = pciControllers(domain).reduce((m, c) => Math.max(m, c.index), 0);

  // 1st pass: a dry run on a copy, only to learn which buses are needed
  const scratch = structuredClone(domain);
  const dry = new PciAddressSet(busModels(scratch), true);
  reserveChipset(scratch, dry, []);
  collectExisting(scratch, dry, []);
  assignAll(scratch, dry, []);
  // libvirt leaves one empty hotpluggable slot (a spare pcie-root-port on q35) when the input
  // named no PCI controller beyond the root
  if (maxIdx === 0) dry.reserveNext(domain.machine === 'q35' ? PCIE_ENDPOINT : PCI_ENDPOINT);
  for (let i = 1; i < dry.buses.length; i++) {
    if (domain.devices.controllers.some((c) => c.type === 'pci' && c.index === i)) continue;
    domain.devices.controllers.push({ type: 'pci', index: i, model: dry.buses[i]!.model });
  }
  sortControllers(domain);

  // 2nd pass: the real placement
  const set = new PciAddressSet(busModels(domain), false);
  reserveChipset(domain, set, problems);
  collectExisting(domain, set, problems);
  assignAll(domain, set, problems);
  finishControllers(domain);
  markMultifunction(domain);
  return problems;
}

/** libvirt keeps controllers grouped by type in first-seen order, and by index within a type. */
function sortControllers(domain: Domain): void {
  const order: string[] = [];
  for (const c of domain.devices.controllers) if (!order.includes(c.type)) order.push(c.type);
  domain.devices.controllers.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || a.index - b.index);
}

/** Fills what libvirt fills on PCI controllers: <model name>, root-port chassis/port, bridge chassisNr. */
function finishControllers(domain: Domain): void {
  for (const c of pciControllers(domain)) {
    const model = c.model as BusModel;
    const name = CONTROLLER_MODEL_NAME[model];
    if (name && !c.modelName) c.modelName = name;
    const a = pciAddressOf(c);
    if ((model === 'pcie-root-port' || model === 'pcie-switch-downstream-port') && a && !c.target) {
      c.target = { chassis: c.index, port: (a.slot << 3) + a.function };
    } else if (model === 'pci-bridge' && !c.target) {
      c.target = { chassisNr: c.index };
    }
  }
}

/** multifunction='on' on function 0 of every slot with more than one function in use (virDomainPCIAddressSetAllMulti). */
function markMultifunction(domain: Domain): void {
  const infos: DeviceBase[] = [
    ...domain.devices.controllers, ...domain.devices.interfaces, ...domain.devices.disks, ...domain.devices.hostdevs,
    ...domain.devices.videos, ...domain.devices.rngs, ...(domain.devices.memballoon ? [domain.devices.memballoon] : []),
  ];
  const slots = new Map<string, number>();
  for (const i of infos) {
    const a = pciAddressOf(i);
    if (a) slots.set(`${a.bus}:${a.slot}`, (slots.get(`${a.bus}:${a.slot}`) ?? 0) + 1);
  }
  for (const i of infos) {
    const a = pciAddressOf(i);
    if (a && a.function === 0 && (slots.get(`${a.bus}:${a.slot}`) ?? 0) > 1 && i.address?.type === 'pci') i.address.multifunction = true;
  }
}

export { F };
