import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { VgpuDisplayOptions, VmiDiskOptions, VmiDomainDevices, VmiHostDevice } from '../model/vmi-domain.js';
import { expectMap, expectSeq, readBool, readString, type YNode } from '../source/ynode.js';

// spec.domain.devices beyond interfaces and disks (inputs, video, watchdog, sound, TPM, virtiofs,
// panic, GPUs, host devices...) and the disk options load/vmi-devices.ts leaves to the converter's
// configurators (KubeVirt 1.9 compute/*.go, storage/virtiofs.go; read by src/load/vmi-domain.ts).

function readHostDevices(list: YNode | undefined, diags: Diagnostics): VmiHostDevice[] {
  const out: VmiHostDevice[] = [];
  for (const item of expectSeq(list, diags, 256)) {
    const m = expectMap(item, diags);
    const name = readString(m?.get('name'), diags);
    const dn = m?.get('deviceName');
    const deviceName = readString(dn, diags);
    if (!name || !deviceName || !dn) continue;
    const dev: VmiHostDevice = { name, deviceName: { value: deviceName, pos: dn.pos }, pos: item.pos };
    const vgpu = expectMap(m?.get('virtualGPUOptions'), diags);
    if (vgpu) {
      dev.vgpu = {};
      const display = expectMap(vgpu.get('display'), diags);
      if (display) {
        const d: VgpuDisplayOptions = {};
        const enabled = readBool(display.get('enabled'), diags);
        if (enabled !== undefined) d.enabled = enabled;
        const ramfb = readBool(expectMap(display.get('ramFB'), diags)?.get('enabled'), diags);
        if (ramfb !== undefined) d.ramfb = ramfb;
        dev.vgpu.display = d;
      }
    }
    out.push(dev);
  }
  return out;
}

export function readDevices(devices: YNode | undefined, diags: Diagnostics): VmiDomainDevices {
  const present = (k: string): boolean => devices?.get(k) !== undefined && !devices.get(k)!.isNull;
  const out: VmiDomainDevices = {
    inputs: [], filesystems: [], panicDevices: [], gpus: readHostDevices(devices?.get('gpus'), diags), hostDevices: readHostDevices(devices?.get('hostDevices'), diags),
    downwardMetrics: present('downwardMetrics'),
    blockMultiQueue: readBool(devices?.get('blockMultiQueue'), diags) ?? false,
    disableHotplug: readBool(devices?.get('disableHotplug'), diags) ?? false,
    autoattachVSOCK: readBool(devices?.get('autoattachVSOCK'), diags) ?? false,
  };
  for (const item of expectSeq(devices?.get('inputs'), diags)) {
    const m = expectMap(item, diags);
    const name = readString(m?.get('name'), diags);
    if (name) out.inputs.push({ name, type: readString(m?.get('type'), diags) ?? '', bus: readString(m?.get('bus'), diags) ?? '', pos: item.pos });
  }
  const video = expectMap(devices?.get('video'), diags);
  if (video) out.video = { type: readString(video.get('type'), diags) ?? '', pos: video.get('type')?.pos ?? video.pos };
  const wd = expectMap(devices?.get('watchdog'), diags);
  if (wd) {
    out.watchdog = { name: readString(wd.get('name'), diags) ?? '', pos: wd.pos };
    for (const kind of ['i6300esb', 'diag288'] as const) {
      const n = wd.get(kind);
      if (n && !n.isNull) out.watchdog[kind] = { action: readString(expectMap(n, diags)?.get('action'), diags) ?? '' };
    }
  }
  const sound = expectMap(devices?.get('sound'), diags);
  if (sound) {
    out.sound = { name: readString(sound.get('name'), diags) ?? '', pos: sound.pos };
    const model = readString(sound.get('model'), diags);
    if (model) out.sound.model = model;
  }
  const tpm = expectMap(devices?.get('tpm'), diags);
  // pkg/tpm HasDevice: a tpm entry not disabled; HasPersistentDevice: persistent: true
  if (present('tpm') && readBool(tpm?.get('enabled'), diags) !== false) out.tpm = { persistent: readBool(tpm?.get('persistent'), diags) ?? false };
  for (const item of expectSeq(devices?.get('filesystems'), diags)) {
    const m = expectMap(item, diags);
    const name = readString(m?.get('name'), diags);
    if (name && m?.get('virtiofs') !== undefined) out.filesystems.push(name);
  }
  for (const item of expectSeq(devices?.get('panicDevices'), diags)) {
    const model = readString(expectMap(item, diags)?.get('model'), diags);
    out.panicDevices.push(model ? { model } : {});
  }
  return out;
}

export function readDiskOptions(devices: YNode | undefined, diags: Diagnostics): Map<string, VmiDiskOptions> {
  const out = new Map<string, VmiDiskOptions>();
  for (const item of expectSeq(devices?.get('disks'), diags, 256)) {
    const m = expectMap(item, diags);
    const name = m?.get('name')?.scalar;
    if (!m || typeof name !== 'string') continue;
    const o: VmiDiskOptions = {};
    const pos: NonNullable<VmiDiskOptions['pos']> = {};
    const io = m.get('io');
    if (typeof io?.scalar === 'string' && io.scalar) {
      o.io = io.scalar;
      pos.io = io.pos;
    }
    const ep = m.get('errorPolicy');
    if (typeof ep?.scalar === 'string' && ep.scalar) {
      o.errorPolicy = ep.scalar;
      pos.errorPolicy = ep.pos;
    }
    const sh = m.get('shareable')?.scalar;
    if (typeof sh === 'boolean') o.shareable = sh;
    const dio = m.get('dedicatedIOThread');
    if (typeof dio?.scalar === 'boolean') {
      o.dedicatedIOThread = dio.scalar;
      pos.dedicatedIOThread = dio.pos;
    }
    if (Object.keys(pos).length) o.pos = pos;
    const cd = m.get('cdrom');
    if (cd?.isMap) {
      const ro = cd.get('readonly')?.scalar;
      if (typeof ro === 'boolean') o.cdromReadonly = ro;
      const tray = cd.get('tray')?.scalar;
      if (typeof tray === 'string' && tray) o.tray = tray;
    }
    out.set(name, o);
  }
  return out;
}
