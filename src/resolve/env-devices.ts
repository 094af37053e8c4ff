import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { EnvDump, EnvVar } from '../load/env.js';
import { describeJson } from '../source/json-text.js';
import type { Vmi, VmiInterface } from '../model/vmi.js';
import { envDeviceInfo, envDeviceList, infoKeyPos, infoValuePos, pciDeviceEnvName, type EnvDevice } from './env-resources.js';
import type { OnceReporter } from './once-reporter.js';
import { HOST_PCI, HOW_TO_GET_A_PATH, VDPA_PATH } from './vdpa-path.js';

interface Pool {
  v: EnvVar;
  devices: EnvDevice[];
  /** the IDs of devices, for the network-status check that a device is listed */
  ids: Set<string>;
  /** device IDs another source (network-status) already gave to an interface */
  claimed: Set<string>;
  /** how many interfaces took a device from the list */
  taken: number;
  /** the index in devices the next take looks from: each device is looked at once, whatever the count */
  cursor: number;
}

/**
 * The devices the env dump lists per resource (PCIDEVICE_<RESOURCE>, facts.md §2-§3): interfaces
 * sharing a resource take them in list order, in spec order, skipping devices another source
 * already placed.
 */
export class EnvPools {
  private readonly pools = new Map<string, Pool | undefined>();

  constructor(
    readonly env: EnvDump,
    private readonly diags: Diagnostics,
    private readonly once: OnceReporter,
  ) {}

  /** The list of a resource, read once (malformed IDs reported then); undefined when the env has none. */
  pool(resource: string): Pool | undefined {
    if (this.pools.has(resource)) return this.pools.get(resource);
    const varName = pciDeviceEnvName(resource);
    const v = this.env.vars.get(varName);
    let pool: Pool | undefined;
    if (v) {
      const devices = envDeviceList(this.env, v);
      pool = { v, devices, ids: new Set(devices.map((d) => d.id)), claimed: new Set(), taken: 0, cursor: 0 };
      for (const d of pool.devices) {
        if (!HOST_PCI.test(d.id)) {
          this.diags.error('INVALID_HOST_PCI', `${varName} lists '${d.id}', which is not a PCI address`, d.pos, {
            help: 'the device plugin writes PCI addresses such as 0000:cc:00.2; check the env dump',
          });
        }
      }
    }
    this.pools.set(resource, pool);
    return pool;
  }

  /**
   * Marks a device as placed by another source, so interfaces taking devices in order skip it.
   * Every claim comes before the first take (resolveDevices places network-status devices first),
   * which is what lets take() move a cursor instead of filtering the list each time.
   */
  claim(resource: string, id: string): void {
    const pool = this.pool(resource);
    if (pool && pool.taken > 0) throw new Error('internal error: a device claimed after devices were taken in order');
    pool?.claimed.add(id);
  }

  /** The next unclaimed device of a resource for an interface, or undefined (reported). */
  take(resource: string, iface: VmiInterface, vmi: Vmi): EnvDevice | undefined {
    const varName = pciDeviceEnvName(resource);
    const pool = this.pool(resource);
    if (!pool) {
      if (this.once.seen(`env:${resource}`, { message: `interface '${iface.name}' needs a device of ${resource} too`, pos: iface.binding!.pos })) return undefined;
      this.diags.error('RESOURCE_NOT_IN_ENV', `the env dump has no ${varName} for resource ${resource}`, iface.binding!.pos, {
        help: `the launcher pod was not given a device of ${resource}: check the pod's resource requests and the device plugin's pool (kubectl describe node)`,
        related: [{ message: 'env dump read here', pos: { file: this.env.src.name, line: 1, col: 1, offset: 0 } }],
      });
      return undefined;
    }
    // the next unclaimed device in list order
    while (pool.cursor < pool.devices.length && pool.claimed.has(pool.devices[pool.cursor]!.id)) pool.cursor++;
    const d = pool.devices[pool.cursor];
    pool.cursor++;
    pool.taken++;
    if (!d) {
      const multus = new Set(vmi.networks.filter((x) => x.source?.kind === 'multus').map((x) => x.name));
      const sharing = vmi.interfaces.filter((i) => multus.has(i.name));
      this.diags.error('NOT_ENOUGH_DEVICES', `${varName} lists ${pool.devices.length} device(s), but interface '${iface.name}' needs device ${pool.taken + pool.claimed.size} of ${resource}`, iface.binding!.pos, {
        help: `each interface on ${resource} takes its own device: request one per interface (${sharing.length} secondary interfaces here) or check the device plugin's pool`,
        related: [{ message: `${varName} is here`, pos: pool.v.pos }],
      });
      return undefined;
    }
    return HOST_PCI.test(d.id) ? d : undefined;
  }
}

/** What PCIDEVICE_<RESOURCE>_INFO says about a device's /dev/vhost-vdpa-N. */
export type EnvMount =
  | { found: true; path: string; pos: Position }
  /** no path; `report` says why, when no other source has one */
  | { found: false; report: () => void }
  /** a bad value, already reported */
  | { found: false; reported: true };

/** The vdpa mount of a device from PCIDEVICE_<RESOURCE>_INFO (device plugin >= v3.6). */
export function envMount(env: EnvDump, resource: string, device: { id: string; pos: Position }, diags: Diagnostics, once: OnceReporter): EnvMount {
  const infoName = `${pciDeviceEnvName(resource)}_INFO`;
  const v = env.vars.get(infoName);
  const noPathHelp =
    'the SR-IOV device plugin leaves "vdpa" empty on the first allocation of a device after it starts (without CDI) and always for vdpaType virtio; ' +
    HOW_TO_GET_A_PATH;
  if (!v) {
    return {
      found: false,
      report: () => {
        if (once.seen(`info:${infoName}`, { message: `device ${device.id} has no path either`, pos: device.pos })) return;
        diags.error('NO_VDPA_MOUNT', `the env dump has no ${infoName}, so the /dev/vhost-vdpa-N of device ${device.id} is unknown`, device.pos, {
          help: `device plugins before v3.6 do not write _INFO; ${HOW_TO_GET_A_PATH}`,
        });
      },
    };
  }
  const info = once.parsed(infoName, () => envDeviceInfo(env, v, diags));
  if (!info) return { found: false, reported: true };
  const at = infoKeyPos(env, v, device.id);
  const entry = info[device.id] as { vdpa?: { mount?: unknown } } | undefined;
  if (!entry || typeof entry !== 'object') {
    return {
      found: false,
      report: () =>
        diags.error('NO_VDPA_MOUNT', `${infoName} has no entry for device ${device.id}`, v.pos, {
          help: `the _INFO variable should describe every device of ${pciDeviceEnvName(resource)}; check that both come from the same pod`,
          related: [{ message: 'device allocated here', pos: device.pos }],
        }),
    };
  }
  const mount = entry.vdpa && typeof entry.vdpa === 'object' ? entry.vdpa.mount : undefined;
  if (mount === undefined || mount === '') {
    return { found: false, report: () => diags.error('NO_VDPA_MOUNT', `${infoName} gives no vdpa mount for device ${device.id}`, at, { help: noPathHelp }) };
  }
  if (typeof mount !== 'string' || !VDPA_PATH.test(mount)) {
    diags.error('INVALID_DEVICE_PATH', `${infoName} gives ${describeJson(mount)} as the vdpa mount of ${device.id}, which is not /dev/vhost-vdpa-N`, infoValuePos(env, v, device.id, mount), {
      help: 'only a vhost-vdpa character device can back a vdpa interface; the device may be bound to virtio_vdpa (vdpaType: virtio) instead of vhost_vdpa',
    });
    return { found: false, reported: true };
  }
  return { found: true, path: mount, pos: at };
}
