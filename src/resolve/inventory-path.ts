import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { HostInventory, HostPciDevice } from '../load/host-inventory.js';

/** What the host inventory says about a device's /dev/vhost-vdpa-N. */
export type InventoryPath = { found: true; path: string; pos: Position } | { found: false; report: () => void };

/**
 * The vhost-vdpa path of the vDPA device created on a PCI device, from the host inventory: the
 * fallback when the device plugin's _INFO left "vdpa" empty (facts.md §3, plugin PR #524).
 */
export function inventoryPath(inv: HostInventory, id: string, at: Position, diags: Diagnostics): InventoryPath {
  const dev = inv.byAddress.get(id);
  if (!dev) {
    return {
      found: false,
      report: () =>
        diags.error('DEVICE_NOT_IN_INVENTORY', `device ${id} is not in the host inventory ${inv.name}`, at, {
          help: 'the inventory must come from the node the launcher pod runs on: run vdpa-xml inventory there',
        }),
    };
  }
  return vdpaPathOf(dev, inv, diags);
}

/** The vhost-vdpa path of an inventory device, or why it has none. */
export function vdpaPathOf(dev: HostPciDevice, inv: HostInventory, diags: Diagnostics): InventoryPath {
  const id = dev.address.value;
  const v = dev.vdpa;
  if (!v) {
    return {
      found: false,
      report: () =>
        diags.error('DEVICE_NOT_IN_INVENTORY', `device ${id} has no vDPA device in the host inventory ${inv.name}`, dev.address.pos, {
          help: `create one and bind it to vhost_vdpa on the node: vdpa dev add name <name> mgmtdev pci/${id}`,
        }),
    };
  }
  const driver = v.driver?.value;
  if (driver === 'virtio_vdpa') {
    return {
      found: false,
      report: () =>
        diags.error('VDPA_VIRTIO_DRIVER', `vDPA device ${v.name} of ${id} is bound to virtio_vdpa`, v.driver!.pos, {
          help: 'a virtio_vdpa device becomes a netdev of the host kernel and has no /dev/vhost-vdpa-N for QEMU to open: bind it to vhost_vdpa',
        }),
    };
  }
  if (driver !== 'vhost_vdpa' || !v.path) {
    return {
      found: false,
      report: () =>
        diags.error('DEVICE_NOT_IN_INVENTORY', `vDPA device ${v.name} of ${id} has no /dev/vhost-vdpa-N in the host inventory ${inv.name}`, v.pos, {
          help: driver === 'vhost_vdpa' ? 'add its "path" (the vhost-vdpa-N under /sys/bus/vdpa/devices/<name>)' : `it is ${driver ? `bound to ${driver}` : 'not bound to a driver'}: bind it to vhost_vdpa`,
        }),
    };
  }
  return { found: true, path: v.path.value, pos: v.path.pos };
}
