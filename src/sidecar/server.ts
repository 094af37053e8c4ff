/**
 * The sidecar's process edge: a unary gRPC server over HTTP/2 cleartext on a unix socket, built
 * on node:net with this project's HTTP/2 connection (h2/connection.ts), and the process lifecycle
 * around it (stale socket, signals, Shutdown, exit). It moves bytes and writes log lines; what a
 * call means is decided in hook-service.ts.
 *
 * Why not node:http2 or @grpc/grpc-js: the sidecar of a Guaranteed-QoS or dedicated-CPU VMI gets
 * a 64M memory limit from KubeVirt (netbinding.go sidecarResources), and the target is a peak of
 * 50 MiB. node:http2 loads node:tls and node:crypto with OpenSSL's state, about 4 MiB of the
 * idle process, and grpc-js with its loader peaks 5 MiB higher again for the same five unary
 * methods (docs/sidecar-server.md has the measurements; npm run bench:sidecar takes them). The
 * hook protocol needs unary calls on one unix socket only, which h2/ serves in a few hundred
 * lines. grpc-js is still the judge: the tests call this server with it, as virt-launcher's Go
 * client would (and scripts/sidecar-go-interop.sh with grpc-go itself).
 */
import { existsSync, lstatSync, readFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { percentEncodeMessage, STATUS, STATUS_NAME } from './grpc-wire.js';
import { Http2ServerConnection, type ServerStream } from './h2/connection.js';
import type { DomainHandler, HandlerFactory } from './handler.js';
import { callHook, hookMethods, INFO, type CallOutcome } from './hook-service.js';

/**
 * The largest request accepted: grpc-go's default server receive limit (4 MiB,
 * defaultServerMaxReceiveMessageSize), so that nothing passt's Go sidecar accepts is refused here,
 * while a runaway request cannot take the sidecar past its memory limit.
 */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

export type LogLine = (fields: Record<string, unknown>) => void;

/** A log writer: one JSON object a line, with the time first. */
export function jsonLog(write: (text: string) => void): LogLine {
  return (fields) => write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
}

/**
 * Makes the socket path free for listen(). A socket left there (the emptyDir outlives a restarted
 * sidecar container) is removed; anything else is refused, never deleted. Returns why not.
 */
export function clearSocketPath(path: string): string | undefined {
  let kind: string;
  try {
    const st = lstatSync(path);
    if (st.isSocket()) {
      unlinkSync(path);
      return undefined;
    }
    kind = st.isDirectory() ? 'a directory' : st.isSymbolicLink() ? 'a symbolic link' : st.isFile() ? 'a regular file' : 'not a socket';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return `cannot use the socket path ${path}: ${(e as Error).message}`;
  }
  return `refusing to replace ${path}: it is ${kind}, not a socket; remove it or pass another --socket`;
}

function removeSocket(path: string): void {
  try {
    if (lstatSync(path).isSocket()) unlinkSync(path);
  } catch {
    // already gone: libuv unlinks a listening pipe's path when it closes
  }
}

export interface HookServer {
  /** stops accepting, ends the connections (gracefully, then by force after graceMs), removes the socket */
  close(graceMs?: number): Promise<void>;
}

/** Listens on `socket` (which clearSocketPath has freed) and serves the hook methods with `handler`. */
export async function startHookServer(socket: string, handler: DomainHandler, log: LogLine, onShutdown: () => void): Promise<HookServer> {
  // loaded here, on first use, so that the other commands of the CLI bundle do not pay for it at start-up
  const { createServer } = createRequire(import.meta.url)('node:net') as typeof import('node:net');
  const methods = hookMethods(handler);
  const connections = new Map<Socket, Http2ServerConnection>();
  const ctx: Serving = { methods, log, onShutdown };
  const server = createServer((sock) => {
    const conn = new Http2ServerConnection(
      {
        write: (bytes, flushed) => {
          if (!sock.destroyed) sock.write(bytes, flushed && (() => flushed()));
        },
        end: () => sock.end(),
      },
      (stream) => serveStream(stream, ctx),
      {},
      (message) => log({ level: 'error', msg: 'HTTP/2 connection ended: the client broke the protocol', error: message }),
    );
    connections.set(sock, conn);
    sock.on('data', (chunk: Buffer) => conn.receive(chunk));
    // a client that goes away mid-call: nothing to do but forget it
    sock.on('error', () => {});
    sock.once('close', () => {
      conn.closed();
      connections.delete(sock);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ path: socket }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (e) => log({ level: 'error', msg: 'server error', error: (e as Error).message }));

  return {
    close: (graceMs = 2000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          for (const sock of connections.keys()) sock.destroy();
        }, graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          removeSocket(socket);
          resolve();
        });
        // GOAWAY: the calls in progress are answered, then each connection ends
        for (const conn of connections.values()) conn.goAway();
      }),
  };
}

/** What every call of one server shares. */
interface Serving {
  methods: ReturnType<typeof hookMethods>;
  log: LogLine;
  onShutdown: () => void;
}

/** One call as it arrived: its path, when, and how many body bytes. */
interface Arrival {
  path: string;
  start: number;
  requestBytes: number;
}

function serveStream(stream: ServerStream, ctx: Serving): void {
  const start = performance.now();
  const path = stream.headers.get(':path') ?? '';
  const { log } = ctx;
  const contentType = stream.headers.get('content-type') ?? '';
  if (stream.headers.get(':method') !== 'POST' || !contentType.startsWith('application/grpc')) {
    stream.respond([[':status', '415']]);
    log({ level: 'error', path, msg: 'not a gRPC request', method: stream.headers.get(':method'), contentType: stream.headers.get('content-type') });
    return;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let refused = false;
  stream.ondata = (chunk) => {
    if (refused) return;
    size += chunk.length;
    if (size > MAX_MESSAGE_BYTES + 5) {
      refused = true;
      chunks.length = 0;
      const message = `the request is larger than ${MAX_MESSAGE_BYTES} bytes`;
      finish(stream, ctx, { path, start, requestBytes: size }, { status: STATUS.RESOURCE_EXHAUSTED, message, log: {} });
      // the rest of the request is read and dropped (h2/connection.ts), not reset (RST_STREAM
      // NO_ERROR): with a reset, a grpc-js client on Node 22 reports the call ended without a status
    } else {
      // a view of bytes the connection read and never writes to again (h2/connection.ts)
      chunks.push(chunk);
    }
  };
  stream.onend = () => {
    if (refused) return;
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
    chunks.length = 0;
    finish(stream, ctx, { path, start, requestBytes: size }, callHook(ctx.methods, path, body));
  };
}

/** Sends the outcome (a response and trailers, or Trailers-Only for an error) and logs the call's one line. */
function finish(stream: ServerStream, ctx: Serving, arrival: Arrival, outcome: CallOutcome): void {
  const { path, start, requestBytes } = arrival;
  const { log } = ctx;
  const method = ctx.methods.get(path);
  const line: Record<string, unknown> = {
    level: outcome.status === STATUS.OK ? 'info' : 'error',
    method: method?.name ?? path,
    version: method?.version,
    status: STATUS_NAME[outcome.status],
    // both counted as gRPC bodies: the 5-byte prefix and the message
    requestBytes,
    responseBytes: outcome.response?.length ?? 0,
  };
  if (outcome.message !== undefined) line.error = outcome.message;
  Object.assign(line, outcome.log);
  if (stream.reset) {
    // the client gave up (deadline, cancel) before the answer was ready
    log({ ...line, level: 'error', ms: round(performance.now() - start), msg: 'the client closed the call before the response' });
    return;
  }
  // the log line first: a test (or an operator) that sees the answer finds the call logged
  log({ ...line, ms: round(performance.now() - start) });
  const then = outcome.shutdown ? ctx.onShutdown : undefined;
  if (outcome.status === STATUS.OK) {
    stream.respond([[':status', '200'], ['content-type', 'application/grpc']], outcome.response, [['grpc-status', '0']], then);
  } else {
    // Trailers-Only (PROTOCOL-HTTP2.md): the status in the one HEADERS frame, no body
    stream.respond([[':status', '200'], ['content-type', 'application/grpc'], ['grpc-status', String(outcome.status)], ['grpc-message', percentEncodeMessage(outcome.message ?? '')]], undefined, undefined, then);
  }
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

export interface SidecarOptions {
  socket: string;
  networkInfo: string;
  vdpaBinding: string;
  /** the KubeVirt release of the launcher served (default: the pipeline's) */
  kubevirtVersion?: string;
}

/**
 * Runs the sidecar until Shutdown, SIGTERM or SIGINT, then exits 0. Returns 1 at once when the
 * socket path cannot be used; a failure to listen exits 1 later. Log lines go to `writeErr`.
 */
export function runSidecar(opts: SidecarOptions, factory: HandlerFactory, writeErr: (text: string) => void): number {
  const log = jsonLog(writeErr);
  const refused = clearSocketPath(opts.socket);
  if (refused) {
    log({ level: 'error', msg: refused });
    return 1;
  }
  const bug = (e: unknown): void => {
    // a bug outside a call (a call's own bugs are answered INTERNAL): say so without a stack
    // trace and exit; the kubelet restarts the container, and the next start replaces the socket
    log({ level: 'error', msg: 'internal error in vdpa-xml', error: e instanceof Error ? e.message : String(e) });
    removeSocket(opts.socket);
    process.exit(3);
  };
  process.on('uncaughtException', bug);
  process.on('unhandledRejection', bug);
  // Measured through the real process with the limits lifted, under the image's flags (a
  // heap_size_limit of 14 MiB: --max-old-space-size=8 and a 2 MiB semi-space), 20 calls each: a
  // 175 KiB domain is edited (twice of twice), 200 KiB ran out of heap once of twice
  // (docs/sidecar-server.md, "Memory and latency"); a VMI with 6,000 labels of 40 bytes (240 KiB)
  // is read. / 112 allows a 128 KiB domain, / 80 a 179 KiB VMI, about three quarters of what was
  // edited (handler.ts maxDomainBytes, maxVmiBytes; KubeVirt's domains are ~10 KB, its VMIs a few KB).
  const maxDomainBytes = Math.floor(getHeapStatistics().heap_size_limit / 112);
  const maxVmiBytes = Math.floor(getHeapStatistics().heap_size_limit / 80);
  const handler = factory({ networkInfoPath: opts.networkInfo, vdpaBinding: opts.vdpaBinding, readFile: (p) => readFileSync(p), maxDomainBytes, maxVmiBytes, ...(opts.kubevirtVersion ? { kubevirtVersion: opts.kubevirtVersion } : {}) });
  let server: HookServer | undefined;
  let stopping = false;
  const stop = (reason: string): void => {
    if (stopping) return;
    stopping = true;
    log({ level: 'info', msg: 'stopping', reason });
    void (server ? server.close() : Promise.resolve()).then(() => {
      removeSocket(opts.socket);
      log({ level: 'info', msg: 'stopped', reason });
      process.exit(0);
    });
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop(signal));
  startHookServer(opts.socket, handler, log, () => stop('Shutdown')).then(
    (s) => {
      server = s;
      log({ level: 'info', msg: 'listening', socket: opts.socket, name: INFO.name, versions: INFO.versions, ...(opts.kubevirtVersion ? { kubevirtVersion: opts.kubevirtVersion } : {}), pid: process.pid, startedMs: Math.round(performance.now()) });
    },
    (e: Error) => {
      // libuv reports a missing directory as EACCES (uv_pipe_bind): say which it is
      const why = existsSync(dirname(opts.socket)) ? e.message : `the directory ${dirname(opts.socket)} does not exist`;
      log({ level: 'error', msg: `cannot listen on ${opts.socket}: ${why}` });
      process.exit(1);
    },
  );
  return 0;
}
