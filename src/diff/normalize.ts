import type { XmlNode } from './xml-tree.js';

// Values that libvirt reads the same are compared the same: integers by value in any base libvirt
// accepts (0x02 = 0x2 = 2, port 0x10 = 16), MAC addresses whatever their case, memory in bytes
// whatever its unit.

const INTEGER = /^(?:0x[0-9a-f]+|[0-9]+)$/i;

function integerValue(s: string): bigint | undefined {
  const t = s.trim();
  return INTEGER.test(t) ? BigInt(t) : undefined;
}

/** Whether two attribute or text values mean the same to libvirt. */
export function sameValue(a: string, b: string, element: string, attr?: string): boolean {
  if (a === b) return true;
  const x = integerValue(a);
  const y = integerValue(b);
  if (x !== undefined && y !== undefined) return x === y;
  if (element === 'mac' && attr === 'address') return a.toLowerCase() === b.toLowerCase();
  return false;
}

/**
 * Attributes whose absence means a value: libvirt leaves the default out (an inactive dumpxml
 * drops tray='closed' from a cdrom's target, seen on libvirt 9.0), or writes it where KubeVirt
 * did not (managed='no' on a USB or mdev hostdev, display='off' on an mdev without a display).
 */
const DEFAULTS: Record<string, string> = {
  'address@multifunction': 'off', 'target@tray': 'closed', 'hostdev@mode': 'subsystem', 'hostdev@managed': 'no',
  'hostdev@display': 'off', 'hostdev@ramfb': 'off', 'feature@policy': 'require',
};

/** An attribute's value, or the default libvirt assumes when it is absent. */
export function attrValue(node: XmlNode, attr: string): string | undefined {
  return node.attrs.get(attr) ?? DEFAULTS[`${node.name}@${attr}`];
}

// libvirt's scaled integers (docs: formatdomain "Memory Allocation"); no unit means KiB.
const UNITS: Record<string, bigint> = {
  b: 1n, bytes: 1n,
  k: 1024n, kib: 1024n, kb: 1000n,
  m: 1024n ** 2n, mib: 1024n ** 2n, mb: 1000n ** 2n,
  g: 1024n ** 3n, gib: 1024n ** 3n, gb: 1000n ** 3n,
  t: 1024n ** 4n, tib: 1024n ** 4n, tb: 1000n ** 4n,
};

/** Elements whose text is a scaled integer with a unit attribute. */
export const SCALED = new Set(['memory', 'currentMemory', 'maxMemory']);

/** A <memory unit=...>N</memory> in bytes, or undefined when it does not parse. */
export function scaledBytes(node: XmlNode): bigint | undefined {
  const n = integerValue(node.text);
  const unit = UNITS[(node.attrs.get('unit') ?? 'KiB').toLowerCase()];
  return n === undefined || unit === undefined ? undefined : n * unit;
}

/** A value with its unit, as shown in a difference. */
export function scaledText(node: XmlNode): string {
  return `${node.text} ${node.attrs.get('unit') ?? 'KiB'}`;
}
