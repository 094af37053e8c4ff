import { isWordCode } from './ascii.js';
import { MAX_DEPTH } from './limits.js';
import { splitLines, type Lines } from './yaml-fast-lines.js';
import { blockScalar, flowSeq, plainValue, quoted, scalar } from './yaml-fast-scalars.js';
import type { TMap, TNode, TPair, TSeq } from './yaml-tree.js';

// The fast path of parseRoots (documents.ts): the YAML that kubectl prints and people write, read
// without loading the yaml package, the largest single cost of a cold render (issue #15). It
// handles block mappings and sequences (indentless ones as kubectl writes them), plain and
// one-line quoted scalars, `|`/`>` block scalars, empty `{}`, one-line `[a, b]`, comments and `---` between
// documents, and gives exactly the tree and ranges the yaml package would
// (test/unit/yaml-fast.test.ts compares them). Anything else it declines as a whole text:
// anchors, aliases, tags, directives, flow collections with content, complex keys,
// multi-line flow scalars, escapes, tabs, trailing white space, duplicate keys, numbers other
// than decimal integers, keys that are not strings, and everything the package would report.
// Declining is always safe: the package then reads the text with every diagnostic.

/** Larger texts go to the package, whose token and document limits (limits.ts) apply. */
const MAX_FAST_CHARS = 1 << 20;
const MAX_FAST_DOCUMENTS = 1000;
/** Characters the fast path leaves to the package (C0/C1 controls, CR, BOM, the Unicode line separators). */
const DECLINED_CHARS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
/** [A-Za-z0-9_./-], the characters of plain keys: what Kubernetes' field names, labels and annotations use. */
const isKeyChar = (c: number): boolean => isWordCode(c) || c === 46 || c === 47 || c === 45;

/** The roots of the documents of a text as the yaml package would compose them, or undefined to let the package read it. */
export function parseFast(text: string): TNode[] | undefined {
  if (text.length > MAX_FAST_CHARS || DECLINED_CHARS.test(text)) return undefined;
  const lines = splitLines(text);
  if (!lines) return undefined;
  const roots: TNode[] = [];
  let from = 0;
  let explicit = false;
  const count = lines.start.length;
  for (let i = 0; i <= count; i++) {
    if (i < count && !(lines.kind[i] === 2 && lines.indent[i] === 0 && text.startsWith('---', lines.start[i]!))) continue;
    if (i < count && lines.end[i]! - lines.start[i]! !== 3) return undefined; // `--- x`, `----`
    const doc = new FastParser(text, lines, i).document(from, explicit);
    if (doc === undefined) return undefined;
    if (doc !== null) roots.push(doc);
    if (roots.length > MAX_FAST_DOCUMENTS) return undefined;
    from = i + 1;
    explicit = true;
  }
  return roots;
}

/** A value and where its node ends with what trails it (the package's range[2]), which the parent's range ends at. */
interface Parsed<T extends TNode = TNode> {
  node: T;
  end: number;
  /**
   * an empty value with a comment after its indicator: as the last of its collection, the
   * package ends the collection at the next line's content, blank lines and indentation included
   * or not depending on its tokens: declined there
   */
  commented?: boolean;
  /** a block sequence whose dashes sit at its key's indentation (kubectl's lists) */
  indentless?: boolean;
}

class FastParser {
  /** the next line to read */
  private li = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
    /** the line this document stops before (its `---` or the end) */
    private readonly stop: number,
  ) {}

  /** The document's root; null for one with nothing in it (the package composes none), undefined to decline. */
  document(from: number, explicit: boolean): TNode | null | undefined {
    const first = this.nextContent(from);
    if (first === undefined) return undefined;
    // an empty document after `---` is a null scalar whose place is worth no mirroring
    if (first >= this.stop) return explicit ? undefined : null;
    const root = this.block(first);
    if (!root) return undefined;
    const after = this.nextContent(this.li);
    return after === this.stop ? root.node : undefined;
  }

  /** The next line from `i` with content, skipping empty and comment lines; undefined at a tab (left to the package). */
  private nextContent(i: number): number | undefined {
    const { lines } = this;
    for (; i < this.stop; i++) {
      if (lines.tab[i]) return undefined;
      if (lines.kind[i] === 2) break;
    }
    return i;
  }

  /**
   * Whether a comment line more indented than a collection (n) follows its last item, before
   * line `next`: the package stretches the collection's range over it, which is not mirrored.
   */
  private commentInside(from: number, next: number, n: number): boolean {
    for (let i = from; i < next; i++) if (this.lines.kind[i] === 1 && this.lines.indent[i]! > n) return true;
    return false;
  }

  private isDash(li: number, at: number): boolean {
    const c = this.text.charCodeAt(at + 1);
    return this.text[at] === '-' && (at + 1 === this.lines.end[li] || c === 0x20);
  }

  /** A block mapping or sequence whose first line is li. */
  private block(li: number): Parsed | undefined {
    const at = this.lines.start[li]! + this.lines.indent[li]!;
    return this.isDash(li, at) ? this.seq(li, this.lines.indent[li]!) : this.map(li, at, this.lines.indent[li]!);
  }

  /** A block mapping indented n whose first key is at offset `at` of line li. */
  private map(li: number, at: number, n: number): Parsed<TMap> | undefined {
    if (++this.depth > MAX_DEPTH) return undefined;
    const pairs: TPair[] = [];
    const keys = new Set<string>();
    let end = at;
    let last: { commented?: boolean } = {};
    for (;;) {
      const entry = this.entry(li, at, n);
      if (!entry) return undefined;
      last = entry;
      const k = String((entry.key as { value: unknown }).value);
      if (keys.has(k)) return undefined; // the package reports duplicates
      keys.add(k);
      pairs.push({ key: entry.key, value: entry.value });
      end = entry.end;
      const next = this.nextContent(this.li);
      if (next === undefined) return undefined;
      if (next >= this.stop || this.lines.indent[next]! < n) {
        // after a kubectl list that ends the mapping, the package stretches the mapping over a
        // comment at the mapping's own indentation too
        if (this.commentInside(this.li, next, entry.indentless ? n - 1 : n)) return undefined;
        break;
      }
      if (this.lines.indent[next]! > n) return undefined;
      li = next;
      at = this.lines.start[li]! + n;
      if (this.isDash(li, at)) return undefined;
    }
    if (last.commented) return undefined;
    this.depth--;
    return { node: { kind: 'map', pairs, range: [pairs[0]!.key!.range![0], end] }, end };
  }

  /** One `key: value` of a mapping indented n, its key at offset `at` of line li. */
  private entry(li: number, at: number, n: number): (TPair & { end: number; commented?: boolean; indentless?: boolean }) | undefined {
    const key = this.key(li, at);
    if (!key) return undefined;
    const value = this.value(li, key.after, n, false);
    return value && { key: key.node, value: value.node, end: value.end, commented: value.commented, indentless: value.indentless };
  }

  /** A key at offset `at`: its node and the offset after its `:`, or undefined when the text there is no simple key. */
  private key(li: number, at: number): { node: TNode; after: number } | undefined {
    const { text } = this;
    const lineEnd = this.lines.end[li]!;
    let node: TNode;
    let colon: number;
    if (text[at] === '"' || text[at] === "'") {
      const q = quoted(text, at, lineEnd);
      if (!q) return undefined;
      node = scalar(q.value, q.value, text[at] === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', at, q.end);
      colon = q.end;
    } else {
      colon = at;
      while (colon < lineEnd && isKeyChar(text.charCodeAt(colon))) colon++;
      if (colon === at || text[at] === '-' || colon - at > 1024) return undefined;
      const source = text.slice(at, colon);
      const v = plainValue(source);
      if (!v || typeof v.value !== 'string') return undefined;
      node = scalar(v.value, source, 'PLAIN', at, colon);
    }
    if (text[colon] !== ':' || (colon + 1 < lineEnd && text[colon + 1] !== ' ')) return undefined;
    return { node, after: colon + 1 };
  }

  /**
   * The value after a key's `:` or a sequence's `-` (at offset `after` of line li) in a
   * collection indented n: on the same line, or the block on the lines below, or null.
   */
  private value(li: number, after: number, n: number, inSeq: boolean): Parsed | undefined {
    const { text, lines } = this;
    const lineEnd = lines.end[li]!;
    let q = after;
    while (q < lineEnd && text[q] === ' ') q++;
    if (q < lineEnd && text[q] !== '#') {
      if (inSeq && this.isDash(li, q)) return this.seq(li, q - lines.start[li]!); // `- - a`
      if (inSeq && this.key(li, q)) return this.map(li, q, q - lines.start[li]!);
      return this.inline(li, q, n);
    }
    // nothing (or a comment) after the indicator: a block below, or null
    const next = this.nextContent(li + 1);
    if (next === undefined) return undefined;
    if (next < this.stop) {
      const ind = lines.indent[next]!;
      if (ind > n) return this.block(next);
      if (ind === n && !inSeq && this.isDash(next, lines.start[next]! + n)) {
        const s = this.seq(next, n);
        return s && { ...s, indentless: true };
      }
    }
    // comment lines between a null and what follows move the package's range end: declined
    for (let i = li + 1; i < next; i++) if (lines.kind[i] === 1) return undefined;
    this.li = li + 1;
    // the package puts an empty value after the space before a comment, else right after the indicator
    const comment = q < lineEnd;
    const at = comment ? q : after;
    return { node: scalar(null, '', 'PLAIN', at, at), end: comment ? Math.min(lineEnd + 1, text.length) : after, commented: comment };
  }

  /** A scalar or empty flow collection starting at offset q of line li, in a collection indented n. */
  private inline(li: number, q: number, n: number): Parsed | undefined {
    const { text, lines } = this;
    const lineEnd = lines.end[li]!;
    const c = text[q]!;
    if (c === '|' || c === '>') {
      const b = blockScalar(text, lines, li, q, n, this.stop);
      if (!b) return undefined;
      this.li = b.next;
      return { node: b.node, end: b.node.range![1] };
    }
    let node: TNode;
    let valueEnd: number;
    if (c === '"' || c === "'") {
      const s = quoted(text, q, lineEnd);
      if (!s) return undefined;
      node = scalar(s.value, s.value, c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', q, s.end);
      valueEnd = s.end;
    } else if (c === '{' || c === '[') {
      valueEnd = q + 2;
      if (c === '{' && text[q + 1] !== '}') return undefined;
      if (c === '{') node = { kind: 'map', pairs: [], range: [q, valueEnd] };
      else if (text[q + 1] === ']') node = { kind: 'seq', items: [], range: [q, valueEnd] } satisfies TSeq;
      else {
        const seq = flowSeq(text, q, lineEnd);
        if (!seq) return undefined;
        node = seq;
        valueEnd = seq.range![1];
      }
    } else {
      // indicators that start something else than a plain scalar (YAML 1.2 §5.3)
      if ('?:,]}#&*!%@`-'.includes(c) && (c !== '-' || text[q + 1] === ' ' || q + 1 === lineEnd)) return undefined;
      valueEnd = q;
      while (valueEnd < lineEnd && !(text[valueEnd] === '#' && text[valueEnd - 1] === ' ')) valueEnd++;
      while (text[valueEnd - 1] === ' ') valueEnd--;
      const source = text.slice(q, valueEnd);
      if (source.includes(': ') || source.endsWith(':')) return undefined;
      const v = plainValue(source);
      if (!v) return undefined;
      node = scalar(v.value, source, 'PLAIN', q, valueEnd);
    }
    const rest = text.slice(valueEnd, lineEnd).trimStart();
    if (rest !== '' && (rest[0] !== '#' || valueEnd === lineEnd || text[valueEnd] !== ' ')) return undefined;
    // a more indented line after a scalar continues it (or is an error): the package decides
    const next = this.nextContent(li + 1);
    if (next === undefined || (next < this.stop && lines.indent[next]! > n)) return undefined;
    this.li = li + 1;
    return { node, end: Math.min(lineEnd + 1, text.length) };
  }

  /** A block sequence whose dashes are indented n, the first on line li. */
  private seq(li: number, n: number): Parsed<TSeq> | undefined {
    if (++this.depth > MAX_DEPTH) return undefined;
    const items: (TNode | null)[] = [];
    const start = this.lines.start[li]! + n;
    let end = start;
    let last: Parsed | undefined;
    for (;;) {
      const item = this.value(li, this.lines.start[li]! + n + 1, n, true);
      if (!item) return undefined;
      items.push(item.node);
      end = item.end;
      last = item;
      const next = this.nextContent(this.li);
      if (next === undefined) return undefined;
      if (next >= this.stop || this.lines.indent[next]! < n || !this.isDash(next, this.lines.start[next]! + n)) {
        if (this.commentInside(this.li, next, n)) return undefined;
        break;
      }
      if (this.lines.indent[next]! > n) return undefined;
      li = next;
    }
    if (last?.commented) return undefined;
    this.depth--;
    return { node: { kind: 'seq', items, range: [start, end] }, end };
  }
}
