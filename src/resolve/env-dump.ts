import type { Vmi } from '../model/vmi.js';
import { pciDeviceEnvName, resourceNameEnvName } from './env-resources.js';
import type { ResolvedDevice } from './types.js';
import type { PoolDevice, ResourcePool } from '../device-plugin/pools.js';

/**
 * The environment the launcher pod would get for the devices handed to its interfaces
 * (facts.md §2-§3), in the order `kubectl exec <pod> -- env` shows the seed's: per resource, in the
 * order interfaces first use it, PCIDEVICE_<RESOURCE>_INFO then PCIDEVICE_<RESOURCE> (device IDs
 * in allocation order); then, from launchers up to KubeVirt 1.6 (virt-controller's template.go;
 * dropped in v1.7.0, f79815403e), KUBEVIRT_RESOURCE_NAME_<network> per interface, in spec order.
 */
export function envDump(vmi: Vmi, devices: ReadonlyMap<string, ResolvedDevice>, pools: ReadonlyMap<string, ResourcePool>, resourceNames = true): string {
  const byResource = new Map<string, ResolvedDevice[]>();
  const names: string[] = [];
  for (const iface of vmi.interfaces) {
    const d = devices.get(iface.name);
    if (!d?.resource) continue;
    const list = byResource.get(d.resource) ?? [];
    list.push(d);
    byResource.set(d.resource, list);
    if (resourceNames) names.push(`${resourceNameEnvName(iface.name)}=${d.resource}`);
  }
  const lines: string[] = [];
  for (const [resource, list] of byResource) {
    const pool = pools.get(resource);
    const info: Record<string, unknown> = {};
    for (const d of list) {
      const pd = pool?.devices.find((p) => p.device.address.value === d.deviceId);
      info[d.deviceId] = deviceInfo(d, pd, pool);
    }
    const name = pciDeviceEnvName(resource);
    lines.push(`${name}_INFO=${goJson(info)}`);
    lines.push(`${name}=${list.map((d) => d.deviceId).join(',')}`);
  }
  return [...lines, ...names].map((l) => `${l}\n`).join('');
}

/**
 * What the plugin's info providers say about one device (pkg/infoprovider): generic always; extra
 * from additionalInfo ("*" then the device's own entry); vdpa when the selector sets vdpaType (the
 * mount only for vhost); vfio for vfio-pci devices; vhost when the selector sets needVhostNet.
 * This is v3.6+ with the mount filled in (not the first-allocation bug of facts.md §3).
 */
function deviceInfo(d: ResolvedDevice, pd: PoolDevice | undefined, pool: ResourcePool | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { generic: { deviceID: d.deviceId } };
  const extra = pool?.config.additionalInfo;
  if (extra) {
    const merged: Record<string, string> = {};
    for (const key of ['*', d.deviceId]) for (const [k, v] of extra.get(key) ?? []) merged[k] = v;
    out.extra = merged;
  }
  const sel = pd?.selector;
  if (sel?.vdpaType) out.vdpa = sel.vdpaType.value === 'vhost' && d.path ? { mount: d.path } : {};
  if (pd?.device.driver === 'vfio-pci') {
    const vfio: Record<string, string> = { mount: '/dev/vfio/vfio' };
    if (pd.device.iommuGroup !== undefined) vfio['dev-mount'] = `/dev/vfio/${pd.device.iommuGroup}`;
    out.vfio = vfio;
  }
  if (sel?.needVhostNet?.value) out.vhost = { 'net-mount': '/dev/vhost-net', 'tun-mount': '/dev/net/tun' };
  return out;
}

/** JSON as Go's encoding/json writes a map: keys sorted, <, > and & escaped. */
export function goJson(v: unknown): string {
  const sort = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sort);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sort(o[k])]));
    }
    return x;
  };
  return JSON.stringify(sort(v)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
