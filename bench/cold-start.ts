import { spawnSync } from 'node:child_process';
import { median, msSince } from './stats.js';

/** Wall time of one process run to completion; throws if it fails, so a broken build is not timed. */
function timeProcess(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = msSince(start);
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(r.status)}: ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

/**
 * Medians of several commands run in turn, round after round, so that machine load during the
 * benchmark falls on all of them alike and their ratio stays meaningful.
 */
export function interleavedMedians(commands: readonly (readonly string[])[], rounds: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) commands.forEach((c) => timeProcess(c));
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) commands.forEach((c, j) => times[j]!.push(timeProcess(c)));
  return times.map(median);
}
