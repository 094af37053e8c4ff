// `npm run bench`: start-up against bare Node, render cost against interface count, and the
// fixture runner over 10,000 directories, as medians (with min-max) of interleaved runs measured
// in this one process, so that the ratios compare like with like. Every process gets the
// environment a user's shell has (no NODE_EXTRA_CA_CERTS: cold-start.ts). It prints a table;
// `npm run bench -- --readme` also puts it in README.md, in the block of this Node's major version.
// Run it on another Node with `/path/to/node dist/bench/run.js` (after that Node's
// `node scripts/code-cache.mjs`). Exits 1 when a target is missed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { installed, interleaved, peakRssMiB, type Command } from './cold-start.js';
import { seedCopies } from './fixture-tree.js';
import { renderTimes } from './scaling.js';
import type { Summary } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const FIXTURES = Number(process.env.BENCH_FIXTURES ?? 10_000);
const TEST_RUNS = Number(process.env.BENCH_TEST_RUNS ?? 5);
const COUNTS = [1, 64, 256];

interface Row {
  name: string;
  t: Summary;
  ratio?: number;
  target?: string;
  met?: boolean;
  rssMiB?: number;
}

const rows: Row[] = [];
const ms = (x: number): string => x.toFixed(x < 10 ? 3 : 1);
const span = (t: Summary): string => `${ms(t.min)}-${ms(t.max)}`;
const log = (s: string): void => void process.stderr.write(`${s}\n`);

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux: os.cpus() names it
  }
  return `${availableParallelism()} CPUs (nproc), ${model}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`;
}

function table(): string {
  const head = ['case', 'median ms', 'min-max ms', 'ratio', 'target', 'met?', 'peak RSS MiB'];
  const cells = rows.map((r) => [
    r.name,
    ms(r.t.median),
    span(r.t),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(r.ratio < 0.1 ? 3 : 2)}x`,
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    r.rssMiB === undefined ? '' : r.rssMiB.toFixed(1),
  ]);
  return [head, head.map(() => '---'), ...cells].map((c) => `| ${c.join(' | ')} |`).join('\n');
}

const bin = (...args: string[]): Command => ['node', 'bin/vdpa-xml.js', ...args];

// 1. cold start
const cold: [string, Command, number?][] = [
  ['node -e 0 (bare start-up)', ['node', '-e', '0']],
  ['vdpa-xml --version', bin('--version'), 1.15],
  ['vdpa-xml render fixtures/seed', bin('render', 'fixtures/seed'), 1.4],
  ['vdpa-xml check fixtures/seed', bin('check', 'fixtures/seed')],
  ['vdpa-xml explain fixtures/seed', bin('explain', 'fixtures/seed')],
];
// virt-install --print-xml: a peer that writes a domain for one NIC, without PCI addresses
const VIRT_INSTALL: Command = ['virt-install', '--print-xml', '--name', 'bench', '--memory', '1024', '--vcpus', '1', '--disk', 'none', '--network', 'none', '--boot', 'hd', '--osinfo', 'detect=on,require=off', '--noautoconsole'];
const peer = installed('virt-install');
if (peer) cold.push(['virt-install --print-xml (peer, no PCI addresses)', VIRT_INSTALL]);
log(`cold start: ${ROUNDS} interleaved rounds of ${cold.length} commands, NODE_EXTRA_CA_CERTS cleared for every one...`);
const coldTimes = interleaved(cold.map((c) => c[1]), ROUNDS);
const bare = coldTimes[0]!.median;
const render = coldTimes[2]!.median;
cold.forEach(([name, cmd, target], i) => {
  const t = coldTimes[i]!;
  const row: Row = { name, t, ...(i > 0 ? { ratio: t.median / (cmd[0] === 'virt-install' ? render : bare) } : {}) };
  if (cmd[0] === 'virt-install') row.name += ' (ratio: against the render)';
  if (target !== undefined) Object.assign(row, { target: `<= ${target}x bare`, met: t.median / bare <= target });
  const rss = peakRssMiB(cmd);
  if (rss !== undefined) row.rssMiB = rss;
  rows.push(row);
});

// 2. scaling: in-process renders (parse, pipeline, XML) without the hotplug reservation's placeholders
const samples = Math.max(ROUNDS, 15);
log(`scaling: in-process renders of VMIs with ${COUNTS.join(', ')} vDPA interfaces, ${samples} samples each...`);
const t = renderTimes(COUNTS, samples);
for (const n of COUNTS) rows.push({ name: `render in-process, ${n} vDPA interface${n > 1 ? 's' : ''}`, t: t.get(n)! });
const slope = (a: number, b: number): Summary => {
  const ta = t.get(a)!;
  const tb = t.get(b)!;
  return { median: (tb.median - ta.median) / (b - a), min: (tb.min - ta.max) / (b - a), max: (tb.max - ta.min) / (b - a) };
};
const low = slope(1, 64);
const high = slope(64, 256);
rows.push({ name: '  per interface, 1 to 64 (slope)', t: low });
rows.push({ name: '  per interface, 64 to 256 (slope)', t: high, ratio: high.median / low.median, target: '<= 1.10x the 1-64 slope', met: high.median / low.median <= 1.1 });

// 3. the fixture runner
log(`fixture runner: ${FIXTURES} fixture directories through one vdpa-xml test, ${TEST_RUNS} runs...`);
const dir = seedCopies(FIXTURES);
try {
  const testCmd = bin('test', dir);
  const [all] = interleaved([testCmd], TEST_RUNS, 1);
  const row: Row = { name: `vdpa-xml test, ${FIXTURES} copies of fixtures/seed (one process)`, t: all! };
  const rss = peakRssMiB(testCmd);
  if (rss !== undefined) row.rssMiB = rss;
  rows.push(row);
  const each = { median: all!.median / FIXTURES, min: all!.min / FIXTURES, max: all!.max / FIXTURES };
  rows.push({ name: '  per fixture', t: each, ratio: each.median / render, target: '<= 0.03x a cold render', met: each.median / render <= 0.03 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const notes = [
  `Machine: ${machine()}; NODE_EXTRA_CA_CERTS, NODE_OPTIONS and VDPA_XML_* cleared for every process measured.`,
  `Cold start: medians (min-max) of ${ROUNDS} interleaved rounds, wall time of a whole process as a shell sees it; ratios against the bare node -e 0 of the same rounds.`,
  `In-process: medians of ${samples} samples, each the mean of renders lasting about 30 ms; a slope is (t(b) - t(a)) / (b - a), its min-max from the extremes.`,
  peer ? 'virt-install: installed, timed alongside.' : 'virt-install: not installed on this machine, so not timed.',
  `Peak RSS: ${rows.some((r) => r.rssMiB !== undefined) ? 'GNU time, one run each' : 'not measured (no /usr/bin/time)'}.`,
];
const out = `${table()}\n\n${notes.join('\n')}\n`;
process.stdout.write(out);

if (process.argv.includes('--readme')) {
  const major = process.versions.node.split('.')[0];
  const start = `<!-- bench:node${major}:start -->`;
  const end = `<!-- bench:node${major}:end -->`;
  const readme = readFileSync('README.md', 'utf8');
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} ... ${end} block for this Node`);
  writeFileSync('README.md', `${readme.slice(0, a + start.length)}\n${out}${readme.slice(b)}`);
  log(`README.md: the Node ${major} table is updated`);
}
if (rows.some((r) => r.met === false)) process.exitCode = 1;
