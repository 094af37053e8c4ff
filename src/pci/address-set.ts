import type { PciAddress } from './address.js';
import { busProperties, F, TYPES_MASK, type BusModel } from './connect-flags.js';

interface Slot {
  /** bit i set: function i is in use */
  functions: number;
  /** a slot root ports share (multifunction) */
  aggregate: boolean;
}

export interface Bus {
  model: BusModel;
  flags: number;
  minSlot: number;
  maxSlot: number;
  slots: Slot[];
}

function newBus(model: BusModel): Bus {
  const p = busProperties(model);
  return { model, ...p, slots: Array.from({ length: 32 }, () => ({ functions: 0, aggregate: false })) };
}

/** PCI buses can number 0..255 (bus numbers are 8 bits). */
export const MAX_BUSES = 256;

/**
 * The set of PCI buses and the slots in use on each: libvirt's virDomainPCIAddressSet. In a dry
 * run, running out of slots adds a bus (virDomainPCIAddressSetGrow) so the caller learns which
 * controllers the domain needs; otherwise it fails.
 */
export class PciAddressSet {
  readonly buses: Bus[] = [];

  constructor(
    models: readonly BusModel[],
    readonly dryRun: boolean,
    /** q35's QEMU has pcie-to-pci-bridge; a conventional device then gets root port + bridge */
    private readonly pcieToPciBridge = true,
  ) {
    for (const m of models) this.buses.push(newBus(m));
  }

  setModel(bus: number, model: BusModel): void {
    const slots = this.buses[bus]?.slots;
    this.buses[bus] = newBus(model);
    if (slots) this.buses[bus]!.slots = slots;
  }

  inUse(a: PciAddress): boolean {
    const s = this.buses[a.bus]?.slots[a.slot];
    return !!s && (s.functions & (1 << a.function)) !== 0;
  }

  slotInUse(bus: number, slot: number): boolean {
    return (this.buses[bus]?.slots[slot]?.functions ?? 0) !== 0;
  }

  /**
   * Marks an address used. A dry run grows the set when the address is on a bus that does not
   * exist yet (libvirt adds controllers up to a user-given bus).
   */
  reserve(a: PciAddress, flags: number): boolean {
    if (a.bus >= this.buses.length) {
      if (!this.dryRun || !this.grow(a.bus, flags)) return false;
    }
    const s = this.buses[a.bus]!.slots[a.slot]!;
    s.functions |= 1 << a.function;
    if (flags & F.AGGREGATE_SLOT) s.aggregate = true;
    return true;
  }

  /** Whether a device with these flags may be auto-placed on a bus (virDomainPCIAddressFlagsCompatible). */
  private compatible(bus: Bus, flags: number): boolean {
    if (!(bus.flags & F.AUTOASSIGN)) return false;
    if (!(bus.flags & flags & TYPES_MASK)) return false;
    if (flags & F.HOTPLUGGABLE && !(bus.flags & F.HOTPLUGGABLE)) return false;
    return true;
  }

  /**
   * The first free address for a device, searching buses from 0 and slots upward; an aggregate
   * device may also take a free function of a slot other aggregate devices share
   * (virDomainPCIAddressGetNextAddr). In a dry run, grows a bus when nothing is free.
   */
  next(flags: number): PciAddress | undefined {
    for (let b = 0; b < this.buses.length; b++) {
      const bus = this.buses[b]!;
      if (!this.compatible(bus, flags)) continue;
      for (let slot = bus.minSlot; slot <= bus.maxSlot; slot++) {
        const s = bus.slots[slot]!;
        if (s.functions === 0) return { domain: 0, bus: b, slot, function: 0 };
        if (flags & F.AGGREGATE_SLOT && s.aggregate) {
          for (let fn = 0; fn < 8; fn++) if (!(s.functions & (1 << fn))) return { domain: 0, bus: b, slot, function: fn };
        }
      }
    }
    if (!this.dryRun) return undefined;
    const first = this.buses.length;
    if (!this.grow(first, flags)) return undefined;
    // the device takes the first slot of the last bus added (the bridge, when one was needed)
    const b = this.buses.length - 1;
    return { domain: 0, bus: b, slot: this.buses[b]!.minSlot, function: 0 };
  }

  /** Reserves and returns the next free address. */
  reserveNext(flags: number): PciAddress | undefined {
    const a = this.next(flags);
    if (a && this.reserve(a, flags)) return a;
    return undefined;
  }

  /**
   * Adds buses up to `bus` with a model that accepts `flags` (virDomainPCIAddressSetGrow): a
   * pcie-root-port for PCIe devices; for a conventional device on q35 with no bus that takes a
   * pci-bridge yet, a pcie-root-port plus a pcie-to-pci-bridge first; pci-bridges after that.
   */
  private grow(bus: number, flags: number): boolean {
    let add = bus - this.buses.length + 1;
    if (add <= 0) return true;
    let model: BusModel;
    const prefix: BusModel[] = [];
    if (flags & F.PCI_DEVICE) {
      model = 'pci-bridge';
      if (this.buses[0]?.model === 'pcie-root' && !this.buses.some((b) => b.flags & F.PCI_BRIDGE)) {
        if (this.pcieToPciBridge) prefix.push('pcie-root-port', 'pcie-to-pci-bridge');
        else prefix.push('dmi-to-pci-bridge');
        if (add === 1) add = prefix.length === 2 ? 2 : 2;
      }
    } else if (flags & F.PCI_BRIDGE && this.buses[0]?.model === 'pcie-root') {
      model = 'dmi-to-pci-bridge';
    } else if (flags & (F.PCIE_DEVICE | F.PCIE_SWITCH_UPSTREAM_PORT | F.PCIE_TO_PCI_BRIDGE)) {
      model = this.buses[0]?.model === 'pcie-root' ? 'pcie-root-port' : 'pci-bridge';
    } else {
      return false;
    }
    if (this.buses.length + add > MAX_BUSES) return false;
    const models: BusModel[] = [];
    for (const p of prefix) if (models.length < add) models.push(p);
    while (models.length < add) models.push(model);
    for (const m of models) this.buses.push(newBus(m));
    return true;
  }
}
