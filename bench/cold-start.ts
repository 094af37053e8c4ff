import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { msSince, summarize, type Summary } from './stats.js';

/**
 * The environment a user's shell gives a process. A CI or container image often exports
 * NODE_EXTRA_CA_CERTS, which makes every Node process read a certificate bundle before V8 starts
 * (35-50 ms on Node 20): that hides start-up costs, so it is removed for both sides of a ratio.
 */
export const USER_ENV: NodeJS.ProcessEnv = (() => {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.VDPA_XML_CACHE_DIR;
  delete env.VDPA_XML_DEBUG;
  delete env.NODE_OPTIONS;
  return env;
})();

/** A command: a program and its arguments; `node` means the Node running the bench. */
export type Command = readonly string[];

const program = (c: Command): string => (c[0] === 'node' ? process.execPath : c[0]!);

/** Wall time of one process run to completion; throws if it fails, so a broken build is not timed. */
function timeProcess(c: Command): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(program(c), c.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: USER_ENV, maxBuffer: 64 * 1024 * 1024 });
  const ms = msSince(start);
  if (r.status !== 0) throw new Error(`${c.join(' ')} exited ${String(r.status)}: ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

/**
 * Several commands run in turn, round after round, so that machine load during the benchmark
 * falls on all of them alike and their ratios stay meaningful: median, min and max of each.
 */
export function interleaved(commands: readonly Command[], rounds: number, warmup = 2): Summary[] {
  return interleavedSamples(commands, rounds, warmup).map(summarize);
}

/** interleaved's samples: for each command, its wall time (ms) in each round. */
export function interleavedSamples(commands: readonly Command[], rounds: number, warmup = 2): number[][] {
  for (let i = 0; i < warmup; i++) commands.forEach((c) => timeProcess(c));
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) commands.forEach((c, j) => times[j]!.push(timeProcess(c)));
  return times;
}

/** a's time over b's in each round (the pairs of one round ran back to back, under the same load). */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / b[i]!);
}

const TIME = '/usr/bin/time';

/** Peak resident set size (MiB) of one run, from GNU time; undefined where it is not installed. */
export function peakRssMiB(c: Command): number | undefined {
  if (!existsSync(TIME)) return undefined;
  const r = spawnSync(TIME, ['-f', '%M', program(c), ...c.slice(1)], { stdio: ['ignore', 'ignore', 'pipe'], env: USER_ENV });
  const kib = Number(/(\d+)\s*$/.exec(r.stderr.toString())?.[1]);
  return r.status === 0 && Number.isFinite(kib) ? kib / 1024 : undefined;
}

/** Whether a program runs at all (virt-install is optional). */
export function installed(name: string): boolean {
  const r = spawnSync(name, ['--version'], { stdio: 'ignore', env: USER_ENV });
  return r.error === undefined && r.status === 0;
}
