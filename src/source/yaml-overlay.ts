import { isAlias, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { aliasTarget } from './yaml-aliases.js';
import { keyString } from './yaml-keys.js';
import { graft, graftOf, YNode } from './ynode.js';

// Edits of a parsed YAML tree that place nodes of another file in it (a preference's values in a
// VM's template, src/load/preference-overlay.ts), so that the readers read the result as one tree
// while every value keeps the position of the file it came from. The edits copy the mappings and
// lists on the edited path and share everything else; the parsed documents are never changed.

export type Key = string | number;

const resolved = (n: Node | null | undefined): Node | null => (n && isAlias(n) ? (aliasTarget(n) ?? null) : (n ?? null));
const absent = (n: Node | null): boolean => n === null || (isScalar(n) && n.value === null);

/** The node at `keys` (string keys in mappings, numbers in lists), or undefined. */
export function nodeAt(root: YNode, keys: readonly Key[]): YNode | undefined {
  let n: YNode | undefined = root;
  for (const k of keys) n = typeof k === 'number' ? n?.items()[k] : n?.get(k);
  return n;
}

/** Whether `keys` leads to nothing (absent or null), as Go's nil / "" for a field of the VMI. */
export function unset(root: YNode, keys: readonly Key[]): boolean {
  const n = nodeAt(root, keys);
  return !n || n.isNull || n.scalar === '';
}

/**
 * A copy of `root` with `value` (a node of any file) at `keys`. Missing mappings on the way are
 * created, placed where `value` is; `keyAt` is the node whose place a new key takes (the
 * preference's key). Unchanged (the same root) when something on the path is not a mapping or
 * list: the reader reports that value as it is.
 */
export function withValue(root: YNode, keys: readonly Key[], value: YNode, keyAt?: Node): YNode {
  if (!value.node) return root;
  graft(value.node, value);
  const node = setIn(root.node, keys, value.node, value, keyAt);
  return node ? new YNode(root.src, root.doc, node, root.path) : root;
}

/** A new mapping of `entries` (values of any file), placed where `at` is. */
export function mapOf(entries: readonly [string, YNode][], at: YNode, keyAt?: Node): YAMLMap {
  const m = created(new YAMLMap(), at);
  for (const [k, v] of entries) {
    if (!v.node) continue;
    graft(v.node, v);
    m.items.push(new Pair(newKey(k, at, keyAt), v.node));
  }
  return m;
}

/** A new list of `items` (nodes of any file), placed where `at` is. */
export function seqOf(items: readonly YNode[], at: YNode): YAMLSeq {
  const s = created(new YAMLSeq(), at);
  for (const it of items) {
    if (!it.node) continue;
    graft(it.node, it);
    s.items.push(it.node);
  }
  return s;
}

/** A new scalar, placed where `at` is. */
export function scalarOf(value: string | boolean | number | null, at: YNode): Scalar {
  const s = new Scalar(value);
  const r = at.node?.range;
  if (r) s.range = [r[0], r[1], r[2]];
  graft(s, at);
  return s;
}

/** A YNode for a node made here (mapOf, seqOf), to hand to withValue. */
export function madeNode(node: Node, at: YNode): YNode {
  return new YNode(at.src, at.doc, node, at.path);
}

function created<T extends YAMLMap | YAMLSeq>(n: T, at: YNode): T {
  const r = at.node?.range;
  if (r) n.range = [r[0], r[1], r[2]];
  graft(n, at);
  return n;
}

function newKey(k: string, at: YNode, keyAt?: Node): Scalar {
  const s = new Scalar(k);
  const r = keyAt?.range ?? at.node?.range;
  if (r) s.range = [r[0], r[1], r[2]];
  graft(s, at);
  return s;
}

function copy<T extends YAMLMap | YAMLSeq>(from: T, to: T): T {
  to.items = [...from.items] as T['items'];
  if (from.range) to.range = [...from.range] as [number, number, number];
  to.flow = from.flow;
  const g = graftOf(from);
  if (g) graft(to, g);
  return to;
}

function setIn(node: Node | null, keys: readonly Key[], value: Node, at: YNode, keyAt?: Node): Node | undefined {
  const [k, ...rest] = keys;
  if (k === undefined) return value;
  const cur = resolved(node);
  if (typeof k === 'number') {
    if (!isSeq(cur) || k >= cur.items.length) return undefined;
    const seq = copy(cur, new YAMLSeq());
    const next = setIn(seq.items[k] as Node | null, rest, value, at, keyAt);
    if (!next) return undefined;
    seq.items[k] = next;
    return seq;
  }
  if (!absent(cur) && !isMap(cur)) return undefined;
  const map = isMap(cur) ? copy(cur, new YAMLMap()) : created(new YAMLMap(), at);
  const i = map.items.findIndex((p) => keyString(p.key as Node | null) === k);
  const old = i >= 0 ? (map.items[i]!.value as Node | null) : null;
  const next = setIn(old, rest, value, at, keyAt);
  if (!next) return undefined;
  if (i >= 0) map.items[i] = new Pair(map.items[i]!.key, next);
  else map.items.push(new Pair(newKey(k, at, keyAt), next));
  return map;
}
