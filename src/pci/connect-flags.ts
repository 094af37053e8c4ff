// libvirt's PCI connection flags (src/conf/domain_addr.h, facts.md §5): what kind of slot a device
// needs and what kind of devices a bus accepts. Values are ours; only their combinations matter.
import type { PciControllerModel } from '../model/domain.js';

export const F = {
  PCI_DEVICE: 1 << 0,
  PCIE_DEVICE: 1 << 1,
  PCIE_ROOT_PORT: 1 << 2,
  PCIE_SWITCH_UPSTREAM_PORT: 1 << 3,
  PCIE_SWITCH_DOWNSTREAM_PORT: 1 << 4,
  DMI_TO_PCI_BRIDGE: 1 << 5,
  PCIE_TO_PCI_BRIDGE: 1 << 6,
  PCI_BRIDGE: 1 << 7,
  /** a bus whose slots can be hotplugged (every bus but pcie-root and dmi-to-pci-bridge) */
  HOTPLUGGABLE: 1 << 8,
  /** root ports share a slot, eight functions each (multifunction='on') */
  AGGREGATE_SLOT: 1 << 9,
  /** on a device: it is being given an address by libvirt; on a bus: libvirt may do so there */
  AUTOASSIGN: 1 << 10,
} as const;

export const TYPES_MASK =
  F.PCI_DEVICE | F.PCIE_DEVICE | F.PCIE_ROOT_PORT | F.PCIE_SWITCH_UPSTREAM_PORT | F.PCIE_SWITCH_DOWNSTREAM_PORT |
  F.DMI_TO_PCI_BRIDGE | F.PCIE_TO_PCI_BRIDGE | F.PCI_BRIDGE;

/** The endpoint kinds: a user-given address may put either kind on a bus that takes one of them. */
export const TYPES_ENDPOINT = F.PCI_DEVICE | F.PCIE_DEVICE;

/** A conventional PCI endpoint (virtio-transitional, e1000, rtl8139, vga, sata...): libvirt's pciFlags. */
export const PCI_ENDPOINT = F.PCI_DEVICE | F.AUTOASSIGN;
/** A PCI Express endpoint (virtio, e1000e, vdpa, hostdev...) on q35: libvirt's pcieFlags. */
export const PCIE_ENDPOINT = F.PCIE_DEVICE | F.AUTOASSIGN;

/** A PCI controller model is also the model of the bus it provides. */
export type BusModel = PciControllerModel;

export const BUS_MODELS: readonly BusModel[] = [
  'pci-root', 'pcie-root', 'pcie-root-port', 'pcie-to-pci-bridge', 'pci-bridge', 'dmi-to-pci-bridge',
  'pcie-switch-upstream-port', 'pcie-switch-downstream-port',
];

/**
 * What a bus of each controller model accepts downstream and which slots it has
 * (virDomainPCIAddressBusSetModel). pcie-root takes no auto-placed endpoint (no AUTOASSIGN) and
 * is not hotpluggable, so libvirt puts every endpoint behind a root port.
 */
export function busProperties(model: BusModel): { flags: number; minSlot: number; maxSlot: number } {
  switch (model) {
    case 'pci-root':
    case 'pci-bridge':
    case 'pcie-to-pci-bridge':
      return { flags: F.AUTOASSIGN | F.PCI_DEVICE | F.PCI_BRIDGE | F.HOTPLUGGABLE, minSlot: 1, maxSlot: 31 };
    case 'pcie-root':
      return { flags: F.PCIE_DEVICE | F.PCIE_ROOT_PORT | F.DMI_TO_PCI_BRIDGE, minSlot: 1, maxSlot: 31 };
    case 'dmi-to-pci-bridge':
      return { flags: F.PCI_DEVICE | F.PCI_BRIDGE, minSlot: 0, maxSlot: 31 };
    case 'pcie-root-port':
    case 'pcie-switch-downstream-port':
      return { flags: F.AUTOASSIGN | F.PCIE_DEVICE | F.PCIE_SWITCH_UPSTREAM_PORT | F.PCIE_TO_PCI_BRIDGE | F.HOTPLUGGABLE, minSlot: 0, maxSlot: 0 };
    case 'pcie-switch-upstream-port':
      return { flags: F.PCIE_SWITCH_DOWNSTREAM_PORT, minSlot: 0, maxSlot: 31 };
  }
}

/** The flags a PCI controller needs from the bus it plugs into (virDomainPCIControllerModelToConnectType). */
export function controllerConnectFlags(model: BusModel): number {
  switch (model) {
    case 'pcie-root-port':
      return F.PCIE_ROOT_PORT | F.AGGREGATE_SLOT;
    case 'pcie-to-pci-bridge':
      return F.PCIE_TO_PCI_BRIDGE;
    case 'pci-bridge':
      return F.PCI_BRIDGE;
    case 'dmi-to-pci-bridge':
      return F.DMI_TO_PCI_BRIDGE;
    case 'pcie-switch-upstream-port':
      return F.PCIE_SWITCH_UPSTREAM_PORT;
    case 'pcie-switch-downstream-port':
      return F.PCIE_SWITCH_DOWNSTREAM_PORT;
    case 'pci-root':
    case 'pcie-root':
      return 0;
  }
}

/** The <model name=.../> libvirt writes for each PCI controller model (qemuDomainPCIControllerSetDefaultModelName). */
export const CONTROLLER_MODEL_NAME: Partial<Record<BusModel, string>> = {
  'pcie-root-port': 'pcie-root-port',
  'pcie-to-pci-bridge': 'pcie-pci-bridge',
  'pci-bridge': 'pci-bridge',
  'dmi-to-pci-bridge': 'i82801b11-bridge',
  'pcie-switch-upstream-port': 'x3130-upstream',
  'pcie-switch-downstream-port': 'xio3130-downstream',
};

export function isBusModel(model: string | undefined): model is BusModel {
  return model !== undefined && (BUS_MODELS as readonly string[]).includes(model);
}
