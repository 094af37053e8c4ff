import type { DeviceSelector, DevicePluginConfig, ResourceConfig } from '../load/device-plugin-config.js';
import type { HostInventory, HostPciDevice } from '../load/host-inventory.js';
import { selectorMatches } from './selectors.js';
import { fullResourceName } from './validate-config.js';

/** A device in a resource's pool, with the selector that took it (it decides vdpa and vhost-net info). */
export interface PoolDevice {
  device: HostPciDevice;
  selector: DeviceSelector;
}

/** What the plugin would advertise for one resource of its config. */
export interface ResourcePool {
  /** <prefix>/<resourceName> */
  resource: string;
  config: ResourceConfig;
  deviceType: string;
  /** in PCI address order: the order vdpa-xml hands them to interfaces */
  devices: PoolDevice[];
  /** devices a selector of this resource matched that an earlier resource already owns */
  ownedElsewhere: { device: HostPciDevice; owner: string }[];
}

/**
 * The plugin's resource pools on a host (cmd/sriovdp/manager.go initServers): resources in config
 * order, selectors in order, and a device belongs to the first resource whose selector matches it
 * (excludeAllocatedDevices). Only netDevice pools hold devices here: the inventory lists network
 * PCI devices, so accelerator and auxNetDevice pools stay empty.
 */
export function buildPools(config: DevicePluginConfig, inventory: HostInventory, defaultPrefix: string): Map<string, ResourcePool> {
  const candidates = [...inventory.devices].filter(isServable).sort((a, b) => (a.address.value < b.address.value ? -1 : a.address.value > b.address.value ? 1 : 0));
  const owner = new Map<string, string>();
  const pools = new Map<string, ResourcePool>();
  for (const rc of config.resources) {
    const resource = fullResourceName(rc, defaultPrefix);
    const deviceType = rc.deviceType?.value ?? 'netDevice';
    const pool: ResourcePool = { resource, config: rc, deviceType, devices: [], ownedElsewhere: [] };
    pools.set(resource, pool);
    if (deviceType !== 'netDevice') continue;
    for (const selector of rc.selectors) {
      for (const device of candidates) {
        if (!selectorMatches(selector, device)) continue;
        const taken = owner.get(device.address.value);
        if (taken === undefined) {
          owner.set(device.address.value, resource);
          pool.devices.push({ device, selector });
        } else if (taken !== resource && !pool.ownedElsewhere.some((o) => o.device === device)) {
          pool.ownedElsewhere.push({ device, owner: taken });
        }
      }
    }
    pool.devices.sort((a, b) => (a.device.address.value < b.device.address.value ? -1 : 1));
  }
  return pools;
}

/**
 * Devices the plugin can offer at all (pkg/netdevice AddTargetDevices, NewPciNetDevice): not a PF
 * whose VFs are configured (sriov_numvfs > 0), and bound to some driver.
 */
function isServable(d: HostPciDevice): boolean {
  return !(d.sriovNumVfs !== undefined && d.sriovNumVfs > 0) && d.driver !== undefined && d.driver !== '';
}
