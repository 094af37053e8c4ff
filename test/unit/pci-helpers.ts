// Small domains for the address-pass unit tests, and a one-line-per-device view of their addresses
// so tests can compare whole layouts.
import { emptyDevices, type Address, type Controller, type Devices, type Domain, type Interface } from '../../src/model/domain.js';

export function domain(machine: 'q35' | 'pc' | 'virt' | 's390-ccw', devices: Partial<Devices> = {}, memoryBytes = 2 ** 31): Domain {
  return {
    name: 'default_t',
    vmiUid: 'uid',
    memoryBytes,
    vcpus: 1,
    cpu: { mode: 'host-model', sockets: 1, cores: 1, threads: 1, features: [] },
    os: {},
    features: { acpi: true, apic: false, smm: false, vmport: true },
    arch: machine === 'virt' ? 'aarch64' : machine === 's390-ccw' ? 's390x' : 'x86_64',
    machine,
    machineType: machine === 's390-ccw' ? 's390-ccw-virtio' : machine,
    devices: { ...emptyDevices(), ...devices },
  };
}

/** What KubeVirt's converter always writes: usb none, virtio-scsi, virtio-serial, the agent channel, vga, balloon. */
export function kubevirtDevices(model = 'virtio-non-transitional', opts: { serial?: boolean; video?: boolean; balloon?: boolean } = {}): Partial<Devices> {
  const controllers: Controller[] = [
    { type: 'usb', index: 0, model: 'none' },
    { type: 'scsi', index: 0, model },
  ];
  if (opts.serial !== false) controllers.push({ type: 'virtio-serial', index: 0, model });
  return {
    controllers,
    channels: [{ type: 'unix', targetName: 'org.qemu.guest_agent.0' }],
    videos: opts.video === false ? [] : [{ model: 'vga', vram: 16384, heads: 1 }],
    memballoon: opts.balloon === false ? { model: 'none', statsPeriod: 0, freePageReporting: false } : { model, statsPeriod: 10, freePageReporting: true },
  };
}

export const tap = (name: string, model = 'virtio-non-transitional'): Interface => ({
  type: 'ethernet', alias: `ua-${name}`, target: { dev: `tap-${name}`, managed: 'no' }, model,
});
export const vdpa = (name: string, n: number): Interface => ({ type: 'vdpa', alias: `ua-${name}`, sourceDev: `/dev/vhost-vdpa-${n}`, model: 'virtio' });

const h2 = (n: number): string => n.toString(16).padStart(2, '0');

function addr(a: Address | undefined): string {
  if (!a) return '-';
  switch (a.type) {
    case 'pci':
      return `${h2(a.pci.bus)}:${h2(a.pci.slot)}.${a.pci.function}${a.multifunction ? ' mf' : ''}`;
    case 'drive':
      return `drive ${a.controller}:${a.bus}:${a.target}:${a.unit}`;
    case 'virtio-serial':
      return `virtio-serial ${a.controller}:${a.bus}:${a.port}`;
    case 'usb':
      return `usb ${a.bus}:${a.port}`;
    case 'ccw':
      return `ccw ${a.cssid.toString(16)}.${a.ssid}.${a.devno.toString(16).padStart(4, '0')}`;
  }
}

/** Every device, in the order the XML lists them, as `<identity> <address>`. */
export function layout(d: Domain): string[] {
  const v = d.devices;
  const out: string[] = [];
  for (const x of v.disks) out.push(`disk ${x.target.dev} ${addr(x.address)}`);
  for (const c of v.controllers) {
    let s = `${c.type} ${c.index}${c.model ? ` ${c.model}` : ''} ${addr(c.address)}`;
    if (c.target?.chassis !== undefined) s += ` chassis=${c.target.chassis} port=0x${c.target.port!.toString(16)}`;
    if (c.target?.chassisNr !== undefined) s += ` chassisNr=${c.target.chassisNr}`;
    out.push(s);
  }
  for (const i of v.interfaces) out.push(`interface ${i.alias ?? i.target?.dev} ${addr(i.address)}`);
  for (const c of v.channels) out.push(`channel ${addr(c.address)}`);
  for (const x of v.videos) out.push(`video ${addr(x.address)}`);
  for (const h of v.hostdevs) out.push(`hostdev ${h.alias} ${addr(h.address)}`);
  if (v.memballoon) out.push(`memballoon ${v.memballoon.model} ${addr(v.memballoon.address)}`);
  for (const r of v.rngs) out.push(`rng ${addr(r.address)}`);
  return out;
}
