// The field paths of KubeVirt 1.9's specs (fields-1.9.ts) as lookups: a path's type, and the
// fields a path has (for did-you-mean).
import { INSTANCETYPE_SPEC_FIELDS, PREFERENCE_SPEC_FIELDS, VM_SPEC_FIELDS, VMI_SPEC_FIELDS } from './fields-1.9.js';

export type Schema = 'vmi' | 'vm' | 'instancetype' | 'preference';

export interface FieldInventory {
  /** path -> type (`object`, `list`, `string`, `external`, `map`, `list:string`, ...) */
  types: ReadonlyMap<string, string>;
  /** parent path ('' for the spec itself) -> the names of its fields */
  children: ReadonlyMap<string, readonly string[]>;
}

const DATA: Record<Schema, string> = {
  vmi: VMI_SPEC_FIELDS,
  vm: VM_SPEC_FIELDS,
  instancetype: INSTANCETYPE_SPEC_FIELDS,
  preference: PREFERENCE_SPEC_FIELDS,
};
/**
 * Fields vdpa-xml reads that KubeVirt 1.9 does not have: the `vdpa: {}` binding is this project's
 * primary input (facts.md §2: KubeVirt never merged a vDPA binding; the plugin spelling is
 * `binding: {name: vdpa}`).
 */
const EXTENSIONS: Record<Schema, string> = {
  vmi: 'domain.devices.interfaces[].vdpa\tobject',
  vm: '',
  instancetype: '',
  preference: '',
};
const cache = new Map<Schema, FieldInventory>();

export function fieldInventory(schema: Schema): FieldInventory {
  let inv = cache.get(schema);
  if (inv) return inv;
  const types = new Map<string, string>();
  const text = `${DATA[schema]}\n${EXTENSIONS[schema]}`;
  // one pass of indexOf over the text: every render walks the VMI against this, so its cost is start-up
  for (let at = 0; at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl === -1) nl = text.length;
    const tab = text.indexOf('\t', at);
    if (tab !== -1 && tab < nl) types.set(text.slice(at, tab), text.slice(tab + 1, nl));
    at = nl + 1;
  }
  let children: Map<string, string[]> | undefined;
  inv = {
    types,
    // only a did-you-mean needs the fields of a path: made on first use
    get children(): ReadonlyMap<string, readonly string[]> {
      return (children ??= childrenOf(types));
    },
  };
  cache.set(schema, inv);
  return inv;
}

function childrenOf(types: ReadonlyMap<string, string>): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const path of types.keys()) {
    const cut = path.lastIndexOf('.');
    const parent = cut === -1 ? '' : path.slice(0, cut);
    const name = (cut === -1 ? path : path.slice(cut + 1)).replace(/\[\]$/, '');
    const list = children.get(parent) ?? [];
    if (!list.includes(name)) list.push(name);
    children.set(parent, list);
  }
  return children;
}

/** The path of field `key` under `parent` as the inventory writes it: `x[]` for a list. */
export function childPath(inv: FieldInventory, parent: string, key: string): string | undefined {
  const p = parent ? `${parent}.${key}` : key;
  if (inv.types.has(p)) return p;
  if (inv.types.has(`${p}[]`)) return `${p}[]`;
  return undefined;
}
