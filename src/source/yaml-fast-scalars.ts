// The scalars of the fast path (yaml-fast.ts): plain, single-line quoted, and `|`/`>` block
// scalars, each with the value, source text and range the yaml package (2.x, YAML 1.2 core
// schema) gives it, or undefined where this cannot be sure of that, so the package reads the text.
import { isDigit, isWordCode } from './ascii.js';
import type { Lines } from './yaml-fast-lines.js';
import type { TScalar, TSeq } from './yaml-tree.js';

// YAML 1.2 core schema (yaml-spec 1.2.2 §10.3.2; the yaml package's schema/core): a plain scalar
// is null (``, `~`, `null`, `Null`, `NULL`), a boolean (`true`, `True`, `TRUE`, `false`, `False`,
// `FALSE`), an integer (/^[-+]?[0-9]+$/) or another number form, in this order, else a string.
// Tested by hand rather than with one regular expression per form: V8 compiles a regular
// expression on its first use (and again, to machine code, on its second), which cost a cold render
// more than the tests themselves (README, "Speed").
// octal, hex, .inf/.nan and the two float forms: read by the package (a number's exact value
// and JavaScript's parsing of it are not worth mirroring for what kubectl never writes)
const OTHER_NUMBERS = [/^0o[0-7]+$/, /^0x[0-9a-fA-F]+$/, /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/];

/** /^[-+]?[0-9]+$/ */
function isDecimalInt(text: string): boolean {
  const c = text.charCodeAt(0);
  let i = c === 43 || c === 45 ? 1 : 0;
  if (i >= text.length) return false;
  for (; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether text may be one of the OTHER_NUMBERS forms: `0x` or `0o` and anything, or digits, `.`,
 * `+`, `-` and the letters of an exponent, `inf` and `nan` only. A UID (hex digits and dashes)
 * or a quantity like `2Gi` is a string without a regular expression run for it.
 */
function mayBeOtherNumber(text: string): boolean {
  if (text[0] === '0' && (text[1] === 'x' || text[1] === 'o')) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || c === 46 || c === 43 || c === 45) continue;
    const l = c | 0x20; // e, i, n, f, a in either case
    if (l === 101 || l === 105 || l === 110 || l === 102 || l === 97) continue;
    return false;
  }
  return true;
}

/** A plain scalar's core-schema value; undefined for the number forms left to the package. */
export function plainValue(text: string): { value: unknown } | undefined {
  const c = text.charCodeAt(0);
  // every number form starts with a digit, a sign or a dot, and no null or boolean does
  if (isDigit(c) || c === 43 || c === 45 || c === 46) {
    if (isDecimalInt(text)) return { value: parseInt(text, 10) };
    if (mayBeOtherNumber(text) && OTHER_NUMBERS.some((r) => r.test(text))) return undefined;
    return { value: text };
  }
  switch (text) {
    case '': case '~': case 'null': case 'Null': case 'NULL':
      return { value: null };
    case 'true': case 'True': case 'TRUE':
      return { value: true };
    case 'false': case 'False': case 'FALSE':
      return { value: false };
  }
  return { value: text };
}

export function scalar(value: unknown, source: string, style: TScalar['style'], start: number, end: number): TScalar {
  return { kind: 'scalar', value, source, style, range: [start, end] };
}

// YAML 1.2 §5.7 escapes of double-quoted scalars, as the yaml package reads them
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A quoted scalar that opens at `at` and closes on the same line (before `lineEnd`): its value
 * and the offset after the closing quote; undefined for what the package would report (an
 * unknown escape, bad hex digits, a code point past U+10FFFF).
 */
export function quoted(text: string, at: number, lineEnd: number): { value: string; end: number } | undefined {
  const q = text[at];
  if (q === '"') {
    let value = '';
    for (let i = at + 1; i < lineEnd; i++) {
      const c = text[i]!;
      if (c === '"') return { value, end: i + 1 };
      if (c !== '\\') {
        value += c;
        continue;
      }
      const e = text[++i]!;
      const n = HEX_DIGITS[e];
      if (n === undefined) {
        const esc = ESCAPES[e];
        if (esc === undefined) return undefined;
        value += esc;
        continue;
      }
      const digits = text.slice(i + 1, i + 1 + n);
      if (i + n >= lineEnd || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += n;
    }
    return undefined;
  }
  let value = '';
  let from = at + 1;
  for (;;) {
    const close = text.indexOf("'", from);
    if (close === -1 || close >= lineEnd) return undefined;
    value += text.slice(from, close);
    if (text[close + 1] !== "'") return { value, end: close + 1 };
    value += "'"; // '' is one quote (YAML 1.2 §7.3.2)
    from = close + 2;
  }
}

/**
 * A block scalar whose header (`|`, `|-`, `|+`, `>`, `>-`, `>+`) is at offset `at` on line `li`,
 * inside a collection indented `n`; lines up to `stop` may hold it. Its node and the first line
 * after it, or undefined for what is left to the package (an indentation indicator, a comment
 * after the header, an empty body, tabs starting a line, odd indentation).
 */
export function blockScalar(text: string, lines: Lines, li: number, at: number, n: number, stop: number): { node: TScalar; next: number } | undefined {
  const header = text.slice(at, lines.end[li]);
  if (!(header.length <= 2 && (header[0] === '|' || header[0] === '>') && (header.length === 1 || header[1] === '-' || header[1] === '+'))) return undefined;
  let first = li + 1;
  while (first < stop && lines.kind[first] === 0) first++;
  if (first >= stop) return undefined;
  const m = lines.indent[first]!;
  if (m <= n) return undefined;
  let k = first;
  let last = first;
  while (k < stop && (lines.kind[k] === 0 || lines.indent[k]! >= m)) {
    if (lines.kind[k] !== 0) {
      if (text[lines.start[k]! + m] === '\t') return undefined;
      last = k;
    }
    k++;
  }
  // a line less indented than the body but more than its parent: an indentation error the package reports
  if (k < stop && lines.indent[k]! > n) return undefined;
  const body: string[] = [];
  for (let i = first; i <= last; i++) body.push(lines.kind[i] === 0 ? '' : text.slice(lines.start[i]! + m, lines.end[i]));
  let value = '\n'.repeat(first - li - 1) + (header[0] === '|' ? body.join('\n') : folded(body));
  const chomp = header[1];
  const lastEnd = lines.end[last]!;
  // the yaml package ends a body that stops at the end of the text like one ending in a newline
  let end = Math.min(lastEnd + 1, text.length);
  if (chomp === undefined) value += '\n';
  else if (chomp === '+') {
    value += '\n'.repeat(k - last);
    end = Math.min(lines.end[k - 1]! + 1, text.length);
  }
  return { node: scalar(value, value, header[0] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED', at, end), next: k };
}

const startsWithBlank = (s: string): boolean => s[0] === ' ' || s[0] === '\t';

/**
 * Folding of a `>` body (YAML 1.2 §8.1.3, §6.5): a line break between two lines of text is a
 * space, or as many newlines as there are empty lines between them; around a more-indented line
 * (one that starts with white space) every break is kept.
 */
function folded(body: string[]): string {
  let out = '';
  let prev: string | undefined;
  let empty = 0;
  for (const line of body) {
    if (line === '') {
      if (prev === undefined) out += '\n';
      else empty++;
      continue;
    }
    if (prev !== undefined) {
      const spaced = startsWithBlank(prev) || startsWithBlank(line);
      out += spaced ? '\n'.repeat(empty + 1) : empty === 0 ? ' ' : '\n'.repeat(empty);
    }
    out += line;
    prev = line;
    empty = 0;
  }
  return out;
}

/**
 * A one-line flow sequence of scalars opening at `at` (`[ReadWriteOnce]`, `[a, "b", 1]`): its
 * node and the offset after its `]`. Items are simple plain words or one-line quoted scalars;
 * anything else (nested collections, empty items, `[ ]`) is left to the package.
 */
export function flowSeq(text: string, at: number, lineEnd: number): TSeq | undefined {
  const items: TScalar[] = [];
  let i = at + 1;
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === ']' && items.length > 0) return { kind: 'seq', items, range: [at, i + 1] };
    const start = i;
    const c = text[i];
    if (c === '"' || c === "'") {
      const q = quoted(text, i, lineEnd);
      if (!q) return undefined;
      items.push(scalar(q.value, q.value, c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', start, q.end));
      i = q.end;
    } else {
      while (i < lineEnd && isFlowWordChar(text.charCodeAt(i))) i++;
      if (i === start) return undefined;
      const source = text.slice(start, i);
      const v = plainValue(source);
      if (!v) return undefined;
      items.push(scalar(v.value, source, 'PLAIN', start, i));
    }
    while (text[i] === ' ') i++;
    if (text[i] === ',') i++;
    else if (text[i] !== ']') return undefined;
  }
}

/** [A-Za-z0-9_./]: the characters of a plain word in a one-line flow sequence. */
const isFlowWordChar = (c: number): boolean => isWordCode(c) || c === 46 || c === 47;
