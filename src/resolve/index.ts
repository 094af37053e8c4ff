// The resolve stage: interface -> network -> NAD -> resource -> device -> /dev/vhost-vdpa-N, from
// the device sources in their order of precedence (resolve/devices.ts).
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { effectiveBinding } from '../kubevirt/bindings.js';
import { nadRef } from '../kubevirt/nad-ref.js';
import type { LoadedInputs, Nad } from '../load/index.js';
import type { Vmi } from '../model/vmi.js';
import type { Options } from '../options.js';
import type { DevicePluginHost } from './device-plugin-devices.js';
import { simulateDevicePlugin } from './device-sources.js';
import { resolveDevices } from './devices.js';
import { findNad } from './nad-lookup.js';
import type { ResolvedDevice } from './types.js';
import { networkOf } from '../kubevirt/networks.js';

/** How far resolution got for a vdpa or sriov interface that has no device: the NAD its network names. */
export interface NadProgress {
  /** <namespace>/<name> */
  ref: string;
  nad?: Nad;
}

export interface Resolution {
  devices: Map<string, ResolvedDevice>;
  /** the simulated device plugin, when its config was given */
  devicePlugin?: DevicePluginHost;
  /** by interface name, for interfaces left without a device */
  unresolved: Map<string, NadProgress>;
}

export function resolve(vmi: Vmi, loaded: LoadedInputs, opts: Options, diags: Diagnostics): Resolution {
  const devicePlugin = simulateDevicePlugin(loaded, opts.resourcePrefix, diags);
  const devices = resolveDevices(
    {
      vmi,
      nads: loaded.nads,
      vdpaBindingName: opts.vdpaBindingName,
      ...(loaded.env ? { env: loaded.env } : {}),
      ...(loaded.networkStatus ? { networkStatus: loaded.networkStatus } : {}),
      ...(loaded.inventory ? { inventory: loaded.inventory } : {}),
      ...(devicePlugin ? { devicePlugin } : {}),
      ...(loaded.unusable ? { unusable: true } : {}),
    },
    diags,
  );
  const unresolved = new Map<string, NadProgress>();
  for (const iface of vmi.interfaces) {
    const kind = effectiveBinding(iface, opts.vdpaBindingName);
    if ((kind !== 'vdpa' && kind !== 'sriov') || devices.has(iface.name)) continue;
    const net = networkOf(vmi, iface.name);
    if (net?.source?.kind !== 'multus' || !net.source.networkName) continue;
    const ref = nadRef(net.source.networkName.value, vmi.namespace);
    const nad = findNad(loaded.nads, ref, vmi.namespace);
    unresolved.set(iface.name, { ref: `${ref.namespace}/${ref.name}`, ...(nad ? { nad } : {}) });
  }
  return { devices, unresolved, ...(devicePlugin ? { devicePlugin } : {}) };
}

export type { ResolvedDevice, Provenance } from './types.js';
export type { DevicePluginHost };
