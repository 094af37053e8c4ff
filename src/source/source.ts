import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { MAX_INPUT_BYTES } from './limits.js';

export { MAX_INPUT_BYTES };

/** One input's text, with the line starts needed to turn offsets into line:col. */
export interface Source {
  /** the name diagnostics print: the path as given, or <stdin> */
  name: string;
  text: string;
  lineStarts: number[];
  /**
   * Set when this text is a string embedded in another file (a JSON annotation or ConfigMap key
   * inside YAML): offsets[i] is where character i of text sits in origin.src, so positions point
   * into the file the user has.
   */
  origin?: { src: Source; offsets: ArrayLike<number> };
}

export function makeSource(name: string, text: string): Source {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { name, text, lineStarts };
}

/** The 1-based line and column of an offset. */
export function positionAt(src: Source, offset: number, end?: number): Position {
  const o = Math.max(0, Math.min(offset, src.text.length));
  if (src.origin) {
    const { offsets } = src.origin;
    const e = end === undefined ? undefined : offsets[Math.max(0, Math.min(end, src.text.length))];
    return positionAt(src.origin.src, offsets[o] as number, e);
  }
  let lo = 0;
  let hi = src.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((src.lineStarts[mid] as number) <= o) lo = mid;
    else hi = mid - 1;
  }
  const pos: Position = { file: src.name, line: lo + 1, col: o - (src.lineStarts[lo] as number) + 1, offset: o };
  if (end !== undefined && end > o) pos.end = Math.min(end, src.text.length);
  return pos;
}

/** The text of a 1-based line, without its newline. */
export function lineText(src: Source, line: number): string {
  const start = src.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = src.lineStarts[line];
  const raw = src.text.slice(start, next === undefined ? undefined : next - 1);
  return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}

/**
 * Turns raw bytes into a Source, refusing what is too large or not UTF-8 text.
 * Returns undefined (with a diagnostic) when the input cannot be used at all.
 */
export function decodeSource(name: string, bytes: Uint8Array, diags: Diagnostics): Source | undefined {
  const at: Position = { file: name, line: 1, col: 1, offset: 0 };
  if (bytes.length > MAX_INPUT_BYTES) {
    diags.error('INPUT_TOO_LARGE', `input is ${bytes.length} bytes, over the ${MAX_INPUT_BYTES}-byte (16 MiB) limit`, at, {
      help: 'pass the one VMI, its NADs and the env dump of its launcher pod, not a whole cluster dump',
    });
    return undefined;
  }
  let text: string;
  try {
    text = asciiText(bytes) ?? new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    diags.error('INVALID_UTF8', 'input is not valid UTF-8 text', positionAt(makeSource(name, prefix), prefix.length), {
      help: 'inputs are YAML, JSON or env dumps in UTF-8; check that the file is not binary or in another encoding',
    });
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    const src = makeSource(name, text);
    diags.error('INVALID_UTF8', 'input contains a NUL byte: it is binary, not text', positionAt(src, text.indexOf('\u0000')), {
      help: 'inputs are YAML, JSON or env dumps; check the file you passed',
    });
    return undefined;
  }
  return makeSource(name, text);
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Bytes that are all ASCII (what YAML, JSON and env dumps almost always are) as the string
 * TextDecoder would give, else undefined: a TextDecoder's first use compiles Node's encoding
 * module, about 0.8 million instructions of a cold render for three small files (README, "Speed").
 */
function asciiText(bytes: Uint8Array): string | undefined {
  let s = '';
  // in slices: a call takes at most so many arguments
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return NON_ASCII.test(s) ? undefined : s;
}

/** Offset of the first byte that breaks UTF-8 (a linear scan; only called once decoding failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}
