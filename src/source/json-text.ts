import { MAX_DEPTH } from './limits.js';

/** JSON text parsed, or where and why it is not usable. */
export type JsonText = { ok: true; value: unknown } | { ok: false; offset: number; message: string; tooDeep: boolean };

/**
 * JSON.parse for JSON found inside other inputs (the device plugin's _INFO variable, a NAD's
 * config, annotations): refuses nesting past MAX_DEPTH first, because whoever walks the value
 * afterwards (JSON.stringify included) recurses once per level, and reports the offset of a
 * syntax error so the diagnostic can point into the line.
 */
export function parseJsonText(text: string): JsonText {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return { ok: false, offset: i, message: `nested deeper than ${MAX_DEPTH} levels`, tooDeep: true };
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d+)/.exec(message);
    return { ok: false, offset: m ? Number(m[1]) : 0, message, tooDeep: false };
  }
}

/** A JSON value described for a message: strings quoted, anything else by its kind (never stringified whole). */
export function describeJson(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
}
