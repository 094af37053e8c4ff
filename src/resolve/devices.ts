import { effectiveBinding } from '../kubevirt/bindings.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { EnvDump } from '../load/env.js';
import type { HostInventory } from '../load/host-inventory.js';
import type { Nad } from '../load/nad.js';
import type { NetworkStatus, NetworkStatusEntry } from '../load/network-status.js';
import type { Vmi, VmiInterface, VmiNetwork } from '../model/vmi.js';
import type { Located } from '../source/ynode.js';
import { parsePciAddress } from '../model/pci-address.js';
import { DevicePluginAllocator, type DevicePluginHost } from './device-plugin-devices.js';
import { EnvPools, envMount, type EnvMount } from './env-devices.js';
import { pciDeviceEnvName, resourceNameEnvName } from './env-resources.js';
import { inventoryPath, vdpaPathOf, type InventoryPath } from './inventory-path.js';
import { nadRef } from '../kubevirt/nad-ref.js';
import { findNad } from './nad-lookup.js';
import { statusDevice, type StatusDevice } from './network-status-device.js';
import { expectedEntryName, matchNetworkStatus } from './network-status-match.js';
import type { Provenance, ResolvedDevice } from './types.js';
import { OnceReporter } from './once-reporter.js';
import { HOW_TO_GET_A_PATH } from './vdpa-path.js';
import type { PoolDevice } from '../device-plugin/pools.js';
import { input } from '../options.js';

export interface ResolveInputs {
  vmi: Vmi;
  nads: readonly Nad[];
  env?: EnvDump;
  networkStatus?: NetworkStatus;
  inventory?: HostInventory;
  devicePlugin?: DevicePluginHost;
  /** a device input could not be read (already reported): missing devices are not reported again */
  unusable?: boolean;
  vdpaBindingName: string;
}

/** A vdpa or sriov interface on its way to a device. */
interface Need {
  iface: VmiInterface;
  kind: 'vdpa' | 'sriov';
  net: VmiNetwork;
  networkName: Located<string>;
  refText: string;
  nad?: Nad;
  resource?: string;
  /** where the resource name was read (the NAD annotation or the env line) */
  resourcePos?: Position;
  status?: StatusDevice;
  /** the network-status entry of the network, when one matched */
  entry?: NetworkStatusEntry;
  /** why network-status did not give the device, when it was passed */
  statusMissing?: string;
}

interface PickedDevice {
  id: string;
  from: Provenance;
  pool?: PoolDevice;
}

interface Context {
  inp: ResolveInputs;
  diags: Diagnostics;
  once: OnceReporter;
  envPools?: EnvPools;
  plugin?: DevicePluginAllocator;
}

/**
 * Resolves each vdpa and sriov interface to a host device (facts.md §2-§4) from what was passed,
 * in this order of precedence: the pod's network-status (or KubeVirt's network-info), the env
 * dump (PCIDEVICE_<RESOURCE> taken in list order by the interfaces sharing the resource, and
 * PCIDEVICE_<RESOURCE>_INFO for the vdpa mount), then the device plugin simulated over a host
 * inventory. A vdpa path the chosen source lacks is looked up in the next one; network-status and
 * the env dump must agree where both speak.
 */
export function resolveDevices(inp: ResolveInputs, diags: Diagnostics): Map<string, ResolvedDevice> {
  const out = new Map<string, ResolvedDevice>();
  const ctx: Context = { inp, diags, once: new OnceReporter(diags) };
  if (inp.env) ctx.envPools = new EnvPools(inp.env, diags, ctx.once);
  if (inp.devicePlugin) ctx.plugin = new DevicePluginAllocator(inp.devicePlugin, diags, ctx.once);
  const needs = collectNeeds(inp);
  const matches = inp.networkStatus ? matchNetworkStatus(inp.vmi, inp.networkStatus, needs.map((n) => n.net), diags) : new Map();

  // network-status devices are placed first, so interfaces taking devices in order skip them
  const ready: Need[] = [];
  for (const need of needs) {
    const m = matches.get(need.net.name);
    if (m === 'ambiguous') continue;
    if (m) need.entry = m;
    if (inp.networkStatus) {
      const r = m ? statusDevice(m, need.kind, inp.networkStatus, need.net.name, diags) : 'absent';
      if (r === 'reported') continue;
      if (r === 'absent') need.statusMissing = m ? `the entry of network '${need.net.name}' in ${inp.networkStatus.origin} has no device-info` : `${inp.networkStatus.origin} has no entry for network '${need.net.name}' (${expectedEntryName(inp.vmi, inp.networkStatus, need.net)})`;
      else need.status = r;
    }
    if (!resolveResource(need, inp, ctx)) continue;
    if (need.status) {
      if (need.resource) ctx.envPools?.claim(need.resource, need.status.id.value);
      ctx.plugin?.claim(need.status.id.value);
    }
    ready.push(need);
  }

  for (const need of ready) {
    const device = pickDevice(need, ctx);
    if (!device) continue;
    const resolved: ResolvedDevice = {
      kind: need.kind === 'vdpa' ? 'vdpa' : 'hostdev',
      interfaceName: need.iface.name,
      nadRef: need.refText,
      deviceId: device.id,
      hostAddress: parsePciAddress(device.id)!,
      deviceFrom: device.from,
    };
    if (need.resource !== undefined) resolved.resource = need.resource;
    if (need.resourcePos) resolved.resourceFrom = { source: need.nad ? 'nad' : 'env', pos: need.resourcePos };
    if (need.nad) resolved.nad = need.nad;
    if (need.entry?.mac) resolved.podMac = { value: need.entry.mac.value, from: { source: inp.networkStatus!.form, pos: need.entry.mac.pos } };
    if (need.kind === 'vdpa') {
      const path = pickPath(need, device, ctx);
      if (!path) continue;
      resolved.path = path.path;
      resolved.pathFrom = path.from;
    }
    out.set(need.iface.name, resolved);
  }
  return out;
}

function collectNeeds(inp: ResolveInputs): Need[] {
  const needs: Need[] = [];
  for (const iface of inp.vmi.interfaces) {
    const kind = effectiveBinding(iface, inp.vdpaBindingName);
    if (kind !== 'vdpa' && kind !== 'sriov') continue;
    if (iface.state?.value === 'absent') continue;
    const net = inp.vmi.networks.find((n) => n.name === iface.name);
    if (net?.source?.kind !== 'multus' || !net.source.networkName) continue; // reported by validation
    const networkName = net.source.networkName;
    const ref = nadRef(networkName.value, inp.vmi.namespace);
    needs.push({ iface, kind, net, networkName, refText: `${ref.namespace}/${ref.name}` });
  }
  return needs;
}

/**
 * network -> NAD -> resourceName (KUBEVIRT_RESOURCE_NAME_<network> must agree, and stands in for a
 * NAD that was not given). A device named by network-status needs neither. False when reported.
 */
function resolveResource(need: Need, inp: ResolveInputs, ctx: Context): boolean {
  const { vmi } = inp;
  const { diags, once } = ctx;
  const ref = nadRef(need.networkName.value, vmi.namespace);
  const nad = findNad(inp.nads, ref, vmi.namespace);
  const envResource = inp.env?.vars.get(resourceNameEnvName(need.net.name));
  if (!nad) {
    // the env dump stands in for the NAD only when no NAD was given at all: with NADs given, a
    // network naming one that is not among them is a mistake (a mistyped networkName) the env
    // must not hide
    if (envResource && inp.nads.length === 0) {
      need.resource = envResource.value;
      need.resourcePos = envResource.pos;
      if (!once.seen(`env-resource:${need.net.name}`)) {
        diags.warn('RESOURCE_FROM_ENV', `no NetworkAttachmentDefinition was given: network '${need.net.name}' takes resource ${envResource.value} from ${envResource.key} in the env dump`, need.networkName.pos, {
          help: `launchers up to KubeVirt 1.6 set ${envResource.key}; pass the NAD (${input('nad')}) to check the network against it`,
        });
      }
      return true;
    }
    if (need.status && inp.nads.length === 0) return true;
    if (once.seen(`nad-missing:${need.refText}`, { message: `network '${need.net.name}' names it too`, pos: need.networkName.pos })) return false;
    const elsewhere = inp.nads.filter((n) => n.name === ref.name);
    diags.error('NAD_NOT_FOUND', `network '${need.net.name}' names NetworkAttachmentDefinition ${need.refText}, which is not in the inputs`, need.networkName.pos, {
      help: elsewhere.length
        ? `a NAD '${ref.name}' was given in namespace ${elsewhere.map((n) => n.namespace ?? vmi.namespace).join(', ')}: write networkName: <namespace>/${ref.name}`
        : `pass it with ${input('nad')} (kubectl get network-attachment-definitions -n ${ref.namespace} ${ref.name} -o yaml)`,
    });
    return false;
  }
  need.nad = nad;
  if (!nad.resourceName) {
    if (once.seen(`nad:${need.refText}`, { message: `interface '${need.iface.name}' needs a device through it too`, pos: need.iface.binding!.pos })) return false;
    diags.error('NAD_NO_RESOURCE', `NetworkAttachmentDefinition ${need.refText} has no k8s.v1.cni.cncf.io/resourceName annotation`, nad.pos, {
      help: `a ${need.kind} interface takes a device from a device-plugin resource: annotate the NAD with k8s.v1.cni.cncf.io/resourceName: <prefix>/<resource>`,
      related: [{ message: `interface '${need.iface.name}' needs a device through it`, pos: need.iface.binding!.pos }],
    });
    return false;
  }
  const resource = nad.resourceName.value;
  if (envResource && envResource.value !== resource) {
    diags.error('RESOURCE_NAME_MISMATCH', `${envResource.key}=${envResource.value} but NAD ${need.refText} asks for ${resource}`, envResource.pos, {
      help: 'the env dump and the NAD come from different deployments: pass the NAD the launcher pod was created with',
      related: [{ message: 'the NAD names its resource here', pos: nad.resourceName.pos }],
    });
    return false;
  }
  need.resource = resource;
  need.resourcePos = nad.resourceName.pos;
  return true;
}

/**
 * A source of host devices, tried in DEVICE_SOURCES order (README, "Where a device comes from").
 * `take` gives the device, 'refused' when it is this source's to give but it cannot (reported), or
 * undefined when the source has nothing to say about the interface, so the next one is asked.
 */
interface DeviceSource {
  /** for the message when a later source stands in for a network-status entry that is missing */
  what: string;
  take(need: Need, ctx: Context): PickedDevice | 'refused' | undefined;
}

/** network-status (or KubeVirt's network-info): the device Multus and the device plugin gave the pod. */
const networkStatusDevices: DeviceSource = {
  what: 'network-status',
  take(need, { inp, diags, envPools }) {
    const status = need.status;
    if (!status) return undefined;
    const pool = need.resource !== undefined ? envPools?.pool(need.resource) : undefined;
    if (pool && !pool.devices.some((d) => d.id === status.id.value)) {
      diags.error('DEVICE_SOURCE_CONFLICT', `${inp.networkStatus!.origin} gives device ${status.id.value} to network '${need.net.name}', but ${pool.v.key} lists ${pool.devices.map((d) => d.id).join(',') || 'no device'}`, status.id.pos, {
        help: sameSourceHelp,
        related: [{ message: `${pool.v.key} in the env dump is here`, pos: pool.v.pos }],
      });
      return 'refused';
    }
    return { id: status.id.value, from: { source: inp.networkStatus!.form, pos: status.id.pos } };
  },
};

/** The env dump: PCIDEVICE_<RESOURCE>, taken in list order by the interfaces sharing the resource. */
const envDumpDevices: DeviceSource = {
  what: 'the env dump',
  take(need, { inp, envPools }) {
    if (!envPools) return undefined;
    const d = envPools.take(need.resource!, need.iface, inp.vmi);
    return d ? { id: d.id, from: { source: 'env', pos: d.pos } } : 'refused';
  },
};

/** The SR-IOV device plugin simulated from its config over the host inventory. */
const devicePluginDevices: DeviceSource = {
  what: 'the device plugin config and host inventory',
  take(need, { plugin }) {
    if (!plugin || need.resource === undefined) return undefined;
    const d = plugin.take(need.iface, need.kind, need.resource, need.resourcePos!);
    return d ? { id: d.device.address.value, from: { source: 'device-plugin', pos: d.device.address.pos }, pool: d } : 'refused';
  },
};

/** The order in which sources are asked for a device: the first that speaks decides. */
const DEVICE_SOURCES: readonly DeviceSource[] = [networkStatusDevices, envDumpDevices, devicePluginDevices];

/** The device ID, from the first source that has something to say about the interface. */
function pickDevice(need: Need, ctx: Context): PickedDevice | undefined {
  const { inp, diags } = ctx;
  let picked: PickedDevice | undefined;
  let source: DeviceSource | undefined;
  for (const s of DEVICE_SOURCES) {
    const r = s.take(need, ctx);
    if (r === undefined) continue;
    if (r === 'refused') return undefined;
    picked = r;
    source = s;
    break;
  }
  if (source === networkStatusDevices) return picked;
  if (need.statusMissing) {
    const help = `the device plugin writes device-info into network-status (v3.5+ for vDPA); take the annotation from this VMI's running launcher pod`;
    if (picked) {
      diags.warn('NETWORK_STATUS_NO_ENTRY', `${need.statusMissing}; the device comes from ${source!.what}`, need.networkName.pos, { help });
    } else {
      diags.error('NETWORK_STATUS_NO_ENTRY', `${need.statusMissing}, and no other input gives the device`, need.networkName.pos, {
        help: `${help}, or pass the env dump (${input('env')}) or the device plugin config and the node's inventory (${input('devicePluginConfig')}, ${input('hostDevices')})`,
      });
    }
    return picked;
  }
  if (!picked && !inp.unusable && !ctx.once.seen(`env:${need.resource}`, { message: `interface '${need.iface.name}' needs a device of ${need.resource} too`, pos: need.iface.binding!.pos })) {
    diags.error('RESOURCE_NOT_IN_ENV', `no env dump to find the device of resource ${need.resource}`, need.iface.binding!.pos, {
      help:
        `pass the launcher pod's environment with ${input('env')} (kubectl exec <virt-launcher-pod> -- env > env.txt), its network-status (${input('networkStatus')}), ` +
        `or the device plugin config and the node's inventory (${input('devicePluginConfig')}, ${input('hostDevices')}) to see what it would get`,
    });
  }
  return picked;
}

const sameSourceHelp =
  'network-status takes precedence, but both must describe the same pod: take them from the same running launcher ' +
  '(kubectl get pod <virt-launcher-pod> -o yaml; kubectl exec <virt-launcher-pod> -- env)';

/**
 * The /dev/vhost-vdpa-N of a device: network-status (which must agree with the env dump's _INFO),
 * else the env dump, else the host inventory (the device plugin leaves "vdpa" empty on a device's
 * first allocation, facts.md §3). Without any, the most specific reason is reported.
 */
function pickPath(need: Need, device: PickedDevice, ctx: Context): { path: string; from: Provenance } | undefined {
  const { inp, diags } = ctx;
  const s = need.status;
  const envDescribes = inp.env && need.resource !== undefined && ctx.envPools?.pool(need.resource);
  const env: EnvMount | undefined = envDescribes ? envMount(inp.env!, need.resource!, { id: device.id, pos: device.from.pos }, diags, ctx.once) : undefined;
  if (s?.path) {
    if (env?.found && env.path !== s.path.value) {
      diags.error('DEVICE_SOURCE_CONFLICT', `${inp.networkStatus!.origin} gives ${s.path.value} for device ${device.id}, but ${pciDeviceEnvName(need.resource!)}_INFO gives ${env.path}`, s.path.pos, {
        help: sameSourceHelp,
        related: [{ message: "the env dump's mount is here", pos: env.pos }],
      });
      return undefined;
    }
    return { path: s.path.value, from: { source: inp.networkStatus!.form, pos: s.path.pos } };
  }
  if (env && !env.found && 'reported' in env) return undefined;
  let fallback: { path: string; from: Provenance } | undefined;
  let inventory: InventoryPath | undefined;
  if (env?.found) fallback = { path: env.path, from: { source: 'env', pos: env.pos } };
  else {
    if (device.pool) inventory = vdpaPathOf(device.pool.device, inp.inventory!, diags);
    else if (inp.inventory) inventory = inventoryPath(inp.inventory, device.id, device.from.pos, diags);
    if (inventory?.found) fallback = { path: inventory.path, from: { source: 'inventory', pos: inventory.pos } };
  }
  if (s?.legacyPath) {
    const what = `${inp.networkStatus!.origin} gives '${s.legacyPath.value}' as the path of device ${device.id}: the vDPA bus name device plugins before v3.6 wrote instead of /dev/vhost-vdpa-N`;
    if (fallback) {
      diags.warn('LEGACY_VDPA_PATH', `${what}; the path from the ${fallback.from.source === 'env' ? 'env dump' : 'host inventory'} is used`, s.legacyPath.pos, {
        help: 'upgrade the SR-IOV device plugin to v3.6 or later',
      });
      return fallback;
    }
    diags.error('LEGACY_VDPA_PATH', `${what}, and no other input gives the path`, s.legacyPath.pos, {
      help: `upgrade the SR-IOV device plugin to v3.6 or later, or pass the launcher pod's env dump (${input('env')}) or the node's inventory (${input('hostDevices')}, from vdpa-xml inventory)`,
    });
    return undefined;
  }
  if (fallback) return fallback;
  if (inp.unusable) return undefined;
  if (inventory && !inventory.found) inventory.report();
  else if (env && !env.found && 'report' in env) env.report();
  else if (s) {
    diags.error('NO_VDPA_MOUNT', `${inp.networkStatus!.origin} gives no path for device ${device.id}`, s.pathPos, {
      help: `the device plugin leaves the path empty when it cannot read the vhost-vdpa device; ${HOW_TO_GET_A_PATH}`,
    });
  }
  return undefined;
}
