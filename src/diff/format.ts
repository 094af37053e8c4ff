import { formatPath, type Difference } from './compare.js';
import type { DiffReport } from './index.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function side(v: string | undefined): string {
  return v === undefined ? '(none)' : v === '' ? '(empty)' : v;
}

/** One difference: its path, then ours and theirs (with the line in their file), and why with --strict. */
function differenceLines(d: Difference, theirsName: string): string[] {
  const at = d.theirsLine !== undefined ? `  (${theirsName}:${d.theirsLine})` : '';
  const lines = [formatPath(d), `  ours:   ${side(d.ours)}`, `  theirs: ${side(d.theirs)}${at}`];
  if (d.reason) lines.push(`  note:   ${d.reason}`);
  return lines;
}

/** The closing line: how many differences, and what was left out and why. */
function summary(r: DiffReport): string {
  const parts = [r.shown.length ? plural(r.shown.length, 'difference') : 'no differences'];
  const libvirt = r.hidden.filter((d) => d.category === 'libvirt').length;
  const notModelled = r.hidden.length - libvirt;
  const left: string[] = [];
  if (libvirt) left.push(`${libvirt} that libvirt adds or rewrites`);
  if (notModelled) left.push(`${notModelled} in what vdpa-xml does not write`);
  if (left.length) parts.push(`not counted: ${left.join(', ')} (--strict shows them)`);
  if (r.ignored) parts.push(`${r.ignored} left out by --ignore`);
  return `${parts.join('; ')}\n`;
}

/** The report for a terminal: a block per difference, then a summary line. */
export function formatDiffText(r: DiffReport, theirsName: string): string {
  const blocks = r.shown.map((d) => differenceLines(d, theirsName).join('\n'));
  return `${blocks.map((b) => `${b}\n`).join('')}${summary(r)}`;
}

function differenceJson(d: Difference): object {
  return {
    path: formatPath(d),
    kind: d.kind,
    ours: d.ours ?? null,
    theirs: d.theirs ?? null,
    theirsLine: d.theirsLine ?? null,
    category: d.category,
    ...(d.reason ? { reason: d.reason } : {}),
  };
}

/** The same report for scripts: the counted differences, the ones not counted, and the counts. */
export function diffJson(r: DiffReport): object {
  return { same: r.shown.length === 0, differences: r.shown.map(differenceJson), notCounted: r.hidden.map(differenceJson), ignored: r.ignored };
}
