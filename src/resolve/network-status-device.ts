import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { NetworkStatus, NetworkStatusEntry } from '../load/network-status.js';
import type { Located } from '../source/ynode.js';
import { HOST_PCI, LEGACY_VDPA_PATH, VDPA_PATH } from './vdpa-path.js';

/** NPWG device-info versions with the fields read here (1.1.0 added pf-pci-address and representor-device). */
const KNOWN_VERSIONS = ['1.0.0', '1.1.0'];

/** The device a network-status (or network-info) entry gives an interface. */
export interface StatusDevice {
  id: Located<string>;
  /** a /dev/vhost-vdpa-N path */
  path?: Located<string>;
  /** the pre-3.6 plugin's `pci/<address>` where the path belongs */
  legacyPath?: Located<string>;
  /** where the path is, or would be */
  pathPos: Position;
}

/**
 * Reads an entry's device-info for a vdpa or sriov interface. 'absent' when the entry carries no
 * device-info (another source may have the device); 'reported' when it is wrong for the interface.
 */
export function statusDevice(entry: NetworkStatusEntry, kind: 'vdpa' | 'sriov', status: NetworkStatus, network: string, diags: Diagnostics): StatusDevice | 'absent' | 'reported' {
  const di = entry.deviceInfo;
  if (!di) return 'absent';
  const where = `the device-info of network '${network}' in ${status.origin}`;
  if (di.version && !KNOWN_VERSIONS.includes(di.version.value)) {
    diags.warn('DEVICE_INFO_VERSION', `${where} has version ${di.version.value}; it is read as 1.1.0`, di.version.pos, {
      help: `vdpa-xml knows device-info ${KNOWN_VERSIONS.join(' and ')}`,
    });
  }
  const want = kind === 'vdpa' ? 'vdpa' : 'pci';
  const type = di.type?.value;
  if (type !== want) {
    diags.error('DEVICE_INFO_TYPE', `${where} is of type ${type === undefined ? '(none)' : `'${type}'`}, but interface '${network}' is ${kind}, which needs type '${want}'`, di.type?.pos ?? di.pos, {
      help:
        kind === 'vdpa'
          ? "the pod got a plain VF, not a vDPA device: the device plugin resource's selector needs \"vdpaType\": \"vhost\" and the VF a vDPA device bound to vhost_vdpa"
          : 'an sriov interface takes the VF itself (device-info type pci); a vdpa pool needs a vdpa interface',
    });
    return 'reported';
  }
  if (kind === 'sriov') {
    const id = checkedPci(di.pci?.pciAddress, di.pci?.pos ?? di.pos, where, 'pci', diags);
    return id ? { id, pathPos: di.pos } : 'reported';
  }
  const v = di.vdpa;
  if (!v) {
    diags.error('MISSING_FIELD', `${where} has type vdpa but no "vdpa" object`, di.pos, {
      help: 'device-info for vDPA carries {"vdpa": {"driver": "vhost", "path": "/dev/vhost-vdpa-N", "pci-address": ...}}',
    });
    return 'reported';
  }
  if (v.driver && v.driver.value !== 'vhost') {
    if (v.driver.value === 'virtio') {
      diags.error('VDPA_VIRTIO_DRIVER', `${where} has driver virtio: the device is bound to virtio_vdpa`, v.driver.pos, {
        help: 'a virtio_vdpa device becomes a netdev of the host kernel and has no /dev/vhost-vdpa-N for QEMU to open; use a pool with "vdpaType": "vhost" for VM interfaces',
      });
    } else {
      diags.error('INVALID_VALUE', `${where} has driver '${v.driver.value}'; a VM needs 'vhost'`, v.driver.pos, {
        help: 'device-info vdpa drivers are vhost (vhost_vdpa) and virtio (virtio_vdpa)',
      });
    }
    return 'reported';
  }
  const id = checkedPci(v.pciAddress, v.pos, where, 'vdpa', diags);
  if (!id) return 'reported';
  const out: StatusDevice = { id, pathPos: v.path?.pos ?? v.pos };
  const p = v.path;
  if (p && p.value !== '') {
    if (VDPA_PATH.test(p.value)) out.path = p;
    else if (LEGACY_VDPA_PATH.test(p.value)) out.legacyPath = p;
    else {
      diags.error('INVALID_DEVICE_PATH', `${where} gives ${JSON.stringify(p.value)} as the path, which is not /dev/vhost-vdpa-N`, p.pos, {
        help: 'only a vhost-vdpa character device can back a vdpa interface',
      });
      return 'reported';
    }
  }
  return out;
}

function checkedPci(addr: Located<string> | undefined, at: Position, where: string, obj: string, diags: Diagnostics): Located<string> | undefined {
  if (!addr) {
    diags.error('MISSING_FIELD', `${where} has no ${obj}.pci-address`, at, {
      help: 'the device plugin writes the VF\'s PCI address there; take the annotation whole from the pod',
    });
    return undefined;
  }
  if (!HOST_PCI.test(addr.value)) {
    diags.error('INVALID_HOST_PCI', `${where} gives pci-address '${addr.value}', which is not a PCI address`, addr.pos, {
      help: 'device-info PCI addresses look like 0000:cc:00.2',
    });
    return undefined;
  }
  return addr;
}
