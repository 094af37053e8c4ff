import type { CliIo } from './io.js';

/** Writes a command's result to -o FILE (atomically) or stdout; false (with a message) when the file cannot be written. */
export function writeOutput(io: CliIo, output: string | undefined, text: string): boolean {
  if (output === undefined) {
    io.stdout(text);
    return true;
  }
  try {
    io.writeFileAtomic(output, text);
    return true;
  } catch (e) {
    io.stderr(`error: cannot write ${output}: ${(e as Error).message}\n`);
    return false;
  }
}
