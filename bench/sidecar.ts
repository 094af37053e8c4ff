// `npm run bench:sidecar`: the sidecar as virt-launcher drives it, under the flags of the image's
// ENTRYPOINT (deploy/sidecar/Containerfile), with the real handler inserting the seed's two vDPA
// interfaces into a ~100 KB domain. Printed, per set of node flags:
// - ready: spawn to the socket being there (and the "listening" log line);
// - the first OnDefineDomain (cold: nothing decided yet, the code not warmed up), then CALLS
//   back-to-back calls with the same VMI (warm: the handler keeps the VMI's plan, as on every
//   define of one launcher), then CALLS calls each with a VMI it has not seen (the bytes differ by
//   trailing whitespace, so the plan is made again every call): median, p95, max as the client sees,
//   and the sidecar's CPU time per call (on a loaded machine latency is mostly waiting for a CPU);
// - peak resident memory over all of it (VmHWM), and the largest RssAnon seen after a call (the
//   process's own memory, without the node binary's file pages).
// Then the machine's load and Node's version, since every figure depends on them.
// Targets (issue 14): peak RSS <= 50 MiB, median OnDefineDomain <= 20 ms, ready <= 0.5 s.
//   BENCH_SIDECAR_CALLS (200), BENCH_SIDECAR_DOMAIN_BYTES (102400),
//   BENCH_SIDECAR_FLAGS: extra flag sets to compare, `;`-separated (`--jitless --no-expose-wasm --max-semi-space-size=1;(none)`),
//   BENCH_SIDECAR_GRPC_JS=1: the same methods on @grpc/grpc-js, for comparison.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { call, connect, imageNodeFlags, largeDomain, patchedDomain, procStatusKiB, rssAnonKiB, SIDECAR_BIN, startSidecar, vmiJson } from '../test/sidecar/harness.js';
import { median } from './stats.js';

const CALLS = Number(process.env.BENCH_SIDECAR_CALLS ?? 200);
const DOMAIN_BYTES = Number(process.env.BENCH_SIDECAR_DOMAIN_BYTES ?? 100 * 1024);
/** The flags the image's ENTRYPOINT uses (deploy/sidecar/Containerfile). */
const SHIPPED = imageNodeFlags();

interface Case {
  name: string;
  command: string[];
  flags: string[];
}

const extra = (process.env.BENCH_SIDECAR_FLAGS ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const CASES: Case[] = [
  { name: 'vdpa-xml sidecar, shipped flags', command: [SIDECAR_BIN], flags: SHIPPED },
  ...extra.map((f) => ({ name: 'vdpa-xml sidecar', command: [SIDECAR_BIN], flags: f === '(none)' ? [] : f.split(/\s+/) })),
  ...(process.env.BENCH_SIDECAR_GRPC_JS ? [{ name: '@grpc/grpc-js + proto-loader (comparison)', command: [join('dist', 'bench', 'sidecar-grpc-js-server.js')], flags: SHIPPED }] : []),
];

const MiB = (kib: number): string => (kib / 1024).toFixed(1);
/** The process's CPU time so far (user + system, /proc/<pid>/stat), in ms: what a call costs, less swayed by the machine's load than its latency. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  // after the command: state is field 3, utime 14 and stime 15 (proc(5)), in clock ticks of 10 ms
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number): string => x.toFixed(1);
const series = (xs: number[]): string => `${ms(median(xs))} / ${ms(pct(xs, 0.95))} / ${ms(Math.max(...xs))}`;

/**
 * The sidecar's environment as KubeVirt gives it: none of this shell's NODE_EXTRA_CA_CERTS (a
 * certificate bundle node reads and keeps at start, about 3 MiB of RSS; the machine this was measured
 * on exports it, a sidecar container does not), NODE_OPTIONS or VDPA_XML_*.
 */
const podEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS' && k !== 'NODE_OPTIONS' && !k.startsWith('VDPA_XML_')));

async function measure(c: Case, domain: Buffer, vmi: Buffer, expected: Buffer): Promise<string[]> {
  const s = await startSidecar({ command: c.command, nodeFlags: c.flags, env: podEnv });
  try {
    const pid = s.child.pid!;
    const info = await call(connect('info', s.socket), 'Info', {}, 1000);
    if (info.err) throw info.err;
    const client = connect('v1alpha3', s.socket);
    let anon = rssAnonKiB(pid);
    const once = async (vmiBytes: Buffer): Promise<number> => {
      const t = performance.now();
      const r = await call(client, 'OnDefineDomain', { domainXML: domain, vmi: vmiBytes });
      const took = performance.now() - t;
      if (r.err) throw r.err;
      if (Buffer.compare(r.res.domainXML, expected) !== 0) throw new Error('the domain came back other than the handler makes it');
      anon = Math.max(anon, rssAnonKiB(pid));
      return took;
    };
    const cold = await once(vmi);
    const warm: number[] = [];
    const cpu0 = cpuMs(pid);
    for (let i = 0; i < CALLS; i++) warm.push(await once(vmi));
    const cpu1 = cpuMs(pid);
    const fresh: number[] = [];
    for (let i = 0; i < CALLS; i++) fresh.push(await once(Buffer.concat([vmi, Buffer.from(' '.repeat(i + 1))])));
    const cpu2 = cpuMs(pid);
    const peak = procStatusKiB(pid, 'VmHWM');
    await call(client, 'Shutdown', {});
    const exit = await s.exited;
    return [c.name, c.flags.join(' ') || '(none)', s.readyMs.toFixed(0), ms(cold), series(warm), ms((cpu1 - cpu0) / CALLS), series(fresh), ms((cpu2 - cpu1) / CALLS), MiB(peak), MiB(anon), String(exit.code)];
  } finally {
    s.cleanup();
  }
}

const domain = Buffer.from(largeDomain(DOMAIN_BYTES));
const vmi = vmiJson();
// the real handler's answer, in this process: what every call must return
const expected = patchedDomain(domain);
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
const before = load();
process.stderr.write(`${CALLS} + ${CALLS} OnDefineDomain calls with a ${domain.length}-byte domain and a ${vmi.length}-byte VMI, Node ${process.version}\n`);
const head = ['server', 'node flags', 'ready ms', 'first call ms', `same VMI: median / p95 / max ms (${CALLS})`, 'CPU ms a call', `new VMI each call: median / p95 / max ms (${CALLS})`, 'CPU ms a call', 'peak RSS MiB (VmHWM)', 'peak RssAnon MiB', 'exit'];
const rows = [head, head.map(() => '---')];
for (const c of CASES) {
  process.stderr.write(`${c.name} ${c.flags.join(' ')}...\n`);
  rows.push(await measure(c, domain, vmi, expected));
}
process.stdout.write(`${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
process.stdout.write(`Node ${process.version}, ${cpus().length} CPUs, ${domain.length}-byte domain, ${vmi.length}-byte VMI; load average (1/5/15 min) ${before} before, ${load()} after; the sidecar run without NODE_EXTRA_CA_CERTS, NODE_OPTIONS and VDPA_XML_*\n`);
process.stdout.write('targets: ready <= 500 ms, peak RSS <= 50 MiB, median <= 20 ms\n');
