import { readFileSync, readdirSync, readlinkSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Everything the CLI needs from the outside world. The real one wraps node:fs and process; tests
 * pass a fake, so commands are tested by calling a function with argv.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** bytes of a file; throws a NodeJS.ErrnoException when it cannot be read */
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
  isDirectory(path: string): boolean;
  listDir(path: string): string[];
  /** a symbolic link's target as written, or undefined when the path is not a link (sysfs: driver, physfn) */
  readLink(path: string): string | undefined;
  /** writes via a temporary file in the same directory and a rename, so readers never see half a file */
  writeFileAtomic(path: string, text: string): void;
  /** removes a file (test --update, for an expected file that no longer applies); throws when it cannot */
  removeFile(path: string): void;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** Why a write to stdout or stderr failed other than a closed pipe, for the bin's exit status (3); undefined while none has. */
export let outputFailure: string | undefined;

/** Descriptors whose reader has gone (EPIPE) or that failed: what is still written to them is dropped. */
const closed = new Set<number>();

// A descriptor inherited in non-blocking mode answers EAGAIN when the pipe is full: wait a moment, retry.
const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes text to fd 1 or 2 directly and completely. process.stdout would build a stream (3 ms of
 * start-up for a pipe, README "Speed") only to do the same. A reader that went away
 * (`vdpa-xml render ... | head`) ends the output quietly, as before; any other failure is kept in
 * outputFailure.
 */
function writeAll(fd: number, text: string): void {
  if (closed.has(fd) || text === '') return;
  const bytes = Buffer.from(text, 'utf8');
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause(1);
        continue;
      }
      closed.add(fd);
      if (code !== 'EPIPE') outputFailure ??= `cannot write to ${fd === 1 ? 'stdout' : 'stderr'}: ${code ?? String(e)}`;
      return;
    }
  }
}

// node:tty loads net and the stream modules: asked only when colour is decided (diagnostics to show)
const isatty = (fd: number): boolean => (process.getBuiltinModule('node:tty') as typeof import('node:tty')).isatty(fd);

export function nodeIo(): CliIo {
  return {
    stdout: (t) => writeAll(1, t),
    stderr: (t) => writeAll(2, t),
    readFile: (p) => readFileSync(p),
    readStdin: () => readFileSync(0),
    isDirectory: (p) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    listDir: (p) => readdirSync(p).sort(),
    readLink: (p) => {
      try {
        return readlinkSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
    writeFileAtomic: (path, text) => {
      // unique enough with the pid and the time; 'wx' refuses to reuse a name rather than overwrite
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
      try {
        writeFileSync(tmp, text, { flag: 'wx' });
        renameSync(tmp, path);
      } catch (e) {
        try {
          unlinkSync(tmp);
        } catch {
          // the temporary file was never created
        }
        throw e;
      }
    },
    removeFile: (path) => unlinkSync(path),
    env: process.env,
    get stdoutIsTTY() {
      return isatty(1);
    },
    get stderrIsTTY() {
      return isatty(2);
    },
  };
}
