/** A guest PCI address: domain:bus:slot.function. */
export interface PciAddress {
  domain: number;
  bus: number;
  slot: number;
  function: number;
}

// KubeVirt's pciAddress pattern (facts.md §2): dddd:bb:ss.f, hex, case-insensitive.
const PCI_RE = /^([0-9a-f]{4}):([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])$/i;

/** Parses dddd:bb:ss.f; undefined when malformed or the slot is over 0x1f. */
export function parsePciAddress(text: string): PciAddress | undefined {
  const m = PCI_RE.exec(text);
  if (!m) return undefined;
  const a = { domain: parseInt(m[1]!, 16), bus: parseInt(m[2]!, 16), slot: parseInt(m[3]!, 16), function: parseInt(m[4]!, 16) };
  return a.slot > 0x1f ? undefined : a;
}

export function formatPciAddress(a: PciAddress): string {
  const h = (n: number, w: number): string => n.toString(16).padStart(w, '0');
  return `${h(a.domain, 4)}:${h(a.bus, 2)}:${h(a.slot, 2)}.${a.function}`;
}

export function samePciAddress(a: PciAddress, b: PciAddress): boolean {
  return a.domain === b.domain && a.bus === b.bus && a.slot === b.slot && a.function === b.function;
}
