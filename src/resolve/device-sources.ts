import { buildPools } from '../device-plugin/pools.js';
import { validateDevicePluginConfig } from '../device-plugin/validate-config.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { readDevicePluginConfig } from '../load/device-plugin-config.js';
import { readHostInventory, type HostInventory } from '../load/host-inventory.js';
import { readNetworkStatus, type NetworkStatus } from '../load/network-status.js';
import { positionAt, type Source } from '../source/source.js';
import type { DevicePluginHost } from './device-plugin-devices.js';

/** The texts of the inputs besides the env dump that can say which device an interface has. */
export interface DeviceSourceTexts {
  networkStatus?: Source;
  devicePluginConfig?: Source;
  hostDevices?: Source;
}

export interface DeviceSources {
  networkStatus?: NetworkStatus;
  inventory?: HostInventory;
  devicePlugin?: DevicePluginHost;
  /** an input was given but could not be used (already reported): a device it lacks is not reported again */
  unusable?: boolean;
}

/**
 * Reads network-status, the host inventory and the device-plugin config, and simulates the
 * plugin's pools on that host. A config without an inventory is reported: pools depend on the
 * host's devices.
 */
export function loadDeviceSources(texts: DeviceSourceTexts, resourcePrefix: string, diags: Diagnostics): DeviceSources {
  const out: DeviceSources = {};
  if (texts.networkStatus) {
    const ns = readNetworkStatus(texts.networkStatus, diags);
    if (ns) out.networkStatus = ns;
    else out.unusable = true;
  }
  if (texts.hostDevices) {
    const inv = readHostInventory(texts.hostDevices, diags);
    if (inv) out.inventory = inv;
    else out.unusable = true;
  }
  if (texts.devicePluginConfig) {
    const config = readDevicePluginConfig(texts.devicePluginConfig, diags);
    if (!texts.hostDevices) {
      diags.error('MISSING_INPUT', 'the device plugin config needs a host inventory: which devices it hands out depends on the host', positionAt(texts.devicePluginConfig, 0), {
        help: 'run vdpa-xml inventory on the node and pass its output with --host-devices (host-devices.json in a fixture directory)',
      });
    }
    const started = config !== undefined && validateDevicePluginConfig(config, resourcePrefix, diags) && out.inventory !== undefined;
    out.devicePlugin = {
      started,
      pools: config && out.inventory ? buildPools(config, out.inventory, resourcePrefix) : new Map(),
      configName: texts.devicePluginConfig.name,
      configPos: config?.pos ?? positionAt(texts.devicePluginConfig, 0),
      inventoryName: texts.hostDevices?.name ?? '',
    };
  }
  return out;
}
