// The field paths of KubeVirt 1.9's specs (fields-1.9.ts) as lookups: a path's type, and the
// fields a path has (for did-you-mean).
import { INSTANCETYPE_SPEC_FIELDS, PREFERENCE_SPEC_FIELDS, VM_SPEC_FIELDS, VMI_SPEC_FIELDS } from './fields-1.9.js';

export type Schema = 'vmi' | 'vm' | 'instancetype' | 'preference';

export interface FieldInventory {
  /** a path's type (`object`, `list`, `string`, `external`, `map`, `list:string`, ...); undefined for a path the spec lacks */
  typeOf(path: string): string | undefined;
  /** every path -> its type (the whole table, made on first use) */
  readonly types: ReadonlyMap<string, string>;
  /** parent path ('' for the spec itself) -> the names of its fields (made on first use) */
  readonly children: ReadonlyMap<string, readonly string[]>;
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
  // every line `path<TAB>type`, each after a newline and before one
  const text = `\n${DATA[schema]}\n${EXTENSIONS[schema]}\n`;
  // Every render walks the VMI against the table, so its cost is start-up: a path is looked up
  // by searching the text, and remembered once found (a VMI asks a few dozen distinct paths,
  // however many interfaces repeat them). A map of the whole table allocated about 100 KB, a
  // tenth of what a cold render may allocate before V8's first scavenge (README, "Speed").
  const found = new Map<string, string>();
  let types: Map<string, string> | undefined;
  let children: Map<string, string[]> | undefined;
  inv = {
    typeOf(path: string): string | undefined {
      const known = found.get(path);
      if (known !== undefined) return known;
      // a key with a tab or a newline is no field, and would match across lines
      if (path === '' || path.includes('\t') || path.includes('\n')) return undefined;
      const at = text.indexOf(`\n${path}\t`);
      if (at === -1) return undefined;
      const from = at + path.length + 2;
      const type = text.slice(from, text.indexOf('\n', from));
      found.set(path, type);
      return type;
    },
    get types(): ReadonlyMap<string, string> {
      return (types ??= tableOf(text));
    },
    // only a did-you-mean needs the fields of a path
    get children(): ReadonlyMap<string, readonly string[]> {
      return (children ??= childrenOf(this.types));
    },
  };
  cache.set(schema, inv);
  return inv;
}

/** The whole table: path -> type, a line at a time. */
function tableOf(text: string): Map<string, string> {
  const types = new Map<string, string>();
  for (let at = 0; at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl === -1) nl = text.length;
    const tab = text.indexOf('\t', at);
    if (tab !== -1 && tab < nl) types.set(text.slice(at, tab), text.slice(tab + 1, nl));
    at = nl + 1;
  }
  return types;
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
  if (inv.typeOf(p) !== undefined) return p;
  if (inv.typeOf(`${p}[]`) !== undefined) return `${p}[]`;
  return undefined;
}
