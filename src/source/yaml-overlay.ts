import { keyText, type TMap, type TNode, type TPair, type TScalar, type TSeq } from './yaml-tree.js';
import { graft, graftOf, YNode } from './ynode.js';

// Edits of a parsed YAML tree that place nodes of another file in it (a preference's values in a
// VM's template, src/load/preference-overlay.ts), so that the readers read the result as one tree
// while every value keeps the position of the file it came from. The edits copy the mappings and
// lists on the edited path and share everything else; the parsed documents are never changed.

export type Key = string | number;

const absent = (n: TNode | null): boolean => n === null || (n.kind === 'scalar' && n.value === null);

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
export function withValue(root: YNode, keys: readonly Key[], value: YNode, keyAt?: TNode): YNode {
  if (!value.node) return root;
  graft(value.node, value);
  const node = setIn(root.node, keys, value.node, value, keyAt);
  return node ? new YNode(root.src, node, root.path) : root;
}

/** A new mapping of `entries` (values of any file), placed where `at` is. */
export function mapOf(entries: readonly [string, YNode][], at: YNode, keyAt?: TNode): TMap {
  const pairs: TPair[] = [];
  for (const [k, v] of entries) {
    if (!v.node) continue;
    graft(v.node, v);
    pairs.push({ key: newKey(k, at, keyAt), value: v.node });
  }
  return placed({ kind: 'map', pairs, range: at.node?.range }, at);
}

/** A new list of `items` (nodes of any file), placed where `at` is. */
export function seqOf(items: readonly YNode[], at: YNode): TSeq {
  const list: TNode[] = [];
  for (const it of items) {
    if (!it.node) continue;
    graft(it.node, it);
    list.push(it.node);
  }
  return placed({ kind: 'seq', items: list, range: at.node?.range }, at);
}

/** A new scalar, placed where `at` is. */
export function scalarOf(value: string | boolean | number | null, at: YNode): TScalar {
  return placed(madeScalar(value, at.node?.range), at);
}

/** A YNode for a node made here (mapOf, seqOf), to hand to withValue. */
export function madeNode(node: TNode, at: YNode): YNode {
  return new YNode(at.src, node, at.path);
}

/** A scalar made here, not read from a file: it has no source text or style. */
function madeScalar(value: unknown, range: TNode['range']): TScalar {
  return { kind: 'scalar', value, source: undefined, style: undefined, range };
}

function placed<T extends TNode>(n: T, at: YNode): T {
  graft(n, at);
  return n;
}

function newKey(k: string, at: YNode, keyAt?: TNode): TScalar {
  return placed(madeScalar(k, keyAt?.range ?? at.node?.range), at);
}

/** A copy of a mapping or list with other entries, grafted where the original was. */
function copied<T extends TMap | TSeq>(from: T, to: T): T {
  const g = graftOf(from);
  if (g) graft(to, g);
  return to;
}

function setIn(node: TNode | null, keys: readonly Key[], value: TNode, at: YNode, keyAt?: TNode): TNode | undefined {
  const [k, ...rest] = keys;
  if (k === undefined) return value;
  const cur = node;
  if (typeof k === 'number') {
    if (cur?.kind !== 'seq' || k >= cur.items.length) return undefined;
    const next = setIn(cur.items[k] ?? null, rest, value, at, keyAt);
    if (!next) return undefined;
    const items = [...cur.items];
    items[k] = next;
    return copied(cur, { kind: 'seq', items, range: cur.range });
  }
  if (!absent(cur) && cur?.kind !== 'map') return undefined;
  const pairs: TPair[] = cur?.kind === 'map' ? [...cur.pairs] : [];
  const i = pairs.findIndex((p) => keyText(p.key) === k);
  const old = i >= 0 ? pairs[i]!.value : null;
  const next = setIn(old, rest, value, at, keyAt);
  if (!next) return undefined;
  if (i >= 0) pairs[i] = { key: pairs[i]!.key, value: next };
  else pairs.push({ key: newKey(k, at, keyAt), value: next });
  return cur?.kind === 'map' ? copied(cur, { kind: 'map', pairs, range: cur.range }) : placed({ kind: 'map', pairs, range: at.node?.range }, at);
}
