import { formatPciAddress, type PciAddress } from '../model/pci-address.js';
import { busProperties, F, TYPES_ENDPOINT, TYPES_MASK, type BusModel } from './connect-flags.js';

export interface Bus {
  model: BusModel;
  flags: number;
  minSlot: number;
  maxSlot: number;
  /** per slot (32): bit i set, function i is in use. Numbers, not an object per slot: a render
   * makes a hundred buses or so over its placement passes, and every cold allocation counts */
  functions: number[];
  /** bit s set: slot s is one root ports share (multifunction) */
  aggregate: number;
}

export function newBus(model: BusModel): Bus {
  return { model, ...busProperties(model), functions: new Array<number>(32).fill(0), aggregate: 0 };
}

/**
 * The most buses a guest can have: PCI bus numbers are 8 bits, and libvirt refuses a PCI
 * controller index above 255.
 */
export const MAX_BUSES = 256;

/** Why libvirt would refuse the domain: the address pass failed. */
export class PciPlacementError extends Error {
  constructor(
    readonly kind: 'exhausted' | 'conflict',
    message: string,
    /** the address the failed rule was about, when it was one address (a device's own, or a fixed one it collides with) */
    readonly address?: PciAddress,
  ) {
    super(message);
  }
}

/**
 * The set of PCI buses and the slots in use on each: libvirt's virDomainPCIAddressSet
 * (src/conf/domain_addr.c). In a dry run, an address on a bus that does not exist, or running out
 * of slots, adds buses (virDomainPCIAddressSetGrow) so the caller learns which controllers the
 * domain needs; otherwise both are errors.
 */
export class PciAddressSet {
  readonly buses: Bus[] = [];
  /**
   * Per device flags, the bus and slot before which next() found nothing free for them. Slots only
   * fill up and buses are only appended, so what was not free stays not free: next() starts there
   * instead of at bus 0, and placing n devices looks at each slot about once, not n times.
   */
  private readonly searchFrom = new Map<number, { bus: number; slot: number }>();

  constructor(
    models: readonly BusModel[],
    readonly dryRun: boolean,
  ) {
    for (const m of models) this.buses.push(newBus(m));
  }

  slotInUse(bus: number, slot: number): boolean {
    return (this.buses[bus]?.functions[slot] ?? 0) !== 0;
  }

  inUse(a: PciAddress): boolean {
    const fns = this.buses[a.bus]?.functions[a.slot];
    return fns !== undefined && (fns & (1 << a.function)) !== 0;
  }

  /** Every slot of the bus has a function in use (virDomainPCIAddressBusIsFullyReserved). */
  isFullyReserved(bus: Bus): boolean {
    for (let s = bus.minSlot; s <= bus.maxSlot; s++) if (bus.functions[s] === 0) return false;
    return true;
  }

  /**
   * Whether a device may sit on a bus (virDomainPCIAddressFlagsCompatible). An address from the
   * configuration may put a conventional device on a PCIe slot and the reverse, and ignores
   * auto-assignment; a bridge from the configuration may go wherever a PCI device may.
   */
  static compatible(busFlags: number, devFlags: number, fromConfig: boolean): boolean {
    if (fromConfig) {
      if (busFlags & TYPES_ENDPOINT) busFlags |= TYPES_ENDPOINT;
      if (devFlags & F.PCI_BRIDGE) devFlags |= F.PCI_DEVICE;
    } else if (devFlags & F.AUTOASSIGN && !(busFlags & F.AUTOASSIGN)) {
      return false;
    }
    if (devFlags & F.HOTPLUGGABLE && !(busFlags & F.HOTPLUGGABLE)) return false;
    return (devFlags & busFlags & TYPES_MASK) !== 0;
  }

  /** Throws when the address is not on an existing, fitting bus and slot (virDomainPCIAddressValidate). */
  private validate(a: PciAddress, flags: number, fromConfig: boolean): void {
    // formatted only for a message: every reserve of every placement pass comes through here
    const at = (): string => formatPciAddress(a);
    if (this.buses.length === 0) throw new PciPlacementError('exhausted', 'the guest has no PCI bus');
    if (a.domain !== 0) throw new PciPlacementError('conflict', `guest PCI address ${at()}: only PCI domain 0 is available`, a);
    if (a.bus >= this.buses.length) {
      throw new PciPlacementError('conflict', `guest PCI address ${at()}: only PCI buses up to ${this.buses.length - 1} are available`, a);
    }
    const bus = this.buses[a.bus]!;
    if (!PciAddressSet.compatible(bus.flags, flags, fromConfig)) {
      throw new PciPlacementError('conflict', `guest PCI address ${at()}: the device cannot be plugged into the ${bus.model} controller with index ${a.bus}`, a);
    }
    if (bus.minSlot && a.slot < bus.minSlot) {
      throw new PciPlacementError('conflict', `guest PCI address ${at()}: slot must be >= ${bus.minSlot} on the ${bus.model} with index ${a.bus}`, a);
    }
    if (a.slot > bus.maxSlot) {
      throw new PciPlacementError('conflict', `guest PCI address ${at()}: slot must be <= ${bus.maxSlot} on the ${bus.model} with index ${a.bus}`, a);
    }
  }

  /**
   * Marks an address used (virDomainPCIAddressReserveAddrInternal); `a` is updated in place when a
   * dry run moves it to a bus it had to add (see grow). Throws when the address is not valid or
   * already in use.
   */
  reserve(a: PciAddress, flags: number, fromConfig: boolean): void {
    if (this.dryRun) this.grow(a, flags);
    this.validate(a, flags, fromConfig);
    const bus = this.buses[a.bus]!;
    const fns = bus.functions[a.slot]!;
    if (fns & (1 << a.function)) {
      throw new PciPlacementError('conflict', `guest PCI address ${formatPciAddress(a)} is already in use`, { ...a });
    }
    if (!fns && flags & F.AGGREGATE_SLOT) bus.aggregate |= 1 << a.slot;
    bus.functions[a.slot] = fns | (1 << a.function);
  }

  /**
   * The first free slot for a device, searching buses from 0 and slots upward; a device that may
   * aggregate (a root port) also takes a free function of a slot other root ports share
   * (virDomainPCIAddressGetNextAddr). A dry run adds a bus when nothing is free.
   */
  next(flags: number): PciAddress {
    const from = this.searchFrom.get(flags) ?? { bus: 0, slot: 0 };
    for (let b = from.bus; b < this.buses.length; b++) {
      const bus = this.buses[b]!;
      if (!PciAddressSet.compatible(bus.flags, flags, false)) continue;
      for (let slot = b === from.bus ? Math.max(bus.minSlot, from.slot) : bus.minSlot; slot <= bus.maxSlot; slot++) {
        const fns = bus.functions[slot]!;
        let fn = fns === 0 ? 0 : -1;
        if (fn < 0 && flags & F.AGGREGATE_SLOT && bus.aggregate & (1 << slot)) {
          for (let f = 0; f < 8 && fn < 0; f++) if (!(fns & (1 << f))) fn = f;
        }
        if (fn >= 0) {
          // the caller may only look (not reserve): the next search starts at this slot again
          this.searchFrom.set(flags, { bus: b, slot });
          return { domain: 0, bus: b, slot, function: fn };
        }
      }
    }
    this.searchFrom.set(flags, { bus: this.buses.length, slot: 0 });
    if (!this.dryRun) throw new PciPlacementError('exhausted', 'no more available PCI slots');
    const a: PciAddress = { domain: 0, bus: this.buses.length, slot: 0, function: 0 };
    this.grow(a, flags);
    a.slot = this.buses[a.bus]!.minSlot;
    return a;
  }

  /** Reserves and returns the next free address (virDomainPCIAddressReserveNextAddr). */
  reserveNext(flags: number): PciAddress {
    const a = this.next(flags);
    this.reserve(a, flags, false);
    return a;
  }

  /**
   * Adds buses up to `a.bus` of a model that gives the device a slot (virDomainPCIAddressSetGrow):
   * pcie-root-ports for PCIe devices; pci-bridges for conventional ones. When no bus takes a
   * pci-bridge yet (a pure PCIe guest), a pcie-root-port and a pcie-to-pci-bridge come first; the
   * root port then takes only the bridge, and when a single bus was asked for the device moves to
   * the bridge (its bus number goes up by one).
   */
  private grow(a: PciAddress, flags: number): void {
    let add = a.bus - this.buses.length + 1;
    if (add <= 0) return;
    let model: BusModel;
    let needBridge = false;
    if (flags & F.PCI_DEVICE) {
      model = 'pci-bridge';
      needBridge = !this.buses.some((b) => b.flags & F.PCI_BRIDGE);
      if (needBridge && add === 1) {
        add++;
        a.bus++;
      }
    } else if (flags & (F.PCIE_DEVICE | F.PCIE_SWITCH_UPSTREAM_PORT)) {
      model = 'pcie-root-port';
    } else if (flags & F.PCIE_ROOT_PORT) {
      throw new PciPlacementError('exhausted', 'pcie-root has no function left for another pcie-root-port: a q35 guest has room for about 230 root ports, one per PCIe device');
    } else {
      throw new PciPlacementError('exhausted', 'no PCI slot is left for a PCI controller, and libvirt cannot add a bus for it');
    }
    if (this.buses.length + add > MAX_BUSES) {
      throw new PciPlacementError('exhausted', `the guest would need ${this.buses.length + add} PCI buses, but it can have ${MAX_BUSES} at most`);
    }
    if (needBridge) {
      const port = newBus('pcie-root-port');
      port.flags = F.PCIE_TO_PCI_BRIDGE;
      this.buses.push(port, newBus('pcie-to-pci-bridge'));
      add -= 2;
    }
    for (let i = 0; i < add; i++) this.buses.push(newBus(model));
  }
}
