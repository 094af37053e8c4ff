/**
 * `pfNames` and `rootDevices` entries may name VFs by index after a '#': `ens1f0#0-3,5` selects VFs
 * 0, 1, 2, 3 and 5 of ens1f0, both range ends included (sriov-network-device-plugin
 * pkg/resources/deviceSelectors.go, isSelected). An entry the plugin cannot parse selects nothing.
 */
export interface VfSelectorEntry {
  /** the PF name or PF PCI address before '#' */
  pf: string;
  /** index ranges, inclusive; undefined when the entry has no '#' (every function of the PF) */
  ranges?: [number, number][];
  /** why the plugin cannot parse the entry; it then selects no device */
  invalid?: string;
}

const INT = /^[+-]?[0-9]+$/;

export function parseVfSelectorEntry(entry: string): VfSelectorEntry {
  const fields = entry.split('#');
  const pf = fields[0] as string;
  if (fields.length === 1) return { pf };
  if (fields.length !== 2) return { pf, invalid: "more than one '#'" };
  const ranges: [number, number][] = [];
  for (const part of (fields[1] as string).split(',')) {
    if (part.includes('-')) {
      const r = part.split('-');
      if (r.length !== 2) return { pf, invalid: `'${part}' is not a range START-END` };
      if (!INT.test(r[0] as string)) return { pf, invalid: `range start '${r[0]}' is not a number` };
      if (!INT.test(r[1] as string)) return { pf, invalid: `range end '${r[1]}' is not a number` };
      ranges.push([Number(r[0]), Number(r[1])]);
    } else {
      if (!INT.test(part)) return { pf, invalid: `VF index '${part}' is not a number` };
      ranges.push([Number(part), Number(part)]);
    }
  }
  return { pf, ranges };
}

/** Whether a VF index is selected by an entry (an entry without '#' selects every index). */
export function vfIndexSelected(entry: VfSelectorEntry, vfIndex: number): boolean {
  if (entry.invalid) return false;
  if (!entry.ranges) return true;
  return entry.ranges.some(([lo, hi]) => vfIndex >= lo && vfIndex <= hi);
}
