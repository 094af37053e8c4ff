import { makeSource, type Source } from './source.js';
import type { ScalarStyle } from './yaml-tree.js';
import type { YNode } from './ynode.js';

/**
 * A YAML string scalar as a Source of its own, for JSON kept in a string: the Multus
 * network-status annotation of a pod, the `config.json` key of the device plugin's ConfigMap.
 * Positions inside it map back to the file (see Source.origin), character for character when the
 * scalar's style is one we can retrace (block literal, double-quoted, single-quoted, plain);
 * otherwise every position falls on the scalar's first character. Undefined when not a string.
 */
export function embeddedSource(node: YNode): Source | undefined {
  const n = node.node;
  if (n?.kind !== 'scalar' || typeof n.value !== 'string' || !n.range) return undefined;
  const value = n.value;
  const [start, end] = n.range;
  const raw = node.src.text.slice(start, end);
  const traced = trace(raw, n.style, value);
  const offsets = new Array<number>(value.length + 1);
  for (let i = 0; i <= value.length; i++) offsets[i] = start + (traced ? (traced[i] as number) : 0);
  const inner = makeSource(node.src.name, value);
  inner.origin = { src: node.src, offsets };
  return inner;
}

/** Offsets into raw of each character of value (plus its end), or undefined when they cannot be retraced. */
function trace(raw: string, type: ScalarStyle | undefined, value: string): number[] | undefined {
  let decoded: { text: string; at: number[] } | undefined;
  if (type === 'BLOCK_LITERAL') decoded = blockLiteral(raw);
  else if (type === 'QUOTE_DOUBLE') decoded = flow(raw, 1, '"');
  else if (type === 'QUOTE_SINGLE') decoded = flow(raw, 1, "'");
  else if (type === 'PLAIN') decoded = flow(raw, 0, undefined);
  // chomping and a final fold only change the end: the value must be a prefix of what we traced
  if (!decoded || !decoded.text.startsWith(value)) return undefined;
  const at = decoded.at.slice(0, value.length);
  at.push(value.length < decoded.at.length ? (decoded.at[value.length] as number) : raw.length);
  return at;
}

/** `|` block: the header line, then lines with the block's indentation removed (YAML 1.2 §8.1.2). */
function blockLiteral(raw: string): { text: string; at: number[] } | undefined {
  const nl = raw.indexOf('\n');
  if (nl === -1 || /[0-9]/.test(raw.slice(0, nl))) return undefined; // explicit indentation: not retraced
  const lines: { text: string; start: number }[] = [];
  for (let s = nl + 1; s < raw.length; ) {
    const e = raw.indexOf('\n', s);
    const stop = e === -1 ? raw.length : e;
    lines.push({ text: raw.slice(s, stop).replace(/\r$/, ''), start: s });
    s = stop + 1;
  }
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return { text: '', at: [] };
  const indent = first.text.length - first.text.trimStart().length;
  let text = '';
  const at: number[] = [];
  for (const l of lines) {
    const body = l.text.length <= indent && l.text.trim() === '' ? '' : l.text.slice(indent);
    for (let k = 0; k < body.length; k++) at.push(l.start + indent + k);
    text += body;
    at.push(l.start + l.text.length);
    text += '\n';
  }
  return { text, at };
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A flow scalar (double-quoted, single-quoted or plain): escapes (double-quoted only), `''`
 * (single-quoted only) and line folding, where a line break and the next line's indentation read
 * as one space, or as newlines when lines are empty (YAML 1.2 §7.3).
 */
function flow(raw: string, from: number, quote: '"' | "'" | undefined): { text: string; at: number[] } | undefined {
  let text = '';
  const at: number[] = [];
  let literalWs = 0; // trailing literal spaces/tabs on the current line, dropped at a fold
  const emit = (s: string, offset: number, isLiteralWs: boolean): void => {
    for (const ch of s) {
      text += ch;
      at.push(offset);
      if (ch.length === 2) at.push(offset);
    }
    literalWs = isLiteralWs ? literalWs + s.length : 0;
  };
  let i = from;
  while (i < raw.length) {
    const c = raw[i] as string;
    if (quote && c === quote) {
      if (quote === "'" && raw[i + 1] === "'") {
        emit("'", i, false);
        i += 2;
        continue;
      }
      return { text, at };
    }
    if (quote === '"' && c === '\\') {
      const d = raw[i + 1];
      if (d === undefined) return undefined;
      if (d === '\n' || d === '\r') {
        i = skipBreakAndIndent(raw, i + 1).next;
        literalWs = 0;
        continue;
      }
      const hex = HEX_LENGTH[d];
      if (hex) {
        const digits = raw.slice(i + 2, i + 2 + hex);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return undefined;
        emit(String.fromCodePoint(parseInt(digits, 16)), i, false);
        i += 2 + hex;
        continue;
      }
      const esc = ESCAPES[d];
      if (esc === undefined) return undefined;
      emit(esc, i, false);
      i += 2;
      continue;
    }
    if (c === '\n' || c === '\r') {
      text = text.slice(0, text.length - literalWs);
      at.length -= literalWs;
      const { next, emptyLines } = skipBreakAndIndent(raw, i);
      if (next >= raw.length && !quote) break;
      emit(emptyLines > 0 ? '\n'.repeat(emptyLines) : ' ', i, false);
      i = next;
      continue;
    }
    emit(c, i, c === ' ' || c === '\t');
    i++;
  }
  return quote ? undefined : { text, at };
}

/** Skips a line break, the indentation after it and any empty lines; counts the empty lines. */
function skipBreakAndIndent(raw: string, i: number): { next: number; emptyLines: number } {
  let emptyLines = -1;
  let j = i;
  while (j < raw.length && (raw[j] === '\n' || raw[j] === '\r')) {
    if (raw[j] === '\r' && raw[j + 1] === '\n') j++;
    j++;
    emptyLines++;
    while (j < raw.length && (raw[j] === ' ' || raw[j] === '\t')) j++;
  }
  return { next: j, emptyLines };
}
