import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { editDistance } from './kinds.js';
import { warnUntranslated } from './untranslated.js';
import { DISK_OPTION_KEYS } from './vmi-domain.js';
import type { Binding, BindingKind, DiskDevice, VmiDisk, VmiInterface, VmiNetwork, VmiVolume, VolumeKind } from '../model/vmi.js';
import { expectMap, expectSeq, located, readBool, readString, readUint, type YNode } from '../source/ynode.js';

/** KubeVirt's schema caps interfaces, networks, disks and volumes at 256 items each (maxItems). */
const KUBEVIRT_LIST_MAX = 256;

export const BINDINGS: BindingKind[] = ['masquerade', 'bridge', 'sriov', 'vdpa', 'slirp', 'passt', 'passtBinding', 'macvtap', 'binding'];
/** interface fields with no effect on the domain XML (DHCP options) */
const INTERFACE_NOOP = ['dhcpOptions'];
const INTERFACE_KNOWN = ['name', 'model', 'macAddress', 'pciAddress', 'bootOrder', 'acpiIndex', 'state', 'ports', ...BINDINGS, ...INTERFACE_NOOP];

/** A list item's name (required; reported when missing). */
function itemName(item: YNode, what: string, diags: Diagnostics): string {
  const n = item.get('name');
  const name = readString(n, diags);
  // null and '' count as missing (KubeVirt requires the name); a wrong type was reported by readString
  if ((name === undefined && (!n || n.isNull)) || name === '') {
    diags.error('MISSING_FIELD', `${item.path}: this ${what} has no name`, n?.pos ?? item.pos, { help: `give the ${what} a name` });
  }
  return name ?? '';
}

export function readInterfaces(node: YNode | undefined, diags: Diagnostics): VmiInterface[] {
  return expectSeq(node, diags, KUBEVIRT_LIST_MAX).flatMap((raw) => {
    const item = expectMap(raw, diags);
    if (!item) return [];
    warnUntranslated(item, INTERFACE_KNOWN, diags);
    const name = itemName(item, 'interface', diags);
    const iface: VmiInterface = { name, namePos: item.get('name')?.pos ?? item.pos, pos: item.pos };
    // ports: only passt forwards them in the domain (network/passt.go); masquerade's are the pod's nftables rules
    for (const pn of expectSeq(item.get('ports'), diags, 65536)) {
      const pm = expectMap(pn, diags);
      if (!pm) continue;
      warnUntranslated(pm, ['name', 'protocol', 'port'], diags);
      const port = readUint(pm.get('port'), diags, 65535);
      if (port !== undefined) (iface.ports ??= []).push({ port, protocol: readString(pm.get('protocol'), diags) ?? '' });
    }
    const found: Binding[] = [];
    for (const e of item.entries()) {
      if (!BINDINGS.includes(e.key as BindingKind)) continue;
      if (e.value.isNull) {
        diags.error('INVALID_VALUE', `${e.value.path} is null, which KubeVirt reads as no binding`, e.keyPos, {
          help: `write '${e.key}: {}'`,
        });
        continue;
      }
      const b: Binding = { kind: e.key as BindingKind, pos: e.keyPos };
      const body = expectMap(e.value, diags);
      if (b.kind === 'binding') {
        const plugin = readString(body?.get('name'), diags);
        if (plugin === undefined) {
          diags.error('MISSING_FIELD', `${e.value.path} has no name`, e.keyPos, {
            help: 'a network binding plugin is named: binding: {name: vdpa}',
          });
          continue;
        }
        b.pluginName = plugin;
      }
      found.push(b);
    }
    if (found.length === 1) {
      iface.binding = found[0] as Binding;
    } else if (found.length > 1) {
      const [first, ...rest] = found as [Binding, ...Binding[]];
      for (const b of rest) {
        diags.error('BINDING_COUNT', `interface '${name}' has a second binding '${b.kind}'`, b.pos, {
          help: 'an interface takes exactly one binding method: keep one',
          related: [{ message: `first binding '${first.kind}' is here`, pos: first.pos }],
        });
      }
    } else if (!item.entries().some((e) => BINDINGS.includes(e.key as BindingKind))) {
      diags.error('BINDING_COUNT', `interface '${name}' has no binding`, iface.namePos, {
        help: 'add one of masquerade: {}, bridge: {}, sriov: {} or vdpa: {}',
      });
    }
    const opt = <K extends keyof VmiInterface>(key: K, value: VmiInterface[K] | undefined): void => {
      if (value !== undefined) iface[key] = value;
    };
    opt('model', located(readString(item.get('model'), diags), item.get('model')));
    opt('macAddress', located(readString(item.get('macAddress'), diags), item.get('macAddress')));
    opt('pciAddress', located(readString(item.get('pciAddress'), diags), item.get('pciAddress')));
    opt('bootOrder', located(readUint(item.get('bootOrder'), diags), item.get('bootOrder')));
    opt('acpiIndex', located(readUint(item.get('acpiIndex'), diags, 16383), item.get('acpiIndex')));
    opt('state', located(readString(item.get('state'), diags), item.get('state')));
    return [iface];
  });
}

export function readNetworks(node: YNode | undefined, diags: Diagnostics): VmiNetwork[] {
  return expectSeq(node, diags, KUBEVIRT_LIST_MAX).flatMap((raw) => {
    const item = expectMap(raw, diags);
    if (!item) return [];
    warnUntranslated(item, ['name', 'pod', 'multus'], diags);
    const net: VmiNetwork = { name: itemName(item, 'network', diags), namePos: item.get('name')?.pos ?? item.pos, pos: item.pos };
    const pod = item.get('pod');
    const multus = item.get('multus');
    if (pod && multus) {
      diags.error('BINDING_COUNT', `network '${net.name}' is both pod and multus`, item.keyPos('multus'), {
        help: 'a network has exactly one source: keep pod or multus',
        related: [{ message: 'pod source is here', pos: item.keyPos('pod') }],
      });
    } else if (pod) {
      expectMap(pod, diags);
      net.source = { kind: 'pod', pos: item.keyPos('pod') };
    } else if (multus) {
      const m = expectMap(multus, diags);
      if (m) warnUntranslated(m, ['networkName', 'default'], diags);
      const nn = m?.get('networkName');
      const src: VmiNetwork['source'] = { kind: 'multus', pos: item.keyPos('multus'), isDefault: readBool(m?.get('default'), diags) ?? false };
      const networkName = located(readString(nn, diags), nn);
      if (networkName) src.networkName = networkName;
      else if (!nn || nn.isNull) {
        diags.error('MISSING_FIELD', `multus network '${net.name}' has no networkName`, item.keyPos('multus'), {
          help: 'name the NetworkAttachmentDefinition: networkName: <namespace>/<name>',
        });
      }
      net.source = src;
    } else {
      diags.error('MISSING_FIELD', `network '${net.name}' has no source`, net.namePos, {
        help: 'add pod: {} or multus: {networkName: <namespace>/<name>}',
      });
    }
    return [net];
  });
}

const DISK_DEVICES: DiskDevice[] = ['disk', 'cdrom', 'lun'];
const DISK_KNOWN = ['name', ...DISK_DEVICES, 'bootOrder', 'serial', 'cache', ...DISK_OPTION_KEYS];

export function readDisks(node: YNode | undefined, diags: Diagnostics): VmiDisk[] {
  return expectSeq(node, diags, KUBEVIRT_LIST_MAX).flatMap((raw) => {
    const item = expectMap(raw, diags);
    if (!item) return [];
    warnUntranslated(item, DISK_KNOWN, diags);
    const name = itemName(item, 'disk', diags);
    const present = DISK_DEVICES.filter((d) => item.get(d) !== undefined);
    if (present.length > 1) {
      diags.error('INVALID_VALUE', `disk '${name}' sets both ${present[0]} and ${present[1]}`, item.keyPos(present[1] as string), {
        help: 'a disk is one of disk, cdrom or lun',
      });
    }
    const device: DiskDevice = present[0] ?? 'disk';
    const body = expectMap(item.get(device), diags);
    if (body) warnUntranslated(body, ['bus', 'readonly', 'pciAddress', 'tray'], diags);
    // the cdrom tray is translated with the other disk options (vmi-domain-devices.ts, build/disks.ts)
    const busNode = body?.get('bus');
    const disk: VmiDisk = {
      name,
      namePos: item.get('name')?.pos ?? item.pos,
      pos: item.pos,
      device,
      // converter.go: a cdrom is read-only unless cdrom.readonly says false
      readonly: readBool(body?.get('readonly'), diags) ?? device === 'cdrom',
    };
    const bus = located(readString(busNode, diags), busNode);
    if (bus) disk.bus = bus;
    const boot = located(readUint(item.get('bootOrder'), diags), item.get('bootOrder'));
    if (boot) disk.bootOrder = boot;
    const serial = located(readString(item.get('serial'), diags), item.get('serial'));
    if (serial) disk.serial = serial;
    const cache = readString(item.get('cache'), diags);
    if (cache !== undefined) Object.assign(disk, { cache, cachePos: item.get('cache')!.pos });
    const pci = located(readString(body?.get('pciAddress'), diags), body?.get('pciAddress'));
    if (pci) disk.pciAddress = pci;
    return [disk];
  });
}

/** KubeVirt 1.9's volume sources that become a disk (converter.go Convert_v1_Volume_To_api_Disk). */
export const VOLUME_KINDS: VolumeKind[] = [
  'containerDisk', 'persistentVolumeClaim', 'dataVolume', 'emptyDisk', 'ephemeral', 'hostDisk', 'cloudInitNoCloud', 'cloudInitConfigDrive',
  'configMap', 'secret', 'serviceAccount', 'downwardAPI', 'sysprep', 'downwardMetrics',
];
/** Volume sources of KubeVirt 1.9 that are no disk of the domain vdpa-xml writes. */
const VOLUME_OTHER: Record<string, string> = {
  memoryDump: 'a memory dump volume is hotplugged by virt-controller for `virtctl memory-dump`, not written by users',
  containerPath: 'a containerPath volume is shared with virtiofs (spec.domain.devices.filesystems), which vdpa-xml does not translate',
};

export function readVolumes(node: YNode | undefined, diags: Diagnostics): VmiVolume[] {
  return expectSeq(node, diags, KUBEVIRT_LIST_MAX).flatMap((raw) => {
    const item = expectMap(raw, diags);
    if (!item) return [];
    const name = itemName(item, 'volume', diags);
    const vol: VmiVolume = { name, namePos: item.get('name')?.pos ?? item.pos, pos: item.pos };
    for (const e of item.entries()) {
      if (e.key === 'name') continue;
      if (VOLUME_KINDS.includes(e.key as VolumeKind) && !vol.kind) {
        vol.kind = e.key as VolumeKind;
        const body = expectMap(e.value, diags);
        if (vol.kind === 'hostDisk') {
          const path = readString(body?.get('path'), diags);
          if (path !== undefined) vol.path = path;
          const type = readString(body?.get('type'), diags);
          if (type !== undefined) vol.hostDiskType = type;
        }
        const claimKey = vol.kind === 'persistentVolumeClaim' ? 'claimName' : vol.kind === 'dataVolume' ? 'name' : undefined;
        const claim = claimKey ? located(readString(body?.get(claimKey), diags), body?.get(claimKey)) : undefined;
        if (claim) vol.claimName = claim;
        // a hotplugged volume is attached from /var/run/kubevirt/hotplug-disks once virt-handler
        // mounts it (converter.go Convert_v1_Hotplug_Volume_To_api_Disk), which is not modelled
        const hot = body?.get('hotpluggable');
        if (hot && readBool(hot, diags) === true) {
          diags.warn('UNSUPPORTED_FIELD', `volume '${name}' is hotpluggable: its disk is attached later from /var/run/kubevirt/hotplug-disks, which is not translated`, body!.keyPos('hotpluggable'), {
            help: 'the rendered disk is the one a cold-plugged volume gets',
          });
        }
      } else if (VOLUME_KINDS.includes(e.key as VolumeKind)) {
        // KubeVirt's admitter: "must have exactly one source type set"; a second one would be dropped
        diags.error('INVALID_VALUE', `volume '${name}' has a second source ${e.key}`, e.keyPos, {
          help: `a volume has exactly one source: keep ${vol.kind} or ${e.key}`,
        });
      } else {
        // an error, not a warning: a volume without its disk would rename and move the disks after it
        const why = VOLUME_OTHER[e.key];
        const near = why ? undefined : VOLUME_KINDS.find((k) => k.toLowerCase() === e.key.toLowerCase() || editDistance(k, e.key) <= 2);
        diags.error('UNSUPPORTED_FIELD', `volume '${name}': ${e.key} is not ${why ? 'translated' : 'a volume source of KubeVirt 1.9'}${why ? `: ${why}` : ''}`, e.keyPos, {
          help: why ? 'remove this volume (and its disk) to render the rest' : near ? `did you mean ${near}?` : `KubeVirt's volume sources are ${VOLUME_KINDS.join(', ')}`,
        });
      }
    }
    return [vol];
  });
}
