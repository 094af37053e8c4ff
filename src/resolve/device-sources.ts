import { buildPools } from '../device-plugin/pools.js';
import { validateDevicePluginConfig } from '../device-plugin/validate-config.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { LoadedInputs } from '../load/index.js';
import type { DevicePluginHost } from './device-plugin-devices.js';

/**
 * The SR-IOV device plugin simulated on the host the inventory describes: its pools, and whether it
 * would start at all with that config (a config it refuses hands out nothing).
 */
export function simulateDevicePlugin(loaded: LoadedInputs, resourcePrefix: string, diags: Diagnostics): DevicePluginHost | undefined {
  const dp = loaded.devicePluginConfig;
  if (!dp) return undefined;
  const { config } = dp;
  const started = config !== undefined && validateDevicePluginConfig(config, resourcePrefix, diags) && loaded.inventory !== undefined;
  return {
    started,
    pools: config && loaded.inventory ? buildPools(config, loaded.inventory, resourcePrefix) : new Map(),
    configName: dp.name,
    configPos: dp.pos,
    inventoryName: loaded.inventory?.name ?? '',
  };
}
