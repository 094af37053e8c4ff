import { readFileSync, readdirSync, readlinkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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

export function nodeIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
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
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
