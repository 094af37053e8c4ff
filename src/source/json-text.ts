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
  } catch {
    // V8's message text differs between Node versions (Node 22 adds a line and column) and some
    // messages give no position: the offset and the words are found here instead
    const offset = syntaxErrorOffset(text);
    const message = offset >= text.length ? 'unexpected end of text' : `unexpected ${JSON.stringify(text[offset])}`;
    return { ok: false, offset, message, tooDeep: false };
  }
}

const WS = /[ \t\n\r]*/y;

/**
 * The offset of the first character at which text stops being JSON (RFC 8259), or text.length
 * when it ends too soon. Called only after JSON.parse refused the text. Iterative: the nesting
 * was bounded before, but nothing here recurses anyway.
 */
function syntaxErrorOffset(text: string): number {
  const stack: ('array' | 'object')[] = [];
  let i = 0;
  const ws = (): void => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  /** past a string starting at i; false (i at the fault) when it is not one */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[++i] ?? '')) return false;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) {
          return false;
        }
      }
    }
    return false;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i > start;
  };
  /** past a number, or false with i at the first character that cannot continue it */
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  /** past a key and its colon, i at the value; false at the fault */
  const member = (): boolean => {
    ws();
    if (!string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    // a value
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? 'object' : 'array');
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (c === '{') {
        if (!member()) return i;
        continue;
      } else {
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return i;
    } else if (!number()) {
      return i;
    }
    // after a value: close containers, or a comma for the next one
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      const d = text[i];
      if (d === ',') {
        i++;
        if (top === 'object' && !member()) return i;
        break;
      }
      if (d !== (top === 'object' ? '}' : ']')) return i;
      stack.pop();
      i++;
    }
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
