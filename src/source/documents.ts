import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { MAX_DEPTH } from './limits.js';
import type { Source } from './source.js';
import { parseJsonFast } from './json-fast.js';
import { yamlFull } from './yaml-full-lazy.js';
import { parseFast } from './yaml-fast.js';
import { expectSeq, readString, YNode } from './ynode.js';

export { MAX_DEPTH };

/** A Kubernetes object from an input stream: its kind and its root node. */
export interface KubeObject {
  kind: string;
  apiVersion: string;
  root: YNode;
}

/**
 * Parses every YAML (or JSON) document of a source. Syntax errors are diagnostics; documents with
 * errors are dropped so later stages see only sound trees. `kind: List` is expanded to its items,
 * as `kubectl get -o yaml` prints several objects.
 *
 * Every YAML/JSON reader (VMI, NAD, network-status, device-plugin config, host inventory) comes
 * through parseRoots, so the limits against hostile input live there: token, document and depth
 * limits before the recursive composer runs, then aliases and duplicate keys checked in linear
 * time on each composed document.
 */
export function parseObjects(src: Source, diags: Diagnostics): KubeObject[] {
  const out: KubeObject[] = [];
  for (const root of parseRoots(src, diags)) collect(root, diags, out);
  return out;
}

/**
 * The root node of every sound YAML (or JSON) document of a source, for inputs that are not
 * Kubernetes objects (a network-status array, a device-plugin config.json). Syntax errors are
 * diagnostics and drop their document, and so do the hostile-input limits.
 *
 * The plain block YAML kubectl and people write is read by a small parser of its own
 * (yaml-fast.ts) that gives the very tree and positions the yaml package would; anything else
 * it declines; JSON (the sidecar's VMI and network-info) is read by another (json-fast.ts), with
 * the same guarantee; anything else the yaml package reads (yaml-full.ts), with every diagnostic.
 */
export function parseRoots(src: Source, diags: Diagnostics): YNode[] {
  const roots = parseFast(src.text) ?? parseJsonFast(src.text) ?? yamlFull().parseRootsFull(src, diags);
  return roots.map((root) => new YNode(src, root, ''));
}

/** Objects of a document, `kind: List` items expanded in order (iteratively: aliases can chain Lists). */
function collect(root: YNode, diags: Diagnostics, out: KubeObject[]): void {
  const pending: YNode[] = [root];
  while (pending.length) {
    const node = pending.pop()!;
    if (!node.isMap) {
      if (!node.isNull) {
        diags.error('WRONG_TYPE', `a Kubernetes object must be a mapping, found ${node.typeName}`, node.pos, {
          help: 'each YAML document should be one object with apiVersion, kind, metadata and spec',
        });
      }
      continue;
    }
    const kind = readString(node.get('kind'), diags) ?? '';
    const apiVersion = readString(node.get('apiVersion'), diags) ?? '';
    if (kind === 'List' || kind.endsWith('List')) {
      pending.push(...expectSeq(node.get('items'), diags).reverse());
      continue;
    }
    out.push({ kind, apiVersion, root: node });
  }
}
