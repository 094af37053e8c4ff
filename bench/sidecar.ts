// `npm run bench:sidecar`: the sidecar as virt-launcher drives it, under the memory KubeVirt gives
// it (64M for a Guaranteed-QoS or dedicated-CPU VMI). For each set of node flags: the time from
// spawn to the socket being there, resident memory idle, then 200 back-to-back OnDefineDomain
// calls with a ~100 KB domain through the real handler, which inserts two vDPA interfaces (latency as the client sees it), then the peak resident memory
// (VmHWM) and the largest RssAnon seen after a call (the process's own memory, without the node
// binary's file pages). The same run against @grpc/grpc-js serving the same methods is the comparison.
// Targets (issue 14): peak RSS <= 50 MiB, median OnDefineDomain <= 20 ms, ready <= 0.5 s.
import { join } from 'node:path';
import { call, connect, imageNodeFlags, largeDomain, patchedDomain, procStatusKiB, rssAnonKiB, SIDECAR_BIN, startSidecar, vmiJson } from '../test/sidecar/harness.js';
import { median } from './stats.js';

const CALLS = Number(process.env.BENCH_SIDECAR_CALLS ?? 200);
const DOMAIN_BYTES = Number(process.env.BENCH_SIDECAR_DOMAIN_BYTES ?? 100 * 1024);
/** The flags the image's ENTRYPOINT uses (deploy/sidecar/Containerfile). */
const CHOSEN_FLAGS = imageNodeFlags();

interface Case {
  name: string;
  command: string[];
  flags: string[];
  /** dial for every call, as virt-launcher does (manager.go: DialSocketWithTimeout, then Close, per callback) */
  connectionPerCall?: boolean;
}

const CASES: Case[] = [
  { name: 'node:http2 server (shipped)', command: [SIDECAR_BIN], flags: [] },
  { name: 'node:http2 server, --max-semi-space-size=1', command: [SIDECAR_BIN], flags: ['--max-semi-space-size=1'] },
  { name: 'node:http2 server, --jitless', command: [SIDECAR_BIN], flags: ['--jitless', '--no-expose-wasm'] },
  { name: 'node:http2 server, chosen flags', command: [SIDECAR_BIN], flags: CHOSEN_FLAGS },
  { name: 'node:http2 server, chosen flags, a connection per call', command: [SIDECAR_BIN], flags: CHOSEN_FLAGS, connectionPerCall: true },
  { name: '@grpc/grpc-js + proto-loader (comparison)', command: [join('dist', 'bench', 'sidecar-grpc-js-server.js')], flags: [] },
  { name: '@grpc/grpc-js + proto-loader, chosen flags', command: [join('dist', 'bench', 'sidecar-grpc-js-server.js')], flags: CHOSEN_FLAGS },
];

const MiB = (kib: number): string => (kib / 1024).toFixed(1);
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function measure(c: Case, domain: Buffer, vmi: Buffer): Promise<string[]> {
  // the real handler's answer: the seed's two vDPA interfaces written into the domain
  const expected = patchedDomain(domain);
  const s = await startSidecar({ command: c.command, nodeFlags: c.flags });
  try {
    const pid = s.child.pid!;
    const info = await call(connect('info', s.socket), 'Info', {}, 1000);
    if (info.err) throw info.err;
    await new Promise((r) => setTimeout(r, 200));
    const idle = procStatusKiB(pid, 'VmRSS');
    const client = connect('v1alpha3', s.socket);
    const times: number[] = [];
    let anon = rssAnonKiB(pid);
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      const per = c.connectionPerCall ? connect('v1alpha3', s.socket) : client;
      const r = await call(per, 'OnDefineDomain', { domainXML: domain, vmi });
      times.push(performance.now() - t);
      if (per !== client) per.close();
      if (r.err) throw r.err;
      if (Buffer.compare(r.res.domainXML, expected) !== 0) throw new Error('the domain came back other than the handler makes it');
      anon = Math.max(anon, rssAnonKiB(pid));
    }
    const peak = procStatusKiB(pid, 'VmHWM');
    const after = procStatusKiB(pid, 'VmRSS');
    await call(client, 'Shutdown', {});
    const exit = await s.exited;
    return [c.name, c.flags.join(' ') || '(none)', s.readyMs.toFixed(0), MiB(idle), MiB(peak), MiB(anon), MiB(after), median(times).toFixed(2), pct(times, 0.95).toFixed(2), String(exit.code)];
  } finally {
    s.cleanup();
  }
}

/** What Node itself costs: RSS and RssAnon of a node that only waits, with no flags and with the chosen ones. */
async function bareNode(): Promise<string> {
  const { spawn } = await import('node:child_process');
  const out: string[] = [];
  for (const flags of [[], CHOSEN_FLAGS]) {
    const child = spawn(process.execPath, [...flags, '-e', 'setTimeout(() => {}, 5000)'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 400));
    out.push(`${flags.join(' ') || '(no flags)'} RSS ${MiB(procStatusKiB(child.pid!, 'VmRSS'))} MiB, RssAnon ${MiB(rssAnonKiB(child.pid!))} MiB`);
    child.kill();
  }
  return out.join('; ');
}

const domain = Buffer.from(largeDomain(DOMAIN_BYTES));
const vmi = vmiJson();
process.stderr.write(`${CALLS} OnDefineDomain calls with a ${domain.length}-byte domain and a ${vmi.length}-byte VMI, Node ${process.version}\n`);
const head = ['server', 'node flags', 'ready ms', 'idle RSS MiB', 'peak RSS MiB (VmHWM)', 'peak RssAnon MiB (sampled)', 'RSS after MiB', 'median ms', 'p95 ms', 'exit'];
const bare = await bareNode();
process.stderr.write(`bare node, idle: ${bare}\n`);
const rows = [head, head.map(() => '---')];
for (const c of CASES) {
  process.stderr.write(`${c.name} ${c.flags.join(' ')}...\n`);
  rows.push(await measure(c, domain, vmi));
}
process.stdout.write(`${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
process.stdout.write(`bare node (node -e with a timer), idle: ${bare}\n`);
process.stdout.write('targets: ready <= 500 ms, peak RSS <= 50 MiB, median <= 20 ms\n');
