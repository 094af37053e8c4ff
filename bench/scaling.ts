import { makeSource } from '../src/source/source.js';
import { runPipeline } from '../src/pipeline.js';
import { DEFAULT_OPTIONS } from '../src/options.js';
import { serializeDomain } from '../src/xml/serialize.js';
import { msSince, summarize, type Summary } from './stats.js';
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

/**
 * In-process render time (ms) of VMIs with each interface count, interleaved by size: medians of
 * `samples` samples, each the mean of enough renders to last about 30 ms.
 */
export function renderTimes(counts: readonly number[], samples: number): Map<number, Summary> {
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
  const times = new Map<number, number[]>(counts.map((n) => [n, []]));
  for (let s = 0; s < samples; s++) {
    for (const { n, inp } of inputs) {
      const k = reps.get(n)!;
      const start = process.hrtime.bigint();
      for (let i = 0; i < k; i++) render(inp);
      times.get(n)!.push(msSince(start) / k);
    }
  }
  return new Map([...times].map(([n, t]) => [n, summarize(t)]));
}
