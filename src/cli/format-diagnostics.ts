import { sortDiagnostics, type Diagnostic, type Position } from '../diagnostics/diagnostics.js';
import { lineText, type Source } from '../source/source.js';
import { printable, printableLine } from './printable.js';
import { style, type Style } from './style.js';
import { cliWords } from './words.js';

/** Colour only on a terminal; NO_COLOR turns it off and FORCE_COLOR on (https://no-color.org). */
export function colorLevel(env: Record<string, string | undefined>, isTTY: boolean): 0 | 1 {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

function excerpt(c: Style, pos: Position, sources: ReadonlyMap<string, Source>, out: string[]): void {
  const src = sources.get(pos.file);
  if (!src) return;
  const text = lineText(src, pos.line);
  if (text === '' && pos.col === 1) return;
  // long lines (JSON in an env var) are shown as a window around the column
  const start = text.length > 160 && pos.col > 100 ? pos.col - 61 : 0;
  let shown = text.slice(start, start + 160);
  const col = pos.col - start;
  if (start > 0) shown = `...${shown}`;
  if (start + 160 < text.length) shown = `${shown}...`;
  const lead = start > 0 ? 3 : 0;
  const gutter = String(pos.line).length;
  const lineLen = src.lineStarts[pos.line] !== undefined ? (src.lineStarts[pos.line] as number) - 1 : src.text.length;
  const end = pos.end !== undefined ? Math.min(pos.end, lineLen) : pos.offset + 1;
  const width = Math.max(1, Math.min(end - pos.offset, 160 - col + 1));
  out.push(`${' '.repeat(gutter)} ${c.blue('|')}`);
  out.push(`${c.blue(String(pos.line))} ${c.blue('|')} ${printableLine(shown.replace(/\t/g, ' '))}`);
  out.push(`${' '.repeat(gutter)} ${c.blue('|')} ${' '.repeat(Math.max(0, col - 1 + lead))}${c.red('^'.repeat(width))}`);
}

const where = (p: Position | undefined): string => (p ? `${printable(p.file)}:${p.line}:${p.col}: ` : '');

/**
 * Diagnostics as a compiler prints them: `file:line:col: error[CODE]: message`, the source line
 * with a caret under the node, then `help:` and a `note:` for each related place.
 */
export function formatDiagnostics(list: readonly Diagnostic[], sources: ReadonlyMap<string, Source>, level: 0 | 1 = 0): string {
  const c = style(level);
  const out: string[] = [];
  for (const d of sortDiagnostics(list)) {
    const sev = d.severity === 'error' ? c.boldRed(`error[${d.code}]`) : c.boldYellow(`warning[${d.code}]`);
    out.push(`${c.bold(where(d.pos))}${sev}: ${c.bold(printable(cliWords(d.message)))}`);
    if (d.pos) excerpt(c, d.pos, sources, out);
    if (d.help) out.push(`  ${c.cyan('help:')} ${printable(cliWords(d.help))}`);
    for (const r of d.related) {
      out.push(`  ${c.green('note:')} ${where(r.pos)}${printable(cliWords(r.message))}`);
    }
  }
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  if (list.length > 0) {
    const parts = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean);
    out.push(parts.join(', '));
  }
  return list.length ? `${out.join('\n')}\n` : '';
}

/** Diagnostics as JSON for scripts: the same fields, positions 1-based. */
export function diagnosticsJson(list: readonly Diagnostic[]): object[] {
  return sortDiagnostics(list).map((d) => ({
    code: d.code,
    severity: d.severity,
    message: cliWords(d.message),
    ...(d.help ? { help: cliWords(d.help) } : {}),
    ...(d.pos ? { file: d.pos.file, line: d.pos.line, column: d.pos.col } : {}),
    related: d.related.map((r) => ({ message: cliWords(r.message), file: r.pos.file, line: r.pos.line, column: r.pos.col })),
  }));
}
