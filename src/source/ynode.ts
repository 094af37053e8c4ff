import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { positionAt, type Source } from './source.js';
import { isWordCode } from './ascii.js';
import { xmlInvalidChar } from './xml-chars.js';
import { keyText, type TMap, type TNode, type TPair } from './yaml-tree.js';

/**
 * Nodes of another document placed into a tree (src/source/yaml-overlay.ts: a preference's values
 * in a VM's template): their positions are in the file they came from.
 */
interface Graft {
  src: Source;
  /** its path in that file, for messages */
  path: string;
}
const grafts = new WeakMap<TNode, Graft>();

/** Marks `node` as belonging to `from`'s file and path, wherever it is placed. */
export function graft(node: TNode, from: Graft): void {
  grafts.set(node, { src: from.src, path: from.path });
}

/** The file a node was grafted from, if it was. */
export function graftOf(node: TNode): Graft | undefined {
  return grafts.get(node);
}

/** Each mapping's entries by key, built on the first lookup so that get() is not a scan (issue #6). */
const keyIndex = new WeakMap<TMap, Map<string, TPair>>();

function indexOf(map: TMap): Map<string, TPair> {
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.pairs) {
      const k = keyText(p.key);
      // documents with duplicate keys never get here (parseRoots drops them); keep the first anyway
      if (k !== undefined && !index.has(k)) index.set(k, p);
    }
    keyIndex.set(map, index);
  }
  return index;
}

/** Keys an older KubeVirt's API server would prune (pruneKey): every reader then sees them absent. */
const pruned = new WeakSet<TPair>();
/** whether anything was ever pruned: until then a mapping's pairs are read as they are, with no filtered copy */
let anyPruned = false;

/**
 * A YAML node that remembers its file, its path from the document root (for messages) and its
 * position (for diagnostics). Reading never throws: a wrong type is reported and read as absent.
 * Aliases were resolved when the tree was made (an alias's node is its anchor's, shared).
 */
export class YNode {
  /** the path, made when first asked (most nodes are read and never named in a message) */
  private pathText: string | undefined;
  /** for a child: its parent and its key or index, from which the path and the fallback are made */
  private parent: YNode | undefined;
  private step: string | number | undefined;
  /** for a mapping's value: the entry, whose key is where a null value points */
  private entry: TPair | undefined;
  /** where to point when the node itself has no range (a null value): its key */
  private fallback: Position | undefined;

  constructor(
    readonly src: Source,
    readonly node: TNode | null,
    path: string,
    fallback?: Position,
  ) {
    this.pathText = path;
    this.fallback = fallback;
  }

  /**
   * A child of `parent`: at key `step` (a mapping's `entry`) or index `step` (a list's item). Its
   * path and the position of a null value are made only when asked: reading a VMI walks every
   * node, and a message names few of them (README "Speed": linear at KubeVirt's limits).
   */
  private static childOf(parent: YNode, node: TNode | null, step: string | number, entry: TPair | undefined): YNode {
    const g = node ? grafts.get(node) : undefined;
    const c = new YNode(g ? g.src : parent.src, node, '');
    c.pathText = g ? g.path : undefined;
    c.parent = parent;
    c.step = step;
    c.entry = entry;
    return c;
  }

  get path(): string {
    if (this.pathText === undefined) {
      const parent = this.parent!.path;
      this.pathText = typeof this.step === 'number' ? `${parent}[${this.step}]` : join(parent, this.step!);
    }
    return this.pathText;
  }

  get pos(): Position {
    const r = this.node?.range;
    if (r) return positionAt(this.src, r[0], r[1]);
    if (this.fallback === undefined && this.parent) this.fallback = this.entry ? this.parent.keyPosOf(this.entry) : this.parent.pos;
    return this.fallback ?? positionAt(this.src, 0);
  }

  get isMap(): boolean {
    return this.node?.kind === 'map';
  }

  get isSeq(): boolean {
    return this.node?.kind === 'seq';
  }

  /** null, ~ or an empty value */
  get isNull(): boolean {
    return this.node === null || (this.node.kind === 'scalar' && this.node.value === null);
  }

  get scalar(): unknown {
    return this.node?.kind === 'scalar' ? this.node.value : undefined;
  }

  /** A scalar as written in the file (before YAML turned it into a number or boolean). */
  get sourceText(): string | undefined {
    return this.node?.kind === 'scalar' ? this.node.source : undefined;
  }

  /** What kind of YAML value this is, in words, for type errors. */
  get typeName(): string {
    if (this.isNull) return 'null';
    if (this.isMap) return 'a mapping';
    if (this.isSeq) return 'a list';
    const v = this.scalar;
    if (typeof v === 'string') return 'a string';
    if (typeof v === 'number' || typeof v === 'bigint') return 'a number';
    if (typeof v === 'boolean') return 'a boolean';
    return 'an unexpected value';
  }

  private pairs(): readonly TPair[] {
    if (this.node?.kind !== 'map') return [];
    return anyPruned ? this.node.pairs.filter((p) => !pruned.has(p)) : this.node.pairs;
  }

  /** Makes a key of this mapping absent for every later reader, as an API server pruning an unknown field. */
  prune(key: string): void {
    const p = this.pair(key);
    if (!p) return;
    pruned.add(p);
    anyPruned = true;
  }

  /** The mapping's entries with string keys, in document order. */
  entries(): { key: string; readonly keyPos: Position; value: YNode }[] {
    const out: { key: string; readonly keyPos: Position; value: YNode }[] = [];
    const map = this;
    for (const p of this.pairs()) {
      const key = keyText(p.key) ?? '';
      const value = YNode.childOf(this, p.value, key, p);
      // made when read: the unknown-field walk reads every entry and reports few
      out.push({ key, value, get keyPos() { return map.keyPosOf(p); } });
    }
    return out;
  }

  private pair(key: string): TPair | undefined {
    const p = this.node?.kind === 'map' ? indexOf(this.node).get(key) : undefined;
    return p && !pruned.has(p) ? p : undefined;
  }

  /** where a mapping's entry is: its key (in the file the key was grafted from) */
  private keyPosOf(p: TPair): Position {
    const k = p.key;
    const kr = k?.range;
    return kr ? positionAt((k && grafts.get(k)?.src) ?? this.src, kr[0], kr[1]) : this.pos;
  }

  /** The key node of a mapping entry (to place a copy of the entry elsewhere, yaml-overlay.ts). */
  keyNode(key: string): TNode | undefined {
    return this.pair(key)?.key ?? undefined;
  }

  /** A mapping's value by key, or undefined when the key is absent (or this is not a mapping). */
  get(key: string): YNode | undefined {
    const p = this.pair(key);
    return p ? YNode.childOf(this, p.value, key, p) : undefined;
  }

  /** Position of a key in this mapping, or of the mapping itself. */
  keyPos(key: string): Position {
    const p = this.pair(key);
    return p ? this.keyPosOf(p) : this.pos;
  }

  /** Walks a dotted path of keys. */
  at(...keys: string[]): YNode | undefined {
    let n: YNode | undefined = this;
    for (const k of keys) {
      n = n?.get(k);
      if (!n) return undefined;
    }
    return n;
  }

  items(): YNode[] {
    const n = this.node;
    if (n?.kind !== 'seq') return [];
    return n.items.map((it, i) => YNode.childOf(this, it, i, undefined));
  }
}

/** /^[A-Za-z0-9_-]+$/, by character code: a key a path shows without quotes. */
function isBareKey(key: string): boolean {
  if (key === '') return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!isWordCode(c) && c !== 45) return false;
  }
  return true;
}

function join(path: string, key: string): string {
  const k = isBareKey(key) ? key : JSON.stringify(key);
  return path ? `${path}.${k}` : k;
}

// Typed readers: each reports a WRONG_TYPE diagnostic and returns undefined on a mismatch.

export function readString(n: YNode | undefined, diags: Diagnostics): string | undefined {
  if (!n || n.isNull) return undefined;
  const v = n.scalar;
  if (typeof v === 'string') {
    // every string may reach the domain XML, which cannot carry these characters at all (not even
    // as references); YAML's "\x01" or "\ud800" escapes can produce them from clean UTF-8
    const bad = xmlInvalidChar(v);
    if (bad === undefined) return v;
    diags.error('INVALID_CHARACTER', `${n.path} holds ${bad}, which XML cannot carry`, n.pos, {
      help: 'remove the control character or unpaired surrogate (often an escape sequence in a double-quoted string)',
    });
    return undefined;
  }
  diags.error('WRONG_TYPE', `${n.path} must be a string, found ${n.typeName}`, n.pos, {
    help: 'quote the value if YAML reads it as a number or boolean',
  });
  return undefined;
}

export function readBool(n: YNode | undefined, diags: Diagnostics): boolean | undefined {
  if (!n || n.isNull) return undefined;
  const v = n.scalar;
  if (typeof v === 'boolean') return v;
  diags.error('WRONG_TYPE', `${n.path} must be true or false, found ${n.typeName}`, n.pos);
  return undefined;
}

/** A non-negative integer within max. */
export function readUint(n: YNode | undefined, diags: Diagnostics, max = 2 ** 31 - 1): number | undefined {
  if (!n || n.isNull) return undefined;
  const v = n.scalar;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max) return v;
  if (typeof v === 'number' || typeof v === 'bigint') {
    // the text as written: 1e400 reads as Infinity and 99999999999999999999 loses its digits
    diags.error('INVALID_VALUE', `${n.path} must be a whole number from 0 to ${max}, found ${n.sourceText ?? String(v)}`, n.pos);
  } else {
    diags.error('WRONG_TYPE', `${n.path} must be a whole number, found ${n.typeName}`, n.pos);
  }
  return undefined;
}

export function expectMap(n: YNode | undefined, diags: Diagnostics): YNode | undefined {
  if (!n || n.isNull) return undefined;
  if (n.isMap) return n;
  diags.error('WRONG_TYPE', `${n.path} must be a mapping, found ${n.typeName}`, n.pos);
  return undefined;
}

/** A list's items; with `max`, a longer list is reported and only its first `max` items are read. */
export function expectSeq(n: YNode | undefined, diags: Diagnostics, max?: number): YNode[] {
  if (!n || n.isNull) return [];
  if (n.isSeq) {
    const items = n.items();
    if (max === undefined || items.length <= max) return items;
    diags.error('LIST_TOO_LONG', `${n.path} has ${items.length} items, over KubeVirt's limit of ${max}`, n.pos, {
      help: `KubeVirt's schema allows at most ${max}; only the first ${max} were read`,
    });
    return items.slice(0, max);
  }
  diags.error('WRONG_TYPE', `${n.path} must be a list, found ${n.typeName}`, n.pos);
  return [];
}

/** A value with the place it came from. */
export interface Located<T> {
  value: T;
  pos: Position;
}

export function located<T>(value: T | undefined, n: YNode | undefined): Located<T> | undefined {
  return value === undefined || !n ? undefined : { value, pos: n.pos };
}
