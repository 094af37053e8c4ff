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
  const children = new Map<string, string[]>();
  for (const line of `${DATA[schema]}\n${EXTENSIONS[schema]}`.split('\n')) {
    if (!line) continue;
    const [path, type] = line.split('\t') as [string, string];
    types.set(path, type);
    const cut = path.lastIndexOf('.');
    const parent = cut === -1 ? '' : path.slice(0, cut);
    const name = (cut === -1 ? path : path.slice(cut + 1)).replace(/\[\]$/, '');
    const list = children.get(parent) ?? [];
    if (!list.includes(name)) list.push(name);
    children.set(parent, list);
  }
  inv = { types, children };
  cache.set(schema, inv);
  return inv;
}

/** The path of field `key` under `parent` as the inventory writes it: `x[]` for a list. */
export function childPath(inv: FieldInventory, parent: string, key: string): string | undefined {
  const p = parent ? `${parent}.${key}` : key;
  if (inv.types.has(p)) return p;
  if (inv.types.has(`${p}[]`)) return `${p}[]`;
  return undefined;
}
