import { effectiveBinding } from '../bindings.js';
import type { Diagnostics, Position } from '../diagnostics.js';
import type { EnvDump } from '../load/env.js';
import type { Nad } from '../load/nad.js';
import type { Vmi, VmiInterface } from '../load/vmi-types.js';
import { parsePciAddress } from '../pci/address.js';
import { envDeviceInfo, envDeviceList, infoKeyPos, pciDeviceEnvName, resourceNameEnvName, type EnvDevice } from './env-resources.js';
import { findNad, nadRef } from './nad-lookup.js';
import type { ResolvedDevice } from './types.js';

export interface ResolveInputs {
  vmi: Vmi;
  nads: readonly Nad[];
  env?: EnvDump;
  vdpaBindingName: string;
}

// Only a vhost-vdpa character device may become <source dev>: the path is opened by QEMU.
const VDPA_PATH = /^\/dev\/vhost-vdpa-[0-9]+$/;
const HOST_PCI = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;

/**
 * Resolves each vdpa and sriov interface to a host device (issue #2, facts.md §2-§3):
 * interface -> network -> NAD -> resourceName -> PCIDEVICE_<RESOURCE> (taken in list order by the
 * interfaces sharing the resource, in spec order) -> PCIDEVICE_<RESOURCE>_INFO[id].vdpa.mount.
 */
export function resolveDevices(inp: ResolveInputs, diags: Diagnostics): Map<string, ResolvedDevice> {
  const { vmi, env } = inp;
  const once = new OnceReporter(diags);
  const out = new Map<string, ResolvedDevice>();
  const pools = new Map<string, { devices: EnvDevice[]; next: number }>();
  for (const iface of vmi.interfaces) {
    const kind = effectiveBinding(iface, inp.vdpaBindingName);
    if (kind !== 'vdpa' && kind !== 'sriov') continue;
    if (iface.state?.value === 'absent') continue;
    const net = vmi.networks.find((n) => n.name === iface.name);
    if (net?.source?.kind !== 'multus' || !net.source.networkName) continue; // reported by validation
    const networkName = net.source.networkName;
    const ref = nadRef(networkName.value, vmi.namespace);
    const refText = `${ref.namespace}/${ref.name}`;
    const nad = findNad(inp.nads, ref, vmi.namespace);
    const envResource = env?.vars.get(resourceNameEnvName(net.name));

    let resource: string | undefined;
    if (!nad) {
      if (envResource) {
        resource = envResource.value;
      } else {
        if (once.seen(`nad-missing:${refText}`, { message: `network '${net.name}' names it too`, pos: networkName.pos })) continue;
        const elsewhere = inp.nads.filter((n) => n.name === ref.name);
        diags.error('NAD_NOT_FOUND', `network '${net.name}' names NetworkAttachmentDefinition ${refText}, which is not in the inputs`, networkName.pos, {
          help: elsewhere.length
            ? `a NAD '${ref.name}' was given in namespace ${elsewhere.map((n) => n.namespace ?? vmi.namespace).join(', ')}: write networkName: <namespace>/${ref.name}`
            : `pass it with --nad (kubectl get network-attachment-definitions -n ${ref.namespace} ${ref.name} -o yaml)`,
        });
        continue;
      }
    } else if (!nad.resourceName) {
      if (once.seen(`nad:${refText}`, { message: `interface '${iface.name}' needs a device through it too`, pos: iface.binding!.pos })) continue;
      diags.error('NAD_NO_RESOURCE', `NetworkAttachmentDefinition ${refText} has no k8s.v1.cni.cncf.io/resourceName annotation`, nad.pos, {
        help: `a ${kind} interface takes a device from a device-plugin resource: annotate the NAD with k8s.v1.cni.cncf.io/resourceName: <prefix>/<resource>`,
        related: [{ message: `interface '${iface.name}' needs a device through it`, pos: iface.binding!.pos }],
      });
      continue;
    } else {
      resource = nad.resourceName.value;
      if (envResource && envResource.value !== resource) {
        diags.error('RESOURCE_NAME_MISMATCH', `${envResource.key}=${envResource.value} but NAD ${refText} asks for ${resource}`, envResource.pos, {
          help: 'the env dump and the NAD come from different deployments: pass the NAD the launcher pod was created with',
          related: [{ message: 'the NAD names its resource here', pos: nad.resourceName.pos }],
        });
        continue;
      }
    }

    const device = takeDevice(inp, resource, iface, pools, diags, once);
    if (!device) continue;
    const resolved: ResolvedDevice = {
      kind: kind === 'vdpa' ? 'vdpa' : 'hostdev',
      interfaceName: iface.name,
      nadRef: refText,
      resource,
      deviceId: device.id,
      hostAddress: parsePciAddress(device.id)!,
      deviceFrom: { source: 'env', pos: device.pos },
    };
    if (nad) resolved.nad = nad;
    if (kind === 'vdpa') {
      const mount = vdpaMount(inp, resource, device, diags, once);
      if (!mount) continue;
      resolved.path = mount.path;
      resolved.pathFrom = { source: 'env', pos: mount.pos };
    }
    out.set(iface.name, resolved);
  }
  return out;
}

/** The next unused device ID of a resource, or undefined (reported). */
function takeDevice(
  inp: ResolveInputs,
  resource: string,
  iface: VmiInterface,
  pools: Map<string, { devices: EnvDevice[]; next: number }>,
  diags: Diagnostics,
  once: OnceReporter,
): EnvDevice | undefined {
  const { env } = inp;
  const varName = pciDeviceEnvName(resource);
  let pool = pools.get(resource);
  if (!pool) {
    const v = env?.vars.get(varName);
    if (!v) {
      if (once.seen(`env:${resource}`, { message: `interface '${iface.name}' needs a device of ${resource} too`, pos: iface.binding!.pos })) return undefined;
      diags.error('RESOURCE_NOT_IN_ENV', env ? `the env dump has no ${varName} for resource ${resource}` : `no env dump to find the device of resource ${resource}`, iface.binding!.pos, {
        help: env
          ? `the launcher pod was not given a device of ${resource}: check the pod's resource requests and the device plugin's pool (kubectl describe node)`
          : 'pass the launcher pod\'s environment with --env (kubectl exec <virt-launcher-pod> -- env > env.txt)',
        related: env ? [{ message: 'env dump read here', pos: { file: env.src.name, line: 1, col: 1, offset: 0 } }] : [],
      });
      return undefined;
    }
    pool = { devices: envDeviceList(env!, v), next: 0 };
    for (const d of pool.devices) {
      if (!HOST_PCI.test(d.id)) {
        diags.error('INVALID_HOST_PCI', `${varName} lists '${d.id}', which is not a PCI address`, d.pos, {
          help: 'the device plugin writes PCI addresses such as 0000:cc:00.2; check the env dump',
        });
      }
    }
    pools.set(resource, pool);
  }
  const d = pool.devices[pool.next];
  if (!d) {
    const sharing = inp.vmi.interfaces.filter((i) => {
      const n = inp.vmi.networks.find((x) => x.name === i.name);
      return n?.source?.kind === 'multus';
    });
    const v = env!.vars.get(varName)!;
    diags.error('NOT_ENOUGH_DEVICES', `${varName} lists ${pool.devices.length} device(s), but interface '${iface.name}' needs device ${pool.next + 1} of ${resource}`, iface.binding!.pos, {
      help: `each interface on ${resource} takes its own device: request one per interface (${sharing.length} secondary interfaces here) or check the device plugin's pool`,
      related: [{ message: `${varName} is here`, pos: v.pos }],
    });
    pool.next++;
    return undefined;
  }
  pool.next++;
  return HOST_PCI.test(d.id) ? d : undefined;
}

/** The /dev/vhost-vdpa-N of a device from PCIDEVICE_<RESOURCE>_INFO, or undefined (reported). */
function vdpaMount(inp: ResolveInputs, resource: string, device: EnvDevice, diags: Diagnostics, once: OnceReporter): { path: string; pos: Position } | undefined {
  const env = inp.env!;
  const infoName = `${pciDeviceEnvName(resource)}_INFO`;
  const v = env.vars.get(infoName);
  const noPathHelp =
    'the SR-IOV device plugin leaves "vdpa" empty on the first allocation of a device after it starts (without CDI) and always for vdpaType virtio; ' +
    'pass the pod\'s network-status annotation, or recreate the pod so the device is allocated again';
  if (!v) {
    if (once.seen(`info:${infoName}`, { message: `device ${device.id} has no path either`, pos: device.pos })) return undefined;
    diags.error('NO_VDPA_MOUNT', `the env dump has no ${infoName}, so the /dev/vhost-vdpa-N of device ${device.id} is unknown`, device.pos, {
      help: `device plugins before v3.6 do not write _INFO; ${noPathHelp}`,
    });
    return undefined;
  }
  const info = once.parsed(infoName, () => envDeviceInfo(env, v, diags));
  if (!info) return undefined;
  const at = infoKeyPos(env, v, device.id);
  const entry = info[device.id] as { vdpa?: { mount?: unknown } } | undefined;
  if (!entry || typeof entry !== 'object') {
    diags.error('NO_VDPA_MOUNT', `${infoName} has no entry for device ${device.id}`, v.pos, {
      help: `the _INFO variable should describe every device of ${pciDeviceEnvName(resource)}; check that both come from the same pod`,
      related: [{ message: 'device allocated here', pos: device.pos }],
    });
    return undefined;
  }
  const mount = entry.vdpa && typeof entry.vdpa === 'object' ? entry.vdpa.mount : undefined;
  if (mount === undefined || mount === '') {
    diags.error('NO_VDPA_MOUNT', `${infoName} gives no vdpa mount for device ${device.id}`, at, { help: noPathHelp });
    return undefined;
  }
  if (typeof mount !== 'string' || !VDPA_PATH.test(mount)) {
    diags.error('INVALID_DEVICE_PATH', `${infoName} gives ${JSON.stringify(mount)} as the vdpa mount of ${device.id}, which is not /dev/vhost-vdpa-N`, at, {
      help: 'only a vhost-vdpa character device can back a vdpa interface; the device may be bound to virtio_vdpa (vdpaType: virtio) instead of vhost_vdpa',
    });
    return undefined;
  }
  return { path: mount, pos: at };
}

/**
 * Reports a problem shared by several interfaces (one NAD, one resource, one env variable) once:
 * later interfaces become notes on the first diagnostic instead of repeating it.
 */
class OnceReporter {
  private readonly first = new Map<string, number>();

  constructor(private readonly diags: Diagnostics) {}

  /** true when `key` was reported before (the note is then added to that diagnostic); else remembers the next diagnostic under `key`. */
  seen(key: string, note?: { message: string; pos: Position }): boolean {
    const at = this.first.get(key);
    if (at !== undefined) {
      if (note) this.diags.list[at]?.related.push(note);
      return true;
    }
    this.first.set(key, this.diags.list.length);
    return false;
  }

  private readonly cache = new Map<string, unknown>();

  /** Parses a shared value once, so a malformed one is reported once. */
  parsed<T>(key: string, parse: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, parse());
    return this.cache.get(key) as T;
  }
}
