// `npm run bench`: start-up against bare Node, render cost against interface count, and the
// fixture runner over 1,000 directories, each as medians of repeated runs measured in this one
// process so that the ratios compare like with like. It prints a table; the README shows one.
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { interleavedMedians } from './cold-start.js';
import { seedCopies } from './fixture-tree.js';
import { renderTimes } from './scaling.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const FIXTURES = 1000;
const COUNTS = [0, 1, 16, 64, 200];

interface Row {
  name: string;
  ms: number;
  ratio?: number;
  target?: string;
  met?: boolean;
}

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux: os.cpus() names it
  }
  return `${availableParallelism()} CPUs (nproc), ${model}, Node ${process.version}`;
}

function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.name, r.ms.toFixed(r.ms < 10 ? 3 : 1), r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`, r.target ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  const head = ['case', 'median ms', 'ratio', 'target', 'met?'];
  const lines = [head, head.map(() => '---'), ...cells].map((c) => `| ${c.join(' | ')} |`);
  return lines.join('\n');
}

const rows: Row[] = [];

process.stderr.write(`cold start: ${ROUNDS} rounds of node -e 0 and vdpa-xml render fixtures/seed...\n`);
const [bare, cold] = interleavedMedians([['-e', '0'], ['bin/vdpa-xml.js', 'render', 'fixtures/seed']], ROUNDS);
rows.push({ name: 'node -e 0 (bare start-up)', ms: bare! });
rows.push({ name: 'vdpa-xml render fixtures/seed (cold process)', ms: cold!, ratio: cold! / bare!, target: '<= 1.5x bare', met: cold! / bare! <= 1.5 });

process.stderr.write(`scaling: in-process renders of VMIs with ${COUNTS.join(', ')} vDPA interfaces...\n`);
const t = renderTimes(COUNTS, Math.max(ROUNDS, 10));
const base = t.get(0)!;
const perInterface = (n: number): number => (t.get(n)! - base) / n;
rows.push({ name: 'render in-process, 0 interfaces (baseline, no hotplug reservation)', ms: base });
for (const n of COUNTS.slice(1)) {
  const row: Row = { name: `render in-process, ${n} vDPA interface${n > 1 ? 's' : ''}`, ms: t.get(n)!, ratio: perInterface(n) / perInterface(1) };
  if (n === 200) Object.assign(row, { target: '<= 2x (per interface, vs 1)', met: row.ratio! <= 2 });
  rows.push(row);
}

process.stderr.write(`fixture runner: ${FIXTURES} fixture directories through one vdpa-xml test...\n`);
const dir = seedCopies(FIXTURES);
try {
  const runs = Math.max(10, Math.floor(ROUNDS / 2));
  const [all] = interleavedMedians([['bin/vdpa-xml.js', 'test', dir]], runs, 1);
  rows.push({ name: `vdpa-xml test, ${FIXTURES} fixtures (one process)`, ms: all! });
  const each = all! / FIXTURES;
  rows.push({ name: '  per fixture', ms: each, ratio: each / cold!, target: '<= 0.1x a cold render', met: each / cold! <= 0.1 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

process.stdout.write(`${table(rows)}\n\nMachine: ${machine()}. Medians of ${ROUNDS} rounds (cold start), ${Math.max(ROUNDS, 10)} samples (in-process), ${Math.max(10, Math.floor(ROUNDS / 2))} runs (fixture runner).\nPer-interface ratio: (t(n) - t(0)) / n against the same for one interface.\n`);
if (rows.some((r) => r.met === false)) process.exitCode = 1;
