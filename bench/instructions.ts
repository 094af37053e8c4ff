// Instruction counts of a whole process under valgrind's callgrind: the same for the same binary,
// inputs and environment whatever else the machine is doing, where wall time on a shared
// two-CPU machine spreads by a factor of two within one run (README, "Speed"). One part is not
// the same from run to run: V8 searches for a random prime when it seeds its string hashes
// (HashSeed::InitializeRoots, in `detail::sprp`), 6 to 16 million instructions of a 140 million
// run; its self cost is subtracted, which leaves counts repeatable to about 0.5%.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USER_ENV, type Command } from './cold-start.js';

/** The function of V8's random hash-seed search. */
export const SEED_SEARCH = 'detail::sprp';

/** The whole run's instruction count in a callgrind output file (its `summary:` or `totals:` line). */
export function callgrindTotal(out: string): number | undefined {
  const m = /^(?:summary|totals):\s*(\d+)/m.exec(out);
  return m ? Number(m[1]) : undefined;
}

/** The self cost of functions whose name holds `fn`, from callgrind_annotate's listing (0 when none). */
export function selfCost(annotated: string, fn: string): number {
  let sum = 0;
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+)\s+\([^)]*\)\s+(.*)$/.exec(line);
    if (m && m[2]!.includes(fn)) sum += Number(m[1]!.replace(/,/g, ''));
  }
  return sum;
}

export interface Instructions {
  total: number;
  /** V8's hash-seed search, subtracted from net */
  seedSearch: number;
  net: number;
}

/** One run of c under callgrind; undefined when valgrind or callgrind_annotate cannot be run. */
export function instructions(c: Command): Instructions | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'vdpa-xml-callgrind-'));
  try {
    const file = join(dir, 'callgrind.out');
    const program = c[0] === 'node' ? process.execPath : c[0]!;
    const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${file}`, program, ...c.slice(1)], { stdio: ['ignore', 'ignore', 'pipe'], env: USER_ENV });
    if (r.error || r.status !== 0) return undefined;
    const total = callgrindTotal(readFileSync(file, 'utf8'));
    const a = spawnSync('callgrind_annotate', ['--threshold=100', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (total === undefined || a.error || a.status !== 0) return undefined;
    const seedSearch = selfCost(a.stdout, SEED_SEARCH);
    return { total, seedSearch, net: total - seedSearch };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
