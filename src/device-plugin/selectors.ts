import type { DeviceSelector, SelectorListKey } from '../load/device-plugin-config.js';
import type { HostPciDevice } from '../load/host-inventory.js';
import { parseVfSelectorEntry, vfIndexSelected } from './vf-range.js';

/** vdpaType -> the vdpa bus driver a device must be bound to (pkg/types SupportedVdpaTypes). */
export const VDPA_TYPE_DRIVERS: Record<string, string> = { vhost: 'vhost_vdpa', virtio: 'virtio_vdpa' };

/** The vdpaType a device's vDPA device has, from its bound driver; 'invalid' when it has none or another. */
export function vdpaTypeOf(dev: HostPciDevice): string | undefined {
  if (!dev.vdpa) return undefined;
  const driver = dev.vdpa.driver?.value;
  return Object.keys(VDPA_TYPE_DRIVERS).find((t) => VDPA_TYPE_DRIVERS[t] === driver) ?? 'invalid';
}

/**
 * Whether a netDevice selector picks a device (pkg/netdevice GetFilteredDevices): every field set
 * must match (AND), a list matches when any entry does (OR), an empty list does not filter.
 * needVhostNet does not filter: it only adds /dev/vhost-net to what the pod gets.
 */
export function selectorMatches(sel: DeviceSelector, dev: HostPciDevice): boolean {
  const exact: [SelectorListKey, string | undefined][] = [
    ['vendors', dev.vendor],
    ['devices', dev.device],
    ['drivers', dev.driver],
    ['pciAddresses', dev.address.value],
    ['acpiIndexes', dev.acpiIndex === undefined ? undefined : String(dev.acpiIndex)],
    ['linkTypes', dev.linkType],
    ['ddpProfiles', dev.ddpProfile],
    ['pKeys', dev.pKey],
  ];
  for (const [key, value] of exact) {
    const list = sel.lists[key];
    if (list && list.length > 0 && !list.some((e) => e.value === value)) return false;
  }
  // pfNames and rootDevices: only VFs have a PF; the first entry naming the PF (case-insensitively)
  // decides, with its '#' VF range
  if (!pfEntryMatches(sel.lists.pfNames, dev.pfName, dev.vfIndex)) return false;
  if (!pfEntryMatches(sel.lists.rootDevices, dev.pfAddress, dev.vfIndex)) return false;
  if (sel.isRdma?.value && !dev.rdma) return false;
  // with vdpaType, only devices whose vDPA device is bound to the matching driver are kept
  if (sel.vdpaType && sel.vdpaType.value !== '' && vdpaTypeOf(dev) !== sel.vdpaType.value) return false;
  return true;
}

function pfEntryMatches(list: { value: string }[] | undefined, pf: string | undefined, vfIndex: number | undefined): boolean {
  if (!list || list.length === 0) return true;
  if (!pf) return false;
  const item = list.find((e) => parseVfSelectorEntry(e.value).pf.toLowerCase() === pf.toLowerCase());
  return item !== undefined && vfIndexSelected(parseVfSelectorEntry(item.value), vfIndex ?? -1);
}
