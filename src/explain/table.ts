// A plain-text table for terminals: aligned columns, two spaces apart, no line longer than the
// width asked for. When the natural widths do not fit, the widest wrappable column gives way and
// its long values continue on the next line, broken after a '/', '-', '.', '_' or ':' where
// possible ("default/" + "sriov-vlan100"), so nothing is lost.

export interface Column {
  header: string;
  /** may be narrowed, its long values wrapped, to fit the width */
  wrap?: boolean;
}

const GAP = '  ';
const MIN_WRAPPED = 8;
const BREAK_AFTER = /[/\-._:]/;

/** A value cut into pieces of at most width characters, preferring to break after punctuation. */
export function wrapValue(value: string, width: number): string[] {
  const out: string[] = [];
  let rest = value;
  while (rest.length > width) {
    let cut = -1;
    for (let i = width - 1; i > 0; i--) {
      if (BREAK_AFTER.test(rest[i]!)) {
        cut = i + 1;
        break;
      }
    }
    if (cut <= 0) cut = width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/** Column widths that fit maxWidth where possible. */
function fitWidths(columns: readonly Column[], rows: readonly string[][], maxWidth: number): number[] {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const total = (): number => widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  const floor = (c: Column): number => Math.max(c.header.length, MIN_WRAPPED);
  while (total() > maxWidth) {
    let widest = -1;
    columns.forEach((c, i) => {
      if (c.wrap && widths[i]! > floor(c) && (widest === -1 || widths[i]! > widths[widest]!)) widest = i;
    });
    if (widest === -1) break;
    widths[widest] = Math.max(floor(columns[widest]!), widths[widest]! - (total() - maxWidth));
  }
  return widths;
}

/** The table as lines (header first), without trailing spaces; a wrapped row takes several lines. */
export function formatTable(columns: readonly Column[], rows: readonly string[][], maxWidth = 100): string[] {
  const widths = fitWidths(columns, rows, maxWidth);
  const out: string[] = [];
  for (const cells of [columns.map((c) => c.header), ...rows]) {
    const pieces = cells.map((cell, i) => wrapValue(cell, widths[i]!));
    const height = Math.max(...pieces.map((p) => p.length));
    for (let line = 0; line < height; line++) {
      out.push(pieces.map((p, i) => (p[line] ?? '').padEnd(widths[i]!)).join(GAP).trimEnd());
    }
  }
  return out;
}
