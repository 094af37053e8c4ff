// XML 1.0 (§2.2 Char) allows tab, LF, CR and U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF.
// Anything else makes the document ill-formed even when escaped, so it must not reach the builder.
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first character of `s` that XML cannot carry, as `U+XXXX`, or undefined. */
export function xmlInvalidChar(s: string): string | undefined {
  // almost every string is tab, newline and U+0020..U+D7FF only: no regular expression run (or
  // compiled, README "Speed") for those
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c >= 0xd800) break;
  }
  if (i === s.length) return undefined;
  const m = INVALID.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}
