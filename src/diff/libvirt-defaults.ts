import type { XmlNode } from './xml-tree.js';

// What libvirt adds to or rewrites in a domain it was given, as `virsh dumpxml` shows it (verified
// on libvirt 9.0 with `virsh define` + `dumpxml --inactive`; the live-only entries are from
// libvirt's domain format docs: a running domain also shows ids, device aliases, the expanded CPU).
// `diff` does not count these unless --strict: they say nothing about what KubeVirt asked for.

/** theirs-only elements ('domain/uuid') and attributes ('domain/cpu@check') libvirt adds, with why */
const ADDED: Record<string, string> = {
  'domain@id': 'the id of a running domain',
  'domain/uuid': 'libvirt keeps a UUID (from the sysinfo uuid entry when there is one)',
  'domain/currentMemory': 'libvirt sets it to <memory>',
  'domain/os/boot': 'libvirt boots from dev=hd when no device has a boot order',
  'domain/on_poweroff': 'libvirt default',
  'domain/on_reboot': 'libvirt default',
  'domain/on_crash': 'libvirt default',
  'domain/resource': 'the cgroup partition of a running domain',
  'domain/seclabel': 'the security label of a running domain',
  'domain/cpu@check': 'libvirt default',
  'domain/cpu@match': 'libvirt default',
  'domain/cpu/topology@dies': 'libvirt default',
  'domain/devices/emulator': 'the QEMU binary libvirt picked',
  'domain/devices/audio': 'libvirt adds a "none" audio backend for VNC',
  'domain/devices/serial/target@type': 'libvirt default (isa-serial)',
  'domain/devices/serial/target/model': 'libvirt default (isa-serial)',
  'domain/devices/console@tty': 'the pty of a running domain',
  'domain/devices/console/source': "libvirt shows a serial console with its serial's settings",
  'domain/devices/console/log': "libvirt shows a serial console with its serial's settings",
  'domain/devices/graphics@socket': 'libvirt copies the listen socket',
  'domain/devices/graphics@port': 'a running domain',
  'domain/devices/graphics@autoport': 'a running domain',
  'domain/devices/graphics@listen': 'a running domain',
  'domain/devices/video/model@primary': 'libvirt marks the first video primary',
  'domain/devices/channel/source': 'libvirt picks the socket path of a running domain',
  'domain/devices/channel/target@state': 'the guest agent state of a running domain',
  'domain/devices/disk/source@index': 'a running domain numbers its images',
  'domain/devices/disk/backingStore@index': 'a running domain numbers its images',
  'domain/devices/disk/backingStore/source@index': 'a running domain numbers its images',
  'domain/devices/disk/backingStore/backingStore': 'a running domain closes the backing chain',
  'domain/devices/hostdev/driver': 'libvirt default (vfio)',
  'domain/features/hyperv@mode': 'libvirt default (custom)',
  'domain/devices/input/address': 'libvirt gives a USB input its port on the USB bus',
};

/** What a running domain shows of a CPU mode KubeVirt leaves to the host. */
const HOST_CPU_EXPANDED: Record<string, string> = {
  'domain/cpu/model': 'a running domain shows the CPU model host-model expanded to',
  'domain/cpu/feature': 'a running domain shows the CPU features host-model expanded to',
};

/** Why libvirt added this theirs-only element or attribute, or undefined when it did not. */
export function libvirtAddition(tagPath: string, node: XmlNode, attr?: string, oursParent?: XmlNode): string | undefined {
  const key = attr === undefined ? tagPath : `${tagPath}@${attr}`;
  if (ADDED[key]) return ADDED[key];
  // a <cpu> we wrote as host-model (or passthrough): what libvirt expanded it to; under a named
  // model the features are ours to compare
  if (HOST_CPU_EXPANDED[key] && oursParent?.attrs.get('mode') !== 'custom') return HOST_CPU_EXPANDED[key];
  // no <clock> in ours: libvirt's default offset='utc' and nothing else
  if (key === 'domain/clock' && node.children.length === 0 && (node.attrs.get('offset') ?? 'utc') === 'utc' && node.attrs.size <= 1) return 'libvirt default';
  if (attr === undefined && node.name === 'alias' && !(node.attrs.get('name') ?? '').startsWith('ua-')) {
    return 'libvirt names the devices of a running domain';
  }
  if (attr === undefined && tagPath === 'domain/devices/input' && node.attrs.get('bus') === 'ps2') {
    return 'libvirt adds a PS/2 mouse and keyboard on x86';
  }
  return undefined;
}

/** Why a value differs only because libvirt rewrote ours, or undefined. */
export function libvirtRewrite(tagPath: string, attr: string, ours: string, theirs: string): string | undefined {
  if (tagPath === 'domain/os/type' && attr === 'machine') {
    if ((ours === 'q35' && theirs.startsWith('pc-q35-')) || (ours === 'pc' && theirs.startsWith('pc-i440fx-'))) {
      return `libvirt expands the machine alias ${ours} to the QEMU version's machine type`;
    }
  }
  if (tagPath === 'domain/devices/console' && attr === 'type' && ours === 'pty') {
    return "libvirt shows a serial console with its serial's type";
  }
  if (tagPath === 'domain/cpu' && attr === 'mode' && ours === 'host-model' && theirs === 'custom') {
    return 'a running domain shows the CPU host-model expanded to';
  }
  return undefined;
}
