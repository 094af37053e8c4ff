import { Composer, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { MAX_DEPTH, MAX_EXPANDED_NODES, MAX_YAML_DOCUMENTS, MAX_YAML_TOKENS } from './limits.js';
import { positionAt, type Source } from './source.js';
import { aliasTarget, checkAliases } from './yaml-aliases.js';
import { parseCst } from './yaml-cst.js';
import { duplicateKeys } from './yaml-keys.js';
import type { ScalarStyle, TNode, TPair } from './yaml-tree.js';

/**
 * The whole YAML 1.2 language through the yaml package: the root of every sound document of a
 * source, with syntax errors, the hostile-input limits, bad aliases and duplicate keys reported
 * (documents with any of them dropped). documents.ts calls this when the fast path
 * (yaml-fast.ts) declines a text; the bundle loads this module and the package only then.
 */
export function parseRootsFull(src: Source, diags: Diagnostics): TNode[] {
  const cst = parseCst(src.text);
  if (!Array.isArray(cst)) {
    reportLimit(src, cst.limit, cst.offset, diags);
    return [];
  }
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false });
  const docs = Array.from(composer.compose(cst, true, src.text.length)) as Document.Parsed[];
  const out: TNode[] = [];
  for (const doc of docs) {
    if (!soundDocument(src, doc, diags) || doc.contents === null) continue;
    out.push(toTree(doc.contents));
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

/**
 * The package's nodes of a sound document as the tree YNode reads. An alias becomes its
 * anchor's node, shared: the anchor comes before the alias and is complete there (checkAliases
 * refused the rest), so converting in document order meets every target already converted and
 * the recursion stays as deep as the document (MAX_DEPTH), however the aliases chain.
 */
function toTree(root: Node): TNode {
  const done = new Map<Node, TNode>();
  const convert = (n: unknown): TNode | null => {
    if (!n) return null;
    let node = n as Node;
    if (isAlias(node)) {
      const target = aliasTarget(node);
      const t = target && done.get(target);
      if (!t) throw new Error('internal error: an alias whose anchor was not converted before it');
      return t;
    }
    const seen = done.get(node);
    if (seen) return seen;
    const range = node.range ? ([node.range[0], node.range[1]] as const) : undefined;
    let t: TNode;
    if (isMap(node)) {
      const pairs: TPair[] = [];
      for (const p of node.items) if (isPair(p)) pairs.push({ key: convert(p.key), value: convert(p.value) });
      t = { kind: 'map', pairs, range };
    } else if (isSeq(node)) {
      t = { kind: 'seq', items: node.items.map((it) => convert(it)), range };
    } else if (isScalar(node)) {
      const source = typeof node.source === 'string' ? node.source : undefined;
      t = { kind: 'scalar', value: node.value, source, style: node.type as ScalarStyle | undefined, range };
    } else {
      throw new Error('internal error: a YAML node that is neither a mapping, a list, a scalar nor an alias');
    }
    done.set(node, t);
    return t;
  };
  return convert(root)!;
}
