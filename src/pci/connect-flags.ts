// libvirt's PCI connection flags (src/conf/domain_addr.h, facts.md §5): what kind of slot a device
// needs and what kind of devices a bus accepts.

export const F = {
  PCI_DEVICE: 1 << 0,
  PCIE_DEVICE: 1 << 1,
  PCIE_ROOT_PORT: 1 << 2,
  PCIE_SWITCH_UPSTREAM_PORT: 1 << 3,
  PCIE_SWITCH_DOWNSTREAM_PORT: 1 << 4,
  DMI_TO_PCI_BRIDGE: 1 << 5,
  PCIE_TO_PCI_BRIDGE: 1 << 6,
  PCI_BRIDGE: 1 << 7,
  HOTPLUGGABLE: 1 << 8,
  /** root ports share a slot, eight functions each (multifunction='on') */
  AGGREGATE_SLOT: 1 << 9,
  AUTOASSIGN: 1 << 10,
} as const;

export const TYPES_MASK =
  F.PCI_DEVICE | F.PCIE_DEVICE | F.PCIE_ROOT_PORT | F.PCIE_SWITCH_UPSTREAM_PORT | F.PCIE_SWITCH_DOWNSTREAM_PORT |
  F.DMI_TO_PCI_BRIDGE | F.PCIE_TO_PCI_BRIDGE | F.PCI_BRIDGE;

/** A conventional PCI endpoint (virtio-transitional, e1000, rtl8139, vga...). */
export const PCI_ENDPOINT = F.PCI_DEVICE | F.HOTPLUGGABLE;
/** A PCI Express endpoint (virtio-non-transitional, e1000e, igb, vdpa, hostdev...). */
export const PCIE_ENDPOINT = F.PCIE_DEVICE | F.HOTPLUGGABLE;

export type BusModel =
  | 'pci-root'
  | 'pcie-root'
  | 'pcie-root-port'
  | 'pcie-to-pci-bridge'
  | 'pci-bridge'
  | 'dmi-to-pci-bridge'
  | 'pcie-switch-upstream-port'
  | 'pcie-switch-downstream-port';

/** What a bus of each controller model accepts and which slots it has (virDomainPCIAddressBusSetModel). */
export function busProperties(model: BusModel): { flags: number; minSlot: number; maxSlot: number } {
  switch (model) {
    case 'pci-root':
      return { flags: F.AUTOASSIGN | F.HOTPLUGGABLE | F.PCI_DEVICE | F.PCI_BRIDGE, minSlot: 1, maxSlot: 31 };
    case 'pcie-root':
      // PCIe endpoints may sit here, but not hotpluggable ones: auto-placed endpoints go to root ports
      return { flags: F.AUTOASSIGN | F.PCIE_DEVICE | F.PCIE_ROOT_PORT | F.DMI_TO_PCI_BRIDGE, minSlot: 1, maxSlot: 31 };
    case 'pci-bridge':
    case 'pcie-to-pci-bridge':
      return { flags: F.AUTOASSIGN | F.HOTPLUGGABLE | F.PCI_DEVICE | F.PCI_BRIDGE, minSlot: 1, maxSlot: 31 };
    case 'dmi-to-pci-bridge':
      return { flags: F.AUTOASSIGN | F.PCI_DEVICE | F.PCI_BRIDGE, minSlot: 0, maxSlot: 31 };
    case 'pcie-root-port':
    case 'pcie-switch-downstream-port':
      return { flags: F.AUTOASSIGN | F.HOTPLUGGABLE | F.PCIE_DEVICE | F.PCIE_SWITCH_UPSTREAM_PORT | F.PCIE_TO_PCI_BRIDGE, minSlot: 0, maxSlot: 0 };
    case 'pcie-switch-upstream-port':
      return { flags: F.AUTOASSIGN | F.PCIE_SWITCH_DOWNSTREAM_PORT, minSlot: 0, maxSlot: 31 };
  }
}

/** The flags a PCI controller needs from the bus it plugs into. */
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
      return F.PCIE_SWITCH_DOWNSTREAM_PORT | F.AGGREGATE_SLOT;
    default:
      return 0;
  }
}

/** The <model name=.../> libvirt writes for each PCI controller model (the QEMU device). */
export const CONTROLLER_MODEL_NAME: Partial<Record<BusModel, string>> = {
  'pcie-root-port': 'pcie-root-port',
  'pcie-to-pci-bridge': 'pcie-pci-bridge',
  'pci-bridge': 'pci-bridge',
  'dmi-to-pci-bridge': 'i82801b11-bridge',
  'pcie-switch-upstream-port': 'x3130-upstream',
  'pcie-switch-downstream-port': 'xio3130-downstream',
};
