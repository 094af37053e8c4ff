import { MAX_DEPTH } from './limits.js';
import type { TMap, TNode, TPair, TScalar, TSeq } from './yaml-tree.js';

// JSON read without the yaml package, into the very tree (values, sources, styles, ranges) the
// package composes from the same text (test/unit/json-fast.test.ts compares them). The sidecar's
// inputs are JSON (virt-launcher's json.Marshal of the VMI, the network-info annotation), and the
// package costs the sidecar about 4 MiB of its 64M limit to load and run (docs/sidecar-server.md
// "Memory and latency"). Like yaml-fast.ts it declines what it is not sure the package reads the
// same way, and the package then reads the text with every diagnostic: numbers other than
// decimal integers of up to 15 digits (and -0), \u escapes of surrogates, tabs and CRs, a newline between
// a key and its colon, keys over 1000 characters, duplicate keys, more than one value, and
// anything that is not JSON.

/** Larger texts go to the package, whose token limits (limits.ts) apply. */
const MAX_JSON_FAST_CHARS = 1 << 20;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const INTEGER = /(?:0|-?[1-9][0-9]{0,14})(?![0-9.eE])/y;
/** characters the fast paths leave to the package (C1 controls, BOM, the Unicode line separators); C0 controls decline where met */
const DECLINED_CHARS = /[\x7f-\x9f\ufeff\u2028\u2029]/;
const WORD = /(?:true|false|null)(?![A-Za-z0-9_.-])/y;
/** a string's characters up to its next quote, backslash or control character */
const PLAIN_RUN = /[^"\\\x00-\x1f]*/y;

class Declined extends Error {}
const decline = (): never => {
  throw new Declined();
};

class JsonReader {
  private i = 0;
  constructor(private readonly text: string) {}

  /** skips spaces and newlines; a tab or CR declines (YAML treats them otherwise in places) */
  private space(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x0a) this.i++;
      else if (c === 0x09 || c === 0x0d) decline();
      else break;
    }
  }

  root(): TNode {
    this.space();
    const node = this.value(0);
    this.space();
    if (this.i !== this.text.length) decline();
    return node;
  }

  private value(depth: number): TNode {
    if (depth > MAX_DEPTH) decline();
    const c = this.text[this.i];
    if (c === '{') return this.map(depth);
    if (c === '[') return this.seq(depth);
    if (c === '"') return this.string();
    return this.plain();
  }

  private map(depth: number): TMap {
    const start = this.i++;
    const pairs: TPair[] = [];
    const keys = new Set<string>();
    this.space();
    if (this.text[this.i] === '}') return { kind: 'map', pairs, range: [start, ++this.i] };
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') decline();
      const line = this.text.lastIndexOf('\n', this.i);
      const key = this.string();
      if (key.range![1] - key.range![0] > 1000 || keys.has(key.value as string)) decline();
      keys.add(key.value as string);
      this.space();
      if (this.text[this.i] !== ':' || this.text.lastIndexOf('\n', this.i) !== line) decline();
      this.i++;
      this.space();
      pairs.push({ key, value: this.value(depth + 1) });
      this.space();
      const c = this.text[this.i++];
      if (c === '}') return { kind: 'map', pairs, range: [start, this.i] };
      if (c !== ',') decline();
    }
  }

  private seq(depth: number): TSeq {
    const start = this.i++;
    const items: TNode[] = [];
    this.space();
    if (this.text[this.i] === ']') return { kind: 'seq', items, range: [start, ++this.i] };
    for (;;) {
      this.space();
      items.push(this.value(depth + 1));
      this.space();
      const c = this.text[this.i++];
      if (c === ']') return { kind: 'seq', items, range: [start, this.i] };
      if (c !== ',') decline();
    }
  }

  private string(): TScalar {
    const t = this.text;
    const start = this.i++;
    let out = '';
    for (;;) {
      PLAIN_RUN.lastIndex = this.i;
      PLAIN_RUN.exec(t);
      out += t.slice(this.i, PLAIN_RUN.lastIndex);
      this.i = PLAIN_RUN.lastIndex;
      const c = t[this.i++];
      if (c === '"') break;
      if (c !== '\\') decline(); // the end of the text or a control character
      const e = t[this.i++]!;
      if (e === 'u') {
        const hex = t.slice(this.i, this.i + 4);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) decline();
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) decline();
        out += String.fromCharCode(code);
        this.i += 4;
      } else out += ESCAPES[e] ?? decline();
    }
    return { kind: 'scalar', value: out, source: out, style: 'QUOTE_DOUBLE', range: [start, this.i] };
  }

  /** an integer, true, false or null: plain scalars of the core schema */
  private plain(): TScalar {
    const start = this.i;
    for (const re of [INTEGER, WORD]) {
      re.lastIndex = start;
      const m = re.exec(this.text);
      if (!m) continue;
      this.i = re.lastIndex;
      const source = m[0];
      const value = re === INTEGER ? Number(source) : source === 'null' ? null : source === 'true';
      return { kind: 'scalar', value, source, style: 'PLAIN', range: [start, this.i] };
    }
    return decline();
  }
}

/** The root of a JSON text as the yaml package would compose it, or undefined to let the package read it. */
export function parseJsonFast(text: string): TNode[] | undefined {
  if (text.length > MAX_JSON_FAST_CHARS || DECLINED_CHARS.test(text)) return undefined;
  try {
    return [new JsonReader(text).root()];
  } catch (e) {
    if (e instanceof Declined) return undefined;
    throw e;
  }
}
