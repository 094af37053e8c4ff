import { join } from 'node:path';
import type { CliIo } from './io.js';

/** Captured output of one in-process CLI run. */
export interface Captured {
  stdout: string;
  stderr: string;
}

/**
 * An io that reads paths relative to a fixture directory (so diagnostics name `vmi.yaml:3:5`, not
 * a machine-specific path), feeds `stdin` from a file, captures output, and writes nothing.
 */
export function fixtureIo(real: CliIo, dir: string, stdinFile: string | undefined, out: Captured): CliIo {
  const at = (p: string): string => join(dir, p);
  return {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (p) => real.readFile(at(p)),
    readStdin: () => (stdinFile ? real.readFile(at(stdinFile)) : new Uint8Array()),
    isDirectory: (p) => real.isDirectory(at(p)),
    listDir: (p) => real.listDir(at(p)),
    readLink: (p) => real.readLink(at(p)),
    writeFileAtomic: () => {
      throw new Error('fixtures do not write files');
    },
    removeFile: () => {
      throw new Error('fixtures do not remove files');
    },
    env: { NO_COLOR: '1' },
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
}
