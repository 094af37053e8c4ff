// `npm run bench`: start-up against bare Node, render cost against interface count, and the
// fixture runner over 10,000 directories, as medians (with min-max) of interleaved runs measured
// in this one process, so that the ratios compare like with like. Every process gets the
// environment a user's shell has (no NODE_EXTRA_CA_CERTS: cold-start.ts). It prints a table;
// `npm run bench -- --readme` also puts it in README.md, in the block of this Node's major version.
// Run it on another Node with `/path/to/node dist/bench/run.js` (after that Node's
// `node scripts/code-cache.mjs`). Exits 1 when a target is missed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { installed, interleavedSamples, pairedRatios, peakRssMiB, type Command } from './cold-start.js';
import { seedCopies } from './fixture-tree.js';
import { instructions } from './instructions.js';
import { renderTimes, slopeRatios, slopes } from './scaling.js';
import { median, summarize, type Summary } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const FIXTURES = Number(process.env.BENCH_FIXTURES ?? 10_000);
const TEST_RUNS = Number(process.env.BENCH_TEST_RUNS ?? 5);
/** callgrind runs of each command (0: none) */
const INSTRUCTION_RUNS = Number(process.env.BENCH_INSTRUCTION_RUNS ?? 3);
const COUNTS = [1, 64, 256];

interface Row {
  name: string;
  /** absent for a row that is only a ratio */
  t?: Summary;
  ratio?: number;
  /** min-max of a ratio taken in each round */
  ratioSpan?: Summary;
  target?: string;
  met?: boolean;
  rssMiB?: number;
}

const rows: Row[] = [];
const ms = (x: number): string => x.toFixed(x < 10 ? 3 : 1);
const span = (t: Summary): string => `${ms(t.min)}-${ms(t.max)}`;
const times = (x: number): string => `${x.toFixed(x < 0.1 ? 3 : 2)}x`;
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
    r.t ? ms(r.t.median) : '',
    r.t ? span(r.t) : '',
    r.ratio === undefined ? '' : `${times(r.ratio)}${r.ratioSpan ? ` (${times(r.ratioSpan.min)}-${times(r.ratioSpan.max)})` : ''}`,
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
// virt-install --print-xml: a peer that writes a domain without PCI addresses; on libvirt's test
// driver, so that it needs no libvirtd and asks no other daemon on a shared machine
const VIRT_INSTALL: Command = ['virt-install', '--connect', 'test:///default', '--print-xml', '--name', 'bench', '--memory', '1024', '--vcpus', '1', '--disk', 'none', '--network', 'none', '--boot', 'hd', '--osinfo', 'detect=on,require=off', '--noautoconsole'];
const peer = installed('virt-install');
if (peer) cold.push(['virt-install --print-xml (peer, no PCI addresses)', VIRT_INSTALL]);
log(`cold start: ${ROUNDS} interleaved rounds of ${cold.length} commands, NODE_EXTRA_CA_CERTS cleared for every one...`);
const coldSamples = interleavedSamples(cold.map((c) => c[1]), ROUNDS);
const renderIndex = 2;
cold.forEach(([name, cmd, target], i) => {
  const t = summarize(coldSamples[i]!);
  const row: Row = { name, t };
  if (i > 0) {
    // against bare node of the same round (virt-install: against the render of the same round)
    const base = cmd[0] === 'virt-install' ? renderIndex : 0;
    const r = summarize(pairedRatios(coldSamples[i]!, coldSamples[base]!));
    Object.assign(row, { ratio: r.median, ratioSpan: r });
  }
  if (cmd[0] === 'virt-install') row.name += ' (ratio: over the render)';
  if (target !== undefined) Object.assign(row, { target: `<= ${target}x bare`, met: row.ratio! <= target });
  const rss = peakRssMiB(cmd);
  if (rss !== undefined) row.rssMiB = rss;
  rows.push(row);
});

// 2. scaling: in-process renders (parse, pipeline, XML) without the hotplug reservation's placeholders.
// A slope is taken within each round (its sizes ran back to back, under the same load), so its
// min-max is the spread of rounds, not the extremes of unrelated samples.
const samples = Math.max(2 * ROUNDS, 31);
log(`scaling: in-process renders of VMIs with ${COUNTS.join(', ')} vDPA interfaces, ${samples} interleaved rounds...`);
const t = renderTimes(COUNTS, samples);
for (const n of COUNTS) rows.push({ name: `render in-process, ${n} vDPA interface${n > 1 ? 's' : ''}`, t: summarize(t.get(n)!) });
const [c1, c64, c256] = COUNTS as [number, number, number];
const low = summarize(slopes(t, c1, c64));
const high = summarize(slopes(t, c64, c256));
const flat = summarize(slopeRatios(t, [c1, c64, c256]));
rows.push({ name: `  per interface, ${c1} to ${c64} (slope)`, t: low });
rows.push({ name: `  per interface, ${c64} to ${c256} (slope)`, t: high });
rows.push({
  name: `  ${c64}-${c256} slope over the ${c1}-${c64} slope (median of rounds, min-max)`,
  ratio: flat.median,
  ratioSpan: flat,
  target: '<= 1.10x',
  met: flat.median <= 1.1,
});

// 3. the fixture runner
log(`fixture runner: ${FIXTURES} fixture directories through one vdpa-xml test, ${TEST_RUNS} runs...`);
const dir = seedCopies(FIXTURES);
try {
  const testCmd = bin('test', dir);
  // each run beside three cold renders of the same round: the per-fixture cost is set against the
  // render of its own round, since a run takes a minute and the machine's load changes over that
  const renderCmd = bin('render', 'fixtures/seed');
  const samplesOf = interleavedSamples([renderCmd, renderCmd, renderCmd, testCmd], TEST_RUNS, 1);
  const runs = samplesOf[3]!;
  const renders = runs.map((_, i) => median([samplesOf[0]![i]!, samplesOf[1]![i]!, samplesOf[2]![i]!]));
  const all = summarize(runs);
  const row: Row = { name: `vdpa-xml test, ${FIXTURES} copies of fixtures/seed (one process)`, t: all };
  const rss = peakRssMiB(testCmd);
  if (rss !== undefined) row.rssMiB = rss;
  rows.push(row);
  const each = { median: all.median / FIXTURES, min: all.min / FIXTURES, max: all.max / FIXTURES };
  const perRender = summarize(runs.map((x, i) => x / FIXTURES / renders[i]!));
  rows.push({ name: '  per fixture (ratio: over the cold render of the same round)', t: each, ratio: perRender.median, ratioSpan: perRender, target: '<= 0.03x a cold render', met: perRender.median <= 0.03 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 4. instruction counts: what the wall times above say, without the machine's noise
let counted: string | undefined;
if (INSTRUCTION_RUNS > 0 && installed('valgrind')) {
  log(`instructions: ${INSTRUCTION_RUNS} interleaved callgrind runs of node -e 0 and the cold render...`);
  const bare: number[] = [];
  const render: number[] = [];
  for (let i = 0; i < INSTRUCTION_RUNS; i++) {
    const b = instructions(cold[0]![1]);
    const r = instructions(cold[renderIndex]![1]);
    if (!b || !r) break;
    bare.push(b.net);
    render.push(r.net);
  }
  if (render.length === INSTRUCTION_RUNS) {
    const ratio = summarize(pairedRatios(render, bare));
    const mi = (x: number): string => `${(x / 1e6).toFixed(1)} M`;
    rows.push({ name: `vdpa-xml render fixtures/seed, instructions: ${mi(median(render))} over node -e 0's ${mi(median(bare))} (callgrind)`, ratio: ratio.median, ratioSpan: ratio });
    counted = `Instructions: valgrind's callgrind, ${INSTRUCTION_RUNS} runs of each, interleaved, with V8's random hash-seed search (detail::sprp, 6-16 M) subtracted; repeatable to about 0.5% whatever the machine's load.`;
  }
}

const notes = [
  `Machine: ${machine()}; NODE_EXTRA_CA_CERTS, NODE_OPTIONS and VDPA_XML_* cleared for every process measured.`,
  `Cold start: medians (min-max) of ${ROUNDS} interleaved rounds, wall time of a whole process as a shell sees it; a ratio is the median (min-max) over the rounds of the command's time over the bare node -e 0 of the same round.`,
  `In-process: medians (min-max) of ${samples} interleaved rounds, each rendering every size as the mean of renders lasting about 30 ms; a slope is (t(b) - t(a)) / (b - a) within one round, and the flatness row is the median (min-max) of the ratio of the two slopes of each round.`,
  peer ? 'virt-install: installed (Debian virtinst), timed in the same rounds with --connect test:///default (no daemon); its ratio is against the render.' : 'virt-install: not installed on this machine, so not timed.',
  `Fixture runner: ${TEST_RUNS} runs, each in a round with three cold renders of the seed; the per-fixture ratio is over the median of its round's renders.`,
  `Peak RSS: ${rows.some((r) => r.rssMiB !== undefined) ? 'GNU time, one run each' : 'not measured (no /usr/bin/time)'}.`,
  counted ?? 'Instructions: not counted (no valgrind, or BENCH_INSTRUCTION_RUNS=0).',
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
