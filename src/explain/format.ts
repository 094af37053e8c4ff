import type { Position } from '../diagnostics/diagnostics.js';
import type { ExplainedField, ExplainedInterface, Origin } from './interfaces.js';
import { formatTable, type Column } from './table.js';

/** Lines are kept within this many columns where the values allow it. */
export const EXPLAIN_WIDTH = 100;

const COLUMNS: Column[] = [
  { header: 'NAME', wrap: true },
  { header: 'BINDING' },
  { header: 'NETWORK', wrap: true },
  { header: 'SOURCE', wrap: true },
  { header: 'QUEUES' },
  { header: 'MAC' },
  { header: 'GUEST PCI' },
];

/** --wide: every value in the row, like kubectl -o wide; no width limit, so nothing wraps. */
const WIDE_COLUMNS: Column[] = [
  { header: 'NAME' },
  { header: 'BINDING' },
  { header: 'NETWORK' },
  { header: 'NAD' },
  { header: 'RESOURCE' },
  { header: 'DEVICE ID' },
  { header: 'FROM' },
  { header: 'SOURCE' },
  { header: 'QUEUES' },
  { header: 'MAC' },
  { header: 'GUEST PCI' },
];

/** The guest address as the guest's lspci prints it (bb:ss.f), with the domain only when not 0000. */
function shortPci(a: string): string {
  return a.startsWith('0000:') ? a.slice(5) : a;
}

const dash = (v: string | number | null): string => (v === null ? '-' : String(v));

function row(i: ExplainedInterface): string[] {
  const pci = i.state === 'absent' ? 'absent' : i.guestPci ? shortPci(i.guestPci) : '-';
  return [i.name, dash(i.binding), dash(i.network), dash(i.source), dash(i.queues), dash(i.mac), pci];
}

function wideRow(i: ExplainedInterface): string[] {
  const [name, binding, network, source, queues, mac, pci] = row(i);
  const from = i.from.deviceId?.source ?? i.from.source?.source ?? null;
  return [name!, binding!, network!, dash(i.nad), dash(i.resource), dash(i.deviceId), dash(from), source!, queues!, mac!, pci!];
}

const where = (p: Position): string => `${p.file}:${p.line}:${p.col}`;

function originText(o: Origin): string {
  const parts = [o.source];
  if (o.pos) parts.push(where(o.pos));
  if (o.note) parts.push(o.pos ? `(${o.note})` : o.note);
  return o.pos ? parts.join('  ') : `${o.source}: ${o.note ?? ''}`;
}

const FIELDS: { field: ExplainedField; label: string; value: (i: ExplainedInterface) => string | null }[] = [
  { field: 'network', label: 'network', value: (i) => i.network },
  { field: 'nad', label: 'NAD', value: (i) => i.nad },
  { field: 'resource', label: 'resource', value: (i) => i.resource },
  { field: 'deviceId', label: 'device ID', value: (i) => i.deviceId },
  { field: 'source', label: 'source', value: (i) => i.source },
  { field: 'target', label: 'link to', value: (i) => i.target },
  { field: 'mac', label: 'MAC', value: (i) => i.mac },
  { field: 'guestPci', label: 'guest PCI', value: (i) => i.guestPci },
];

/** Per interface, a line per value: the value and where it came from (file:line:col, or how it was derived). */
function originLines(list: readonly ExplainedInterface[]): string[] {
  const entries = list.map((i) => ({
    name: i.name,
    lines: FIELDS.filter((f) => i.from[f.field]).map((f) => ({ label: f.label, value: f.value(i) ?? '-', from: originText(i.from[f.field]!) })),
  }));
  const valueWidth = Math.max(0, ...entries.flatMap((e) => e.lines.map((l) => l.value.length)));
  const out: string[] = [];
  for (const e of entries) {
    out.push(e.name);
    if (e.lines.length === 0) out.push('  (nothing resolved)');
    for (const l of e.lines) {
      const head = `  ${l.label.padEnd(9)}  ${l.value.padEnd(valueWidth)}`;
      // a long origin goes on its own line under the value rather than past the width
      if (head.length + 2 + l.from.length <= EXPLAIN_WIDTH) out.push(`${head}  ${l.from}`.trimEnd());
      else out.push(head.trimEnd(), `${' '.repeat(13)}${l.from}`);
    }
  }
  return out;
}

export interface ExplainSubject {
  kind: string;
  namespace: string;
  name: string;
  /** the KubeVirt release whose virt-launcher was modelled */
  kubevirtVersion: string;
}

/**
 * The explain report for a terminal: a table row per interface (within 100 columns, or with every
 * column when wide), then where each value came from.
 */
export function formatExplainText(subject: ExplainSubject, list: readonly ExplainedInterface[], wide = false): string {
  const n = list.length;
  const out = [`${subject.kind} ${subject.namespace}/${subject.name}: ${n} interface${n === 1 ? '' : 's'}, as the KubeVirt ${subject.kubevirtVersion} virt-launcher defines it`];
  if (n > 0) {
    const table = wide ? formatTable(WIDE_COLUMNS, list.map(wideRow), Infinity) : formatTable(COLUMNS, list.map(row), EXPLAIN_WIDTH);
    out.push('', ...table, '', 'Where each value came from:', ...originLines(list));
  }
  return `${out.join('\n')}\n`;
}

function originJson(o: Origin): object {
  return {
    source: o.source,
    ...(o.pos ? { file: o.pos.file, line: o.pos.line, column: o.pos.col } : {}),
    ...(o.note ? { note: o.note } : {}),
  };
}

/** The same report as a plain object for --format json (values null when unknown). */
export function explainJson(subject: ExplainSubject | undefined, list: readonly ExplainedInterface[]): object {
  return {
    vmi: subject ?? null,
    interfaces: list.map((i) => ({
      ...i,
      from: Object.fromEntries(FIELDS.filter((f) => i.from[f.field]).map((f) => [f.field, originJson(i.from[f.field]!)])),
    })),
  };
}
