import { XmlDocument, type XmlParent } from './builder.js';
import type {
  Channel, Console, Controller, Disk, Domain, Graphics, Hostdev, Interface, Memballoon, Rng, Serial, Video,
} from '../model/domain.js';
import { address, hex, pciAttrs } from './address.js';
import { writeOtherDevices } from './other-devices.js';
import { writePlatform, writeResources } from './domain-top.js';

// Elements are written in the order `virsh dumpxml` prints them, so a line diff against a running
// launcher's domain stays small. Every string goes through the builder (./builder.ts), which escapes it.

function disk(p: XmlParent, d: Disk): void {
  const attrs: Record<string, string> = { type: d.type, device: d.device };
  if (d.model) attrs.model = d.model;
  const el = p.ele('disk', attrs);
  const drv: Record<string, string> = { name: d.driver.name, type: d.driver.type };
  if (d.driver.cache) drv.cache = d.driver.cache;
  if (d.driver.errorPolicy) drv.error_policy = d.driver.errorPolicy;
  if (d.driver.io) drv.io = d.driver.io;
  if (d.driver.discard) drv.discard = d.driver.discard;
  if (d.driver.iothread !== undefined) drv.iothread = String(d.driver.iothread);
  if (d.driver.queues !== undefined) drv.queues = String(d.driver.queues);
  const driver = el.ele('driver', drv);
  if (d.driver.iothreadPool) {
    const pool = driver.ele('iothreads');
    for (let id = 1; id <= d.driver.iothreadPool; id++) pool.ele('iothread', { id: String(id) });
  }
  el.ele('source', d.type === 'file' ? { file: d.source } : { dev: d.source });
  if (d.backingStore) {
    const bs = el.ele('backingStore', { type: 'file' });
    bs.ele('format', { type: d.backingStore.format });
    bs.ele('source', { file: d.backingStore.file });
  }
  const tgt: Record<string, string> = { dev: d.target.dev, bus: d.target.bus };
  if (d.device === 'cdrom') tgt.tray = d.target.tray ?? 'closed';
  el.ele('target', tgt);
  if (d.bootOrder !== undefined) el.ele('boot', { order: String(d.bootOrder) });
  if (d.readonly) el.ele('readonly');
  if (d.shareable) el.ele('shareable');
  if (d.serial !== undefined) el.ele('serial').txt(d.serial);
  if (d.alias) el.ele('alias', { name: d.alias });
  address(el, d.address);
}

function controller(p: XmlParent, c: Controller): void {
  const attrs: Record<string, string> = { type: c.type, index: String(c.index) };
  if (c.model) attrs.model = c.model;
  const el = p.ele('controller', attrs);
  if (c.modelName) el.ele('model', { name: c.modelName });
  if (c.target) {
    const t: Record<string, string> = {};
    if (c.target.chassisNr !== undefined) t.chassisNr = String(c.target.chassisNr);
    if (c.target.chassis !== undefined) t.chassis = String(c.target.chassis);
    if (c.target.port !== undefined) t.port = hex(c.target.port, 1);
    el.ele('target', t);
  }
  if (c.alias) el.ele('alias', { name: c.alias });
  address(el, c.address);
}

function iface(p: XmlParent, i: Interface): void {
  const el = p.ele('interface', { type: i.type });
  if (i.mac) el.ele('mac', { address: i.mac });
  if (i.sourceDev) el.ele('source', { dev: i.sourceDev });
  for (const f of i.passt?.portForwards ?? []) {
    const pf = el.ele('portForward', { proto: f.proto });
    for (const r of f.ranges) pf.ele('range', { start: String(r.start), ...(r.exclude ? { exclude: 'yes' } : {}) });
  }
  if (i.target) el.ele('target', { dev: i.target.dev, managed: i.target.managed });
  el.ele('model', { type: i.model });
  if (i.driver) {
    const drv: Record<string, string> = { name: i.driver.name };
    if (i.driver.queues !== undefined) drv.queues = String(i.driver.queues);
    el.ele('driver', drv);
  }
  if (i.passt) el.ele('backend', { type: 'passt', logFile: i.passt.logFile });
  if (i.linkDown) el.ele('link', { state: 'down' });
  if (i.bootOrder !== undefined) el.ele('boot', { order: String(i.bootOrder) });
  if (i.alias) el.ele('alias', { name: i.alias });
  if (i.romDisabled) el.ele('rom', { enabled: 'no' });
  if (i.acpiIndex !== undefined) el.ele('acpi', { index: String(i.acpiIndex) });
  address(el, i.address);
}

function serial(p: XmlParent, s: Serial): void {
  const el = p.ele('serial', { type: 'unix' });
  el.ele('source', { mode: 'bind', path: s.socketPath });
  el.ele('log', { file: s.logFile, append: 'on' });
  el.ele('target', { port: '0' });
}

function consoleEl(p: XmlParent, _c: Console): void {
  p.ele('console', { type: 'pty' }).ele('target', { type: 'serial', port: '0' });
}

function channel(p: XmlParent, c: Channel): void {
  const el = p.ele('channel', { type: c.type });
  if (c.sourcePath) el.ele('source', { mode: 'bind', path: c.sourcePath });
  el.ele('target', { type: 'virtio', name: c.targetName });
  address(el, c.address);
}

function graphics(p: XmlParent, g: Graphics): void {
  p.ele('graphics', { type: g.type }).ele('listen', { type: 'socket', socket: g.socket });
}

function video(p: XmlParent, v: Video): void {
  const el = p.ele('video');
  el.ele('model', { type: v.model, ...(v.vram !== undefined ? { vram: String(v.vram) } : {}), heads: String(v.heads) });
  address(el, v.address);
}

function hostdev(p: XmlParent, h: Hostdev): void {
  const display = (d: { display?: { ramfb: boolean } }): Record<string, string> =>
    d.display ? { display: 'on', ...(d.display.ramfb ? { ramfb: 'on' } : {}) } : {};
  let el: ReturnType<XmlParent["ele"]>;
  if (h.type === 'mdev') {
    el = p.ele('hostdev', { mode: 'subsystem', type: 'mdev', model: 'vfio-pci', ...display(h) });
    el.ele('source').ele('address', { uuid: h.uuid });
  } else if (h.type === 'usb') {
    el = p.ele('hostdev', { mode: 'subsystem', type: 'usb' });
    el.ele('source').ele('address', { bus: h.bus, device: h.device });
  } else {
    el = p.ele('hostdev', { mode: 'subsystem', type: 'pci', managed: 'no', ...display(h) });
    el.ele('source').ele('address', pciAttrs(h.source));
    if (h.bootOrder !== undefined) el.ele('boot', { order: String(h.bootOrder) });
  }
  if (h.alias) el.ele('alias', { name: h.alias });
  address(el, h.address);
}

function memballoon(p: XmlParent, m: Memballoon): void {
  const attrs: Record<string, string> = { model: m.model };
  if (m.model !== 'none') attrs.freePageReporting = m.freePageReporting ? 'on' : 'off';
  const el = p.ele('memballoon', attrs);
  if (m.statsPeriod) el.ele('stats', { period: String(m.statsPeriod) });
  address(el, m.address);
}

function rng(p: XmlParent, r: Rng): void {
  const el = p.ele('rng', { model: r.model });
  el.ele('backend', { model: 'random' }).txt(r.backend);
  address(el, r.address);
}

/** Adds <interface> or <hostdev> and the other devices to a <devices> element, in libvirt's order. */
export function writeDevices(p: XmlParent, domain: Domain): void {
  const d = domain.devices;
  const devs = p.ele('devices');
  const other = writeOtherDevices(devs, domain);
  d.disks.forEach((x) => disk(devs, x));
  d.controllers.forEach((x) => controller(devs, x));
  other.filesystems();
  d.interfaces.forEach((x) => iface(devs, x));
  d.serials.forEach((x) => serial(devs, x));
  d.consoles.forEach((x) => consoleEl(devs, x));
  d.channels.forEach((x) => channel(devs, x));
  other.inputs();
  other.tpms();
  d.graphics.forEach((x) => graphics(devs, x));
  other.sounds();
  d.videos.forEach((x) => video(devs, x));
  d.hostdevs.forEach((x) => hostdev(devs, x));
  other.watchdogs();
  if (d.memballoon) memballoon(devs, d.memballoon);
  d.rngs.forEach((x) => rng(devs, x));
  other.panicsAndVsock();
}

/** Single elements, for `render --interface` (hotplug with virsh attach-device). */
export const deviceWriters = { interface: iface, hostdev };

/** The whole domain as XML text: 2-space indent, trailing newline, the same bytes for the same model. */
export function serializeDomain(domain: Domain): string {
  const doc = new XmlDocument();
  const root = doc.ele('domain', { type: 'kvm' });
  root.ele('name').txt(domain.name);
  root.ele('metadata').ele('http://kubevirt.io', 'kubevirt').ele('http://kubevirt.io', 'uid').txt(domain.vmiUid);
  writeResources(root, domain);
  writePlatform(root, domain);
  writeDevices(root, domain);
  return `${doc.end()}\n`;
}

/** One element as XML text, for fragments. */
export function serializeFragment(write: (p: XmlParent) => void): string {
  const doc = new XmlDocument();
  write(doc);
  return `${doc.end()}\n`;
}
