// What "the same addresses" means: every device is named by an identity that does not depend on
// its address (interface and hostdev alias, disk target, controller type+index, channel name,
// the n-th video / rng, the memballoon) and compared on its address (PCI with multifunction,
// drive, virtio-serial) and, for controllers, its model, <model name> and <target>.
import { attr, child, elements, type XmlElement } from './xml.js';

export interface DeviceFacts {
  /** identity -> address and the fields compared, or '-' when the device has no address */
  devices: Map<string, string>;
  /** controller identities in document order */
  controllerOrder: string[];
}

function num(v: string | undefined): number {
  if (v === undefined) return NaN;
  return v.startsWith('0x') ? parseInt(v, 16) : parseInt(v, 10);
}

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

export function addressText(el: XmlElement): string | undefined {
  const a = child(el, 'address');
  if (!a) return undefined;
  switch (attr(a, 'type')) {
    case 'pci': {
      const s = `pci ${num(attr(a, 'domain') ?? '0').toString(16).padStart(4, '0')}:${hex2(num(attr(a, 'bus')))}:${hex2(num(attr(a, 'slot')))}.${num(attr(a, 'function'))}`;
      return attr(a, 'multifunction') === 'on' ? `${s} multifunction` : s;
    }
    case 'drive':
      return `drive ${num(attr(a, 'controller'))}:${num(attr(a, 'bus'))}:${num(attr(a, 'target') ?? '0')}:${num(attr(a, 'unit'))}`;
    case 'virtio-serial':
      return `virtio-serial ${num(attr(a, 'controller'))}:${num(attr(a, 'bus'))}:${num(attr(a, 'port'))}`;
    default:
      return a.attrs.map(([k, v]) => `${k}=${v}`).join(' ');
  }
}

/** The facts compared for one <domain>. */
export function deviceFacts(domain: XmlElement): DeviceFacts {
  const devices = new Map<string, string>();
  const controllerOrder: string[] = [];
  const devs = child(domain, 'devices');
  const counters = new Map<string, number>();
  const nth = (tag: string): number => {
    const n = counters.get(tag) ?? 0;
    counters.set(tag, n + 1);
    return n;
  };
  for (const el of devs ? elements(devs) : []) {
    const alias = attr(child(el, 'alias') ?? { tag: '', attrs: [], children: [] }, 'name');
    let id: string;
    const extra: string[] = [];
    switch (el.tag) {
      case 'disk':
        id = `disk ${attr(child(el, 'target')!, 'dev')}`;
        break;
      case 'controller': {
        id = `controller ${attr(el, 'type')} ${attr(el, 'index')}`;
        controllerOrder.push(id);
        const model = attr(el, 'model');
        if (model) extra.push(`model=${model}`);
        const mn = child(el, 'model');
        if (mn) extra.push(`name=${attr(mn, 'name')}`);
        const t = child(el, 'target');
        if (t) for (const k of ['chassisNr', 'chassis', 'port']) if (attr(t, k) !== undefined) extra.push(`${k}=${num(attr(t, k))}`);
        break;
      }
      case 'interface':
      case 'hostdev':
        id = `${el.tag} ${alias ?? `#${nth(el.tag)}`}`;
        break;
      case 'channel':
        id = `channel ${attr(child(el, 'target')!, 'name')}`;
        break;
      case 'memballoon':
        id = 'memballoon';
        extra.push(`model=${attr(el, 'model')}`);
        break;
      default:
        id = `${el.tag} #${nth(el.tag)}`;
    }
    const a = addressText(el);
    // elements without an address that carry nothing compared (inputs, audio, graphics...) are skipped
    if (!a && el.tag !== 'controller' && el.tag !== 'disk' && el.tag !== 'interface' && el.tag !== 'hostdev' && el.tag !== 'memballoon') continue;
    devices.set(id, [a ?? '-', ...extra].join(' '));
  }
  return { devices, controllerOrder };
}

/** Lines describing every difference between ours and libvirt's; empty when identical. */
export function diffFacts(ours: DeviceFacts, libvirt: DeviceFacts, opts: { order: boolean }): string[] {
  const out: string[] = [];
  const keys = [...new Set([...ours.devices.keys(), ...libvirt.devices.keys()])];
  for (const k of keys) {
    const o = ours.devices.get(k);
    const l = libvirt.devices.get(k);
    if (o === l) continue;
    if (o === undefined) out.push(`  ${k}: missing in ours; libvirt has ${l}`);
    else if (l === undefined) out.push(`  ${k}: ours has ${o}; libvirt has no such device`);
    else out.push(`  ${k}: ours ${o} | libvirt ${l}`);
  }
  if (opts.order && ours.controllerOrder.join(',') !== libvirt.controllerOrder.join(',')) {
    out.push(`  controller order: ours [${ours.controllerOrder.join(', ')}] | libvirt [${libvirt.controllerOrder.join(', ')}]`);
  }
  return out;
}
