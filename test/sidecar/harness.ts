// Drives the sidecar as virt-launcher does, with a real gRPC implementation as the judge: the
// sidecar runs as a child process (the built bin), and @grpc/grpc-js with @grpc/proto-loader,
// loading the .proto files in proto/, calls it over the unix socket. Shared by the tests and by
// bench/sidecar.ts.
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDomainHandler } from '../../src/sidecar/handler.js';

type Callback = (err: grpc.ServiceError | null, res: any) => void;
type Unary = (req: object, meta: grpc.Metadata, opts: grpc.CallOptions, cb: Callback) => grpc.ClientUnaryCall;
export type HookClient = grpc.Client & Record<string, Unary>;
type ClientCtor = new (address: string, creds: grpc.ChannelCredentials, options?: grpc.ChannelOptions) => HookClient;

// keepCase: the field names as the .proto writes them (domainXML, hookPoints), as Go's generated code does
const LOAD = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };

function service(file: string, pkg: string, name: string): ClientCtor {
  let node: any = grpc.loadPackageDefinition(loadSync(join('proto', 'kubevirt', 'hooks', file), LOAD));
  for (const part of pkg.split('.')) node = node[part];
  return node[name] as ClientCtor;
}

/** The clients of the three services, built from proto/ (so the .proto files are tested too). */
export const CLIENTS = {
  info: service('info/api_info.proto', 'kubevirt.hooks.info', 'Info'),
  v1alpha2: service('v1alpha2/api_v1alpha2.proto', 'kubevirt.hooks.v1alpha2', 'Callbacks'),
  v1alpha3: service('v1alpha3/api_v1alpha3.proto', 'kubevirt.hooks.v1alpha3', 'Callbacks'),
};

/** virt-launcher's dial (KubeVirt grpcutil.DialSocketWithTimeout): h2c over the unix socket, authority "localhost". */
export function connect<K extends keyof typeof CLIENTS>(kind: K, socket: string): HookClient {
  return new CLIENTS[kind](`unix://${socket}`, grpc.credentials.createInsecure(), {
    'grpc.default_authority': 'localhost',
    'grpc.max_receive_message_length': 64 * 1024 * 1024,
  });
}

export interface CallResult {
  err: grpc.ServiceError | null;
  res: any;
}

/** One unary call with a deadline (virt-launcher: 1 s for Info, 1 minute for the callbacks). */
export function call(client: HookClient, method: string, req: object, deadlineMs = 60_000): Promise<CallResult> {
  return new Promise((resolve) => {
    client[method]!(req, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (err, res) => resolve({ err, res }));
  });
}

/** virt-launcher's choice (manager.go processSideCarSocket): the first of these the sidecar offers. */
export const SUPPORTED_VERSIONS = ['v1alpha3', 'v1alpha2', 'v1alpha1'] as const;

export interface Sidecar {
  child: ChildProcess;
  socket: string;
  dir: string;
  /** milliseconds from spawn to the socket file appearing */
  readyMs: number;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** kills it if still running and removes its directory */
  cleanup(): void;
}

export const SIDECAR_BIN = join('bin', 'vdpa-xml-sidecar.js');

export interface StartOptions {
  /** node flags before the script (V8 flags) */
  nodeFlags?: readonly string[];
  /** the script and its leading arguments; default the sidecar bin */
  command?: readonly string[];
  /** extra arguments after --socket */
  args?: readonly string[];
  /** a socket path to use instead of <tmp>/vdpa-xml.sock, and something to put there first */
  prepare?: (dir: string) => string;
  /** do not wait for the socket (the process is expected to fail) */
  noWait?: boolean;
  /** the process's environment (default: this one's) */
  env?: NodeJS.ProcessEnv;
}

/** Spawns the sidecar on a socket in a fresh temporary directory and waits for the socket. */
export async function startSidecar(opts: StartOptions = {}): Promise<Sidecar> {
  const dir = mkdtempSync(join(tmpdir(), 'vdpa-xml-sidecar-'));
  const socket = opts.prepare ? opts.prepare(dir) : join(dir, 'vdpa-xml.sock');
  const t0 = performance.now();
  // PLACEHOLDER: a path `prepare` chose (the temporary directory is not known before)
  const args = (opts.args ?? []).map((a) => (a === 'PLACEHOLDER' ? join(dir, 'network-info') : a));
  const info = args.includes('--network-info') ? [] : ['--network-info', NETWORK_INFO];
  const child = spawn(process.execPath, [...(opts.nodeFlags ?? []), ...(opts.command ?? [SIDECAR_BIN]), '--socket', socket, ...info, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(opts.env ? { env: opts.env } : {}),
  });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => (done = true));
  const sidecar: Sidecar = {
    child,
    socket,
    dir,
    readyMs: NaN,
    stderr: () => err,
    exited,
    cleanup: () => {
      if (!done) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (opts.noWait) return sidecar;
  const isSocket = (): boolean => {
    try {
      return lstatSync(socket).isSocket() && err.includes('"listening"');
    } catch {
      return false;
    }
  };
  while (!isSocket()) {
    if (done) throw new Error(`the sidecar exited before listening: ${err}`);
    if (performance.now() - t0 > 10_000) {
      // a process left running would keep mocha from exiting after the failure
      sidecar.cleanup();
      throw new Error(`the sidecar did not listen within 10 s: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  sidecar.readyMs = performance.now() - t0;
  return sidecar;
}

/** The sidecar's JSON log lines. */
export function logLines(sidecar: Sidecar): Record<string, unknown>[] {
  return sidecar
    .stderr()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A /proc/<pid>/status field in KiB (VmRSS, VmHWM). */
export function procStatusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(m[1]);
}

export const exists = existsSync;

export { largeDomain } from './large-domain.js';

/** The network-info the test VMI's launcher pod would have (its two vDPA networks), passed to every sidecar started here unless a test passes its own. */
export const NETWORK_INFO = join('test', 'data', 'sidecar', 'network-info');

/**
 * The VMI JSON virt-launcher sends (json.Marshal of the VMI, status included): the seed with its
 * two vDPA interfaces on `binding: {name: <binding>}`.
 */
export function vmiJson(binding = 'vdpa'): Buffer {
  const text = readFileSync(join('test', 'data', 'sidecar', 'vmi.json'), 'utf8');
  return Buffer.from(text.replaceAll('"binding":{"name":"vdpa"}', `"binding":{"name":${JSON.stringify(binding)}}`));
}

/** What the sidecar should answer for `domain` and vmiJson(binding): its handler, run here in-process. */
export function patchedDomain(domain: Buffer, binding = 'vdpa'): Buffer {
  const handler = createDomainHandler({ networkInfoPath: NETWORK_INFO, vdpaBinding: binding, readFile: (p) => readFileSync(p) });
  const r = handler(vmiJson(binding), domain);
  if ('error' in r) throw new Error(`the test inputs do not patch: ${r.error}`);
  return Buffer.from(r.domainXml);
}

/** RssAnon of /proc/<pid>/status in KiB: the process's own memory, without the node binary's file pages, which the kernel can reclaim. */
export function rssAnonKiB(pid: number): number {
  const m = /^RssAnon:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no RssAnon in /proc/${pid}/status`);
  return Number(m[1]);
}

/** The node flags of the image's ENTRYPOINT (deploy/sidecar/Containerfile), so that tests and the bench run what ships. */
export function imageNodeFlags(): string[] {
  const text = readFileSync(join('deploy', 'sidecar', 'Containerfile'), 'utf8');
  const m = /^ENTRYPOINT\s+(\[.*\])\s*$/m.exec(text);
  if (!m) throw new Error('deploy/sidecar/Containerfile has no exec-form ENTRYPOINT');
  const argv = JSON.parse(m[1]!) as string[];
  return argv.filter((a) => a.startsWith('--'));
}
