import { parseAllDocuments, type Document } from 'yaml';
import type { Diagnostics } from '../diagnostics.js';
import { positionAt, type Source } from './source.js';
import { expectSeq, readString, YNode } from './ynode.js';

/** Nesting limit against hostile YAML (aliases are never expanded: YNode follows one at a time). */
export const MAX_DEPTH = 64;

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
 */
export function parseObjects(src: Source, diags: Diagnostics): KubeObject[] {
  const out: KubeObject[] = [];
  for (const root of parseRoots(src, diags)) collect(root, diags, out);
  return out;
}

/**
 * The root node of every sound YAML (or JSON) document of a source, for inputs that are not
 * Kubernetes objects (a network-status array, a device-plugin config.json). Syntax errors are
 * diagnostics and drop their document.
 */
export function parseRoots(src: Source, diags: Diagnostics): YNode[] {
  const depthAt = nestingTooDeep(src.text);
  if (depthAt !== -1) {
    diags.error('YAML_SYNTAX', `nesting deeper than ${MAX_DEPTH} levels`, positionAt(src, depthAt), {
      help: 'Kubernetes objects are never this deep; check that the file is what you meant to pass',
    });
    return [];
  }
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(src.text, { uniqueKeys: true, prettyErrors: false }) as Document.Parsed[];
  } catch (e) {
    // the yaml library reports problems in doc.errors; a throw here is a resource exhaustion
    diags.error('YAML_SYNTAX', `the YAML parser gave up: ${(e as Error).message}`, positionAt(src, 0));
    return [];
  }
  if (!Array.isArray(docs)) docs = [docs];
  const out: YNode[] = [];
  for (const doc of docs) {
    let bad = false;
    for (const err of doc.errors) {
      // after the first syntax error the parser's further complaints are mostly its consequences
      if (bad && err.code !== 'DUPLICATE_KEY') continue;
      bad = true;
      const code = err.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX';
      const msg = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error';
      diags.error(code, msg, positionAt(src, err.pos[0], err.pos[1]), {
        help: code === 'DUPLICATE_KEY' ? 'remove one of the two keys: Kubernetes would keep only the last' : 'fix the YAML syntax at this point',
      });
    }
    if (bad || doc.contents === null) continue;
    out.push(new YNode(src, doc, doc.contents, ''));
  }
  return out;
}

function collect(root: YNode, diags: Diagnostics, out: KubeObject[]): void {
  if (!root.isMap) {
    if (!root.isNull) {
      diags.error('WRONG_TYPE', `a Kubernetes object must be a mapping, found ${root.typeName}`, root.pos, {
        help: 'each YAML document should be one object with apiVersion, kind, metadata and spec',
      });
    }
    return;
  }
  const kind = readString(root.get('kind'), diags) ?? '';
  const apiVersion = readString(root.get('apiVersion'), diags) ?? '';
  if (kind === 'List' || kind.endsWith('List')) {
    for (const item of expectSeq(root.get('items'), diags)) collect(item, diags, out);
    return;
  }
  out.push({ kind, apiVersion, root });
}

/**
 * Finds flow or block nesting deeper than MAX_DEPTH before the recursive composer sees it.
 * Returns the offset where the limit is crossed, or -1. Counts brackets outside quotes and
 * block indentation levels (by leading spaces, a cheap upper bound).
 */
function nestingTooDeep(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      else if (c === '\n' && depth === 0) quote = '';
      continue;
    }
    if (c === '"' || (c === "'" && depth > 0)) quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
}
