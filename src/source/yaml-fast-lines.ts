// The lines of a text as the YAML fast path (yaml-fast.ts) reads them, or undefined for a text
// whose lines it leaves to the yaml package (trailing white space, directives, `...`).

/** The lines of the text, as the fast parser sees them. */
export interface Lines {
  start: number[];
  end: number[];
  /** leading spaces */
  indent: number[];
  /** 0 empty, 1 comment, 2 content */
  kind: number[];
  /** whether the line holds a tab (only block scalar bodies may, here) */
  tab: boolean[];
}

/** The text's lines; undefined when one of them is left to the package. */
export function splitLines(text: string): Lines | undefined {
  const lines: Lines = { start: [], end: [], indent: [], kind: [], tab: [] };
  let tab = text.indexOf('\t');
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    if (e === s && s === text.length && s > 0) break; // no line after a final newline
    const c = text.charCodeAt(e - 1);
    if (e > s && (c === 0x20 || c === 0x09)) return undefined; // trailing white space
    let ind = s;
    while (text.charCodeAt(ind) === 0x20) ind++;
    const ch = text[ind];
    // directives and document end markers are left to the package
    if (ind === s && (ch === '%' || text.startsWith('...', s))) return undefined;
    lines.start.push(s);
    lines.end.push(e);
    lines.indent.push(ind - s);
    lines.kind.push(ind === e ? 0 : ch === '#' ? 1 : 2);
    while (tab !== -1 && tab < s) tab = text.indexOf('\t', tab + 1);
    lines.tab.push(tab !== -1 && tab < e);
    s = e + 1;
  }
  return lines;
}
