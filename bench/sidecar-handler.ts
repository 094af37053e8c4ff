// The sidecar's handler (src/sidecar/handler.ts) called in-process in a loop, without the server:
// for a CPU profile of a warm call (the largest domain a heap cap edits is measured through the
// process, npm run bench:sidecar with BENCH_SIDECAR_DOMAIN_BYTES, since the bundle the image runs
// holds less heap than these modules). Run it built, from the repository root:
//   node --no-opt --max-semi-space-size=2 --max-old-space-size=16 --single-threaded [--cpu-prof] dist/bench/sidecar-handler.js
//   (unbundled, the modules hold more heap than the image's bundle: 16 MiB where the image has 8)
//   BENCH_SIDECAR_CALLS (200), BENCH_SIDECAR_DOMAIN_BYTES (102400),
//   BENCH_SIDECAR_NEW_VMI=1: a VMI the handler has not seen at each call (the plan made again).
// Prints the first call, the median call and the CPU per call, and the domain's size against the
// heap limit; a domain too large for the heap ends the process with V8's out-of-memory report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { createDomainHandler } from '../src/sidecar/handler.js';
import { largeDomain } from '../test/sidecar/large-domain.js';
import { median } from './stats.js';

const CALLS = Number(process.env.BENCH_SIDECAR_CALLS ?? 200);
const DOMAIN_BYTES = Number(process.env.BENCH_SIDECAR_DOMAIN_BYTES ?? 100 * 1024);
const NEW_VMI = process.env.BENCH_SIDECAR_NEW_VMI === '1';

const domain = Buffer.from(largeDomain(DOMAIN_BYTES));
const vmi = readFileSync(join('test', 'data', 'sidecar', 'vmi.json'));
const handler = createDomainHandler({ networkInfoPath: join('test', 'data', 'sidecar', 'network-info'), vdpaBinding: 'vdpa', readFile: (p) => readFileSync(p) });

const once = (i: number): number => {
  const t = performance.now();
  const r = handler(NEW_VMI ? Buffer.concat([vmi, Buffer.from(' '.repeat(i + 1))]) : vmi, domain);
  const took = performance.now() - t;
  if ('error' in r) throw new Error(`the handler refused the bench's inputs: ${r.error}`);
  return took;
};

const cold = once(0);
const cpu0 = process.cpuUsage();
const times: number[] = [];
for (let i = 1; i <= CALLS; i++) times.push(once(i));
const cpu = process.cpuUsage(cpu0);
const heap = getHeapStatistics();
const ms = (x: number): string => x.toFixed(2);
process.stdout.write(
  `${domain.length}-byte domain, ${CALLS} calls${NEW_VMI ? ' (a new VMI each)' : ''}: first ${ms(cold)} ms, median ${ms(median(times))} ms, ` +
    `CPU ${ms((cpu.user + cpu.system) / 1000 / CALLS)} ms a call; heap limit ${(heap.heap_size_limit / 1024 / 1024).toFixed(1)} MiB ` +
    `(limit / domain bytes = ${(heap.heap_size_limit / domain.length).toFixed(0)}), heap used ${(heap.used_heap_size / 1024 / 1024).toFixed(1)} MiB; Node ${process.version}\n`,
);
