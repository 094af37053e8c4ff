import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

/** What one CLI run gave: the exit code and everything written to stdout and stderr. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** files written through writeFileAtomic */
  written: Map<string, string>;
  /** files removed through removeFile */
  removed: string[];
}

export interface FakeInputs {
  /** files that exist only for this run, by path; other paths are read from the checkout */
  files?: Record<string, string>;
  stdin?: string;
  env?: Record<string, string>;
  stderrIsTTY?: boolean;
}

function enoent(path: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`ENOENT: no such file or directory, open '${path}'`);
  e.code = 'ENOENT';
  return e;
}

/** An io over the checkout (tests run from the repository root) plus in-memory files; output captured. */
export function fakeIo(inputs: FakeInputs, out: CliRun): CliIo {
  const files = inputs.files ?? {};
  const virtualDir = (p: string): boolean => Object.keys(files).some((f) => f.startsWith(`${p.replace(/\/$/, '')}/`));
  return {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (p) => {
      if (p in files) return new TextEncoder().encode(files[p]);
      if (virtualDir(p)) {
        const e: NodeJS.ErrnoException = new Error('EISDIR');
        e.code = 'EISDIR';
        throw e;
      }
      try {
        return readFileSync(p);
      } catch {
        throw enoent(p);
      }
    },
    readStdin: () => new TextEncoder().encode(inputs.stdin ?? ''),
    isDirectory: (p) => {
      if (virtualDir(p)) return true;
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    readLink: () => undefined,
    listDir: (p) => {
      const prefix = `${p.replace(/\/$/, '')}/`;
      const virtual = Object.keys(files).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]!);
      let real: string[] = [];
      try {
        real = readdirSync(p);
      } catch {
        // only virtual
      }
      return [...new Set([...real, ...virtual])].sort();
    },
    writeFileAtomic: (p, text) => void out.written.set(p, text),
    removeFile: (p) => void out.removed.push(p),
    env: inputs.env ?? {},
    stdoutIsTTY: false,
    stderrIsTTY: inputs.stderrIsTTY ?? false,
  };
}

/** Runs the real CLI entry in-process: argv in; exit code, stdout and stderr out. */
export function runCli(argv: string[], inputs: FakeInputs = {}): CliRun {
  const out: CliRun = { code: -1, stdout: '', stderr: '', written: new Map(), removed: [] };
  out.code = run(argv, fakeIo(inputs, out));
  return out;
}

/** A text block written as an indented template literal, without the common indentation. */
export function block(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/[ ]+$/, '');
}
