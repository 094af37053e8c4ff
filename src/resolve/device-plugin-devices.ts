import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { PoolDevice, ResourcePool } from '../device-plugin/pools.js';
import type { VmiInterface } from '../model/vmi.js';
import type { OnceReporter } from './once-reporter.js';
import { input } from '../options.js';

/** The simulated device plugin of a host: its pools, or `started: false` when its config is invalid. */
export interface DevicePluginHost {
  started: boolean;
  pools: Map<string, ResourcePool>;
  /** the config and inventory file names, for messages */
  configName: string;
  configPos: Position;
  inventoryName: string;
}

const LIST_AT_MOST = 8;

/**
 * Hands the devices of simulated pools to interfaces: each interface takes the first free device
 * of its resource, in PCI address order. (kubelet may pick any free devices of a pool; the first
 * ones make the output reproducible.)
 */
export class DevicePluginAllocator {
  private readonly used = new Set<string>();
  /**
   * Per resource, the index in its pool before which every device is used: devices only ever
   * become used, so each take looks at each device once instead of searching the pool again.
   */
  private readonly cursors = new Map<string, number>();
  /** resources already reported as unusable: later interfaces become notes on that error */
  private readonly refused = new Set<string>();

  constructor(
    private readonly host: DevicePluginHost,
    private readonly diags: Diagnostics,
    private readonly once: OnceReporter,
  ) {}

  /** Marks a device as placed by another source (network-status). */
  claim(id: string): void {
    this.used.add(id);
  }

  /** A device of the resource for the interface, or undefined (reported). */
  take(iface: VmiInterface, kind: 'vdpa' | 'sriov', resource: string, resourcePos: Position): PoolDevice | undefined {
    if (!this.host.started) return undefined; // the config's errors say why
    const at = iface.binding!.pos;
    const key = `plugin:${resource}`;
    if (this.refused.has(resource)) {
      this.once.seen(key, { message: `interface '${iface.name}' needs a device of ${resource} too`, pos: at });
      return undefined;
    }
    const refuse = (): undefined => void this.refused.add(resource);
    const { diags } = this;
    const pool = this.host.pools.get(resource);
    if (!pool) {
      const known = [...this.host.pools.keys()];
      this.once.seen(key);
      diags.error('RESOURCE_NOT_CONFIGURED', `the device plugin config ${this.host.configName} has no resource ${resource}`, resourcePos, {
        help: `configured: ${known.join(', ') || 'none'}; a resource is <resourcePrefix, or ${input('resourcePrefix')} (default intel.com)>/<resourceName>`,
        related: [{ message: 'resourceList is here', pos: this.host.configPos }],
      });
      return refuse();
    }
    const namePos = pool.config.resourceName?.pos ?? pool.config.pos;
    if (kind === 'vdpa' && pool.deviceType !== 'netDevice') {
      this.once.seen(key);
      diags.error('RESOURCE_NOT_VDPA', `resource ${resource} is a ${pool.deviceType} pool, which holds no vDPA devices`, namePos, {
        help: 'vDPA devices come from netDevice pools whose selector sets "vdpaType": "vhost"',
        related: [{ message: `interface '${iface.name}' takes a device of it`, pos: at }],
      });
      return refuse();
    }
    if (kind === 'vdpa' && !pool.config.selectors.some((s) => s.vdpaType)) {
      this.once.seen(key);
      diags.error('RESOURCE_NOT_VDPA', `resource ${resource} has no selector with vdpaType, so its devices are plain VFs without /dev/vhost-vdpa-N`, namePos, {
        help: 'add "vdpaType": "vhost" to the selector: the plugin then keeps only VFs whose vDPA device is bound to vhost_vdpa and mounts its /dev/vhost-vdpa-N',
        related: [{ message: `interface '${iface.name}' is vdpa`, pos: at }],
      });
      return refuse();
    }
    let cursor = this.cursors.get(resource) ?? 0;
    while (cursor < pool.devices.length && this.used.has(pool.devices[cursor]!.device.address.value)) cursor++;
    this.cursors.set(resource, cursor);
    const next = pool.devices[cursor];
    if (!next) {
      const taken = pool.devices.filter((d) => this.used.has(d.device.address.value)).length;
      diags.error('NOT_ENOUGH_DEVICES', `resource ${resource} has ${pool.devices.length} device(s) on this host, but interface '${iface.name}' needs device ${taken + 1}`, at, {
        help: poolHelp(pool, this.host.inventoryName),
        related: [{ message: `resource ${resource} is configured here`, pos: namePos }],
      });
      return undefined;
    }
    this.used.add(next.device.address.value);
    if (kind === 'vdpa') {
      const vt = next.selector.vdpaType;
      if (vt?.value === 'virtio') {
        diags.error('VDPA_VIRTIO_DRIVER', `resource ${resource} hands out virtio_vdpa devices (vdpaType: virtio), but interface '${iface.name}' is a VM interface`, vt.pos, {
          help: 'virtio_vdpa binds the device to the host kernel\'s virtio-net driver, as a netdev for containers; QEMU needs a vhost_vdpa device (/dev/vhost-vdpa-N): use "vdpaType": "vhost"',
          related: [{ message: `interface '${iface.name}' takes ${next.device.address.value} from it`, pos: at }],
        });
        return undefined;
      }
      if (!vt) {
        diags.error('RESOURCE_NOT_VDPA', `device ${next.device.address.value} of resource ${resource} was taken by a selector without vdpaType, so it is a plain VF`, next.selector.pos, {
          help: 'every selector of a vDPA pool needs "vdpaType": "vhost"',
          related: [{ message: `interface '${iface.name}' is vdpa`, pos: at }],
        });
        return undefined;
      }
    }
    return next;
  }
}

function poolHelp(pool: ResourcePool, inventory: string): string {
  const list = (ids: string[]): string => (ids.length > LIST_AT_MOST ? `${ids.slice(0, LIST_AT_MOST).join(', ')}, ...` : ids.join(', '));
  const parts = [`the plugin would put ${pool.devices.length ? list(pool.devices.map((d) => d.device.address.value)) : 'no device'} of ${inventory} in this pool`];
  if (pool.deviceType !== 'netDevice') parts.push(`${pool.deviceType} pools are not simulated (the inventory lists network PCI devices)`);
  if (pool.ownedElsewhere.length) {
    parts.push(`its selectors also match ${list(pool.ownedElsewhere.map((o) => `${o.device.address.value} (owned by ${o.owner}, earlier in the config)`))}: a device belongs to the first resource that selects it`);
  }
  return parts.join('; ');
}
