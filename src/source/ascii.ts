// ASCII character classes by character code, for the readers' hot loops: a regular expression per
// character (or per short string) costs a cold render its compiling (README, "Speed").

/** [0-9] */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** [A-Za-z0-9_] */
export function isWordCode(c: number): boolean {
  const l = c | 0x20; // an ASCII letter in lower case; nothing else lands in a-z
  return (l >= 97 && l <= 122) || isDigit(c) || c === 95;
}
