import { makeSource } from '../src/source/source.js';
import { runPipeline } from '../src/pipeline.js';
import { DEFAULT_OPTIONS } from '../src/options.js';
import { serializeDomain } from '../src/xml/serialize.js';
import { msSince } from './stats.js';
import { vdpaInputs, type BenchInputs } from './vmi-gen.js';

// Without virt-launcher's hotplug reservation, which adds up to four placeholder interfaces to a
// VMI with fewer interfaces, so t(0) is a clean baseline for the cost each interface adds.
const OPTIONS = { ...DEFAULT_OPTIONS, hotplugReserve: 'none' as const };

/** Texts in, XML text out: everything `render` does between reading the files and writing stdout. */
function render(inp: BenchInputs): string {
  const r = runPipeline({ main: makeSource('vmi.yaml', inp.vmi), nads: [makeSource('nad.yaml', inp.nad)], env: makeSource('env.txt', inp.env) }, OPTIONS);
  if (!r.domain) throw new Error(`the benchmark VMI does not render: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return serializeDomain(r.domain);
}

/** In-process render times (ms) by interface count: every sample, in sampling order (round r is index r of each). */
export type RenderSamples = Map<number, number[]>;

/**
 * In-process render time (ms) of VMIs with each interface count, interleaved by size: `samples`
 * rounds, each rendering every size in turn as the mean of enough renders to last about 30 ms, so
 * that the sizes of one round share the machine's load and a slope can be taken within a round.
 */
export function renderTimes(counts: readonly number[], samples: number): RenderSamples {
  const inputs = counts.map((n) => ({ n, inp: vdpaInputs(n) }));
  const reps = new Map<number, number>();
  // warm-up until the JIT has settled (three passes over every size), the last pass giving an estimate
  for (let pass = 0; pass < 3; pass++) {
    for (const { n, inp } of inputs) {
      const start = process.hrtime.bigint();
      let i = 0;
      for (; i < 5 || msSince(start) < 150; i++) render(inp);
      reps.set(n, Math.max(3, Math.ceil(30 / (msSince(start) / i))));
    }
  }
  const times: RenderSamples = new Map(counts.map((n) => [n, []]));
  for (let s = 0; s < samples; s++) {
    for (const { n, inp } of inputs) {
      const k = reps.get(n)!;
      const start = process.hrtime.bigint();
      for (let i = 0; i < k; i++) render(inp);
      times.get(n)!.push(msSince(start) / k);
    }
  }
  return times;
}

/** Per-interface cost between two sizes, (t(b) - t(a)) / (b - a), in each round. */
export function slopes(t: RenderSamples, a: number, b: number): number[] {
  const ta = t.get(a)!;
  const tb = t.get(b)!;
  return ta.map((x, i) => (tb[i]! - x) / (b - a));
}

/** The slope from 64 to 256 over the slope from 1 to 64, in each round (1: linear). */
export function slopeRatios(t: RenderSamples, [lo, mid, hi]: readonly [number, number, number]): number[] {
  const low = slopes(t, lo, mid);
  const high = slopes(t, mid, hi);
  return low.map((l, i) => high[i]! / l);
}
