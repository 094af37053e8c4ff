import { isAlias, isMap, isPair, isSeq, type Alias, type Node } from 'yaml';
import { MAX_EXPANDED_NODES } from './limits.js';
import { forEachNode } from './yaml-walk.js';

// The yaml library resolves an alias by searching the whole document each time (Alias.resolve),
// and accepts aliases that name no anchor or that sit inside the node they name. Readers follow
// aliases, so the targets are found once here, and a document whose aliases are undefined,
// circular or expand past MAX_EXPANDED_NODES ("billion laughs") is refused before anyone reads it.

const targets = new WeakMap<Alias, Node>();

/** The node an alias names, for documents that passed checkAliases; undefined otherwise. */
export function aliasTarget(alias: Alias): Node | undefined {
  return targets.get(alias);
}

export type AliasProblem =
  | { kind: 'undefined'; alias: Alias }
  | { kind: 'circular'; alias: Alias }
  | { kind: 'expansion'; node: Node; size: number };

/** Resolves every alias of a document (the last anchor of that name before it, as YAML says) and checks the expansion. */
export function checkAliases(root: Node | null): AliasProblem | undefined {
  const anchors = new Map<string, Node>();
  let undefinedAlias: Alias | undefined;
  let any = false;
  forEachNode(root, (node) => {
    if (isAlias(node)) {
      any = true;
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      else undefinedAlias ??= node;
    } else if (node.anchor) {
      // set before the node's children are visited: an alias inside its own anchor is circular
      anchors.set(node.anchor, node);
    }
  });
  if (undefinedAlias) return { kind: 'undefined', alias: undefinedAlias };
  return any ? expansion(root) : undefined;
}

/** Children of a node with aliases replaced by their targets, each paired with the alias it came through. */
function children(node: Node): { node: Node; via?: Alias }[] {
  if (!isMap(node) && !isSeq(node)) return [];
  const out: { node: Node; via?: Alias }[] = [];
  const add = (n: unknown): void => {
    if (!n) return;
    if (isAlias(n)) {
      const t = targets.get(n);
      if (t) out.push({ node: t, via: n });
    } else {
      out.push({ node: n as Node });
    }
  };
  for (const it of node.items as unknown[]) {
    if (isPair(it)) {
      add(it.key);
      add(it.value);
    } else {
      add(it);
    }
  }
  return out;
}

/**
 * Counts the nodes of the document as a reader following every alias would see them, memoized
 * per node so the count itself stays linear, and finds aliases that lead back into themselves.
 */
function expansion(root: Node | null): AliasProblem | undefined {
  if (!root) return undefined;
  const size = new Map<Node, number>();
  const onPath = new Set<Node>();
  const stack: { node: Node; entered: boolean }[] = [{ node: root, entered: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (!top.entered) {
      if (size.has(top.node)) {
        stack.pop();
        continue;
      }
      top.entered = true;
      onPath.add(top.node);
      for (const c of children(top.node)) {
        if (onPath.has(c.node)) return { kind: 'circular', alias: c.via! };
        if (!size.has(c.node)) stack.push({ node: c.node, entered: false });
      }
      continue;
    }
    stack.pop();
    onPath.delete(top.node);
    let n = 1;
    for (const c of children(top.node)) n = Math.min(n + (size.get(c.node) ?? 0), MAX_EXPANDED_NODES + 1);
    size.set(top.node, n);
    if (n > MAX_EXPANDED_NODES) return { kind: 'expansion', node: top.node, size: n };
  }
  return undefined;
}
