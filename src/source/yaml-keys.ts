import { isAlias, isMap, isScalar, type Node, type Range } from 'yaml';
import { aliasTarget } from './yaml-aliases.js';
import { forEachNode } from './yaml-walk.js';

/** A key that appears twice in one mapping: where it first was and where it came again. */
export interface DuplicateKey {
  key: string;
  first: Range;
  again: Range;
}

/**
 * The duplicate keys of a document. Keys compare as the strings Kubernetes sees after its
 * YAML-to-JSON step (`1` and `"1"` collide), which is also how YNode looks them up. One Set per
 * mapping keeps this linear; the yaml library's own uniqueKeys check compares every pair.
 */
export function duplicateKeys(root: Node | null): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  forEachNode(root, (node) => {
    if (!isMap(node)) return;
    const seen = new Map<string, Range>();
    for (const pair of node.items) {
      const k = pair.key as Node | null;
      const key = keyString(k);
      const range = k?.range;
      if (key === undefined || !range) continue;
      const first = seen.get(key);
      if (first) out.push({ key, first, again: range });
      else seen.set(key, range);
    }
  });
  return out;
}

/** The string a scalar key reads as; undefined for complex keys (a mapping or list as a key). */
export function keyString(k: Node | null): string | undefined {
  const n = k && isAlias(k) ? aliasTarget(k) : k;
  return n && isScalar(n) ? String(n.value) : undefined;
}
