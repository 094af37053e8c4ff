import { isMap, isPair, isSeq, type Node } from 'yaml';

/**
 * Calls `visit` on every node under `root` in document order (a mapping before its keys, a key
 * before its value), without following aliases. Iterative: documents are at most MAX_DEPTH deep
 * once parsed, but nothing here should depend on that.
 */
export function forEachNode(root: Node | null, visit: (node: Node) => void): void {
  const stack: Node[] = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    if (isMap(node) || isSeq(node)) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i];
        if (isPair(it)) {
          if (it.value) stack.push(it.value as Node);
          if (it.key) stack.push(it.key as Node);
        } else if (it) {
          stack.push(it as Node);
        }
      }
    }
  }
}
