import type { CliIo } from './io.js';

/** Why a file could not be written, in words (the temporary file's name is an implementation detail). */
export function writeFailure(output: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'its directory does not exist'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'it is a directory'
    : code === 'ENOSPC' ? 'no space left on the device'
    : code === 'EROFS' ? 'the file system is read-only'
    : (e as Error).message;
  return `error: cannot write ${output}: ${why}\n`;
}

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
    io.stderr(writeFailure(output, e));
    return false;
  }
}
