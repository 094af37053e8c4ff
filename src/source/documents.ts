import { Composer, type Document } from 'yaml';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { MAX_DEPTH, MAX_EXPANDED_NODES, MAX_YAML_DOCUMENTS, MAX_YAML_TOKENS } from './limits.js';
import { positionAt, type Source } from './source.js';
import { checkAliases } from './yaml-aliases.js';
import { parseCst } from './yaml-cst.js';
import { duplicateKeys } from './yaml-keys.js';
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
 */
export function parseRoots(src: Source, diags: Diagnostics): YNode[] {
  const cst = parseCst(src.text);
  if (!Array.isArray(cst)) {
    reportLimit(src, cst.limit, cst.offset, diags);
    return [];
  }
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false });
  const docs = Array.from(composer.compose(cst, true, src.text.length)) as Document.Parsed[];
  const out: YNode[] = [];
  for (const doc of docs) {
    if (!soundDocument(src, doc, diags) || doc.contents === null) continue;
    out.push(new YNode(src, doc, doc.contents, ''));
  }
  return out;
}

function reportLimit(src: Source, limit: 'tokens' | 'documents' | 'depth', offset: number, diags: Diagnostics): void {
  const at = positionAt(src, offset);
  if (limit === 'depth') {
    diags.error('NESTING_TOO_DEEP', `collections nested deeper than ${MAX_DEPTH} levels`, at, {
      help: 'Kubernetes objects are never this deep; check that the file is what you meant to pass',
    });
  } else if (limit === 'tokens') {
    diags.error('INPUT_TOO_LARGE', `more than ${MAX_YAML_TOKENS} YAML tokens; reading stopped here`, at, {
      help: 'a VMI and its NADs are a few hundred tokens: pass those objects, not a cluster dump',
    });
  } else {
    diags.error('INPUT_TOO_LARGE', `more than ${MAX_YAML_DOCUMENTS} YAML documents in one stream; reading stopped here`, at, {
      help: 'pass the VMI and the NADs it uses, not a cluster dump',
    });
  }
}

/** Reports what makes a document unusable; false when it is. */
function soundDocument(src: Source, doc: Document.Parsed, diags: Diagnostics): boolean {
  const first = doc.errors[0];
  if (first) {
    // after the first syntax error the parser's further complaints are mostly its consequences
    const msg = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error';
    diags.error('YAML_SYNTAX', msg, positionAt(src, first.pos[0], first.pos[1]), { help: 'fix the YAML syntax at this point' });
    return false;
  }
  const alias = checkAliases(doc.contents);
  if (alias) {
    const range = alias.kind === 'expansion' ? alias.node.range : alias.alias.range;
    const at = positionAt(src, range?.[0] ?? 0, range?.[1]);
    if (alias.kind === 'undefined') {
      diags.error('YAML_ALIAS', `alias *${alias.alias.source} names no anchor before it`, at, {
        help: `define &${alias.alias.source} on a node before this alias, in the same document`,
      });
    } else if (alias.kind === 'circular') {
      diags.error('YAML_ALIAS', `alias *${alias.alias.source} is inside the node it names, so it never ends`, at, {
        help: 'an alias can only repeat a node that is complete before it',
      });
    } else {
      diags.error('YAML_ALIAS', `aliases expand this document to more than ${MAX_EXPANDED_NODES} nodes`, at, {
        help: 'this is an alias bomb ("billion laughs"); Kubernetes objects need no aliases: pass what kubectl prints',
      });
    }
    return false;
  }
  const dups = duplicateKeys(doc.contents);
  for (const d of dups) {
    diags.error('DUPLICATE_KEY', `key '${d.key}' appears twice in this mapping`, positionAt(src, d.again[0], d.again[1]), {
      help: 'remove one of the two: Kubernetes would silently keep only the last',
      related: [{ message: `first '${d.key}' is here`, pos: positionAt(src, d.first[0], d.first[1]) }],
    });
  }
  return dups.length === 0;
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
