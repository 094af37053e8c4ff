// Input text is echoed in diagnostics (a bad env line, a name, the source excerpt). Printed raw,
// an escape sequence in a hostile file could rewrite the terminal, and bidi controls could make
// the excerpt read differently from the bytes ("Trojan Source"). Both are made visible instead.

// C0 controls but tab, DEL, C1 controls, and the bidi embedding/override/isolate marks; a message
// also may not break its line (a YAML key can hold a newline), or it could forge a diagnostic
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNPRINTABLE_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A message with each unprintable character (newlines included) as \u{XX}. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE_OR_NEWLINE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** A source line with each unprintable character as U+FFFD, one for one, so the caret below stays aligned. */
export function printableLine(s: string): string {
  return s.replace(UNPRINTABLE, '\ufffd');
}
