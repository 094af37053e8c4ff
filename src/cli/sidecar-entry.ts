// What bin/vdpa-xml-sidecar.js needs, in one module: the entry of the sidecar's own bundle
// (scripts/bundle.mjs), which holds the sidecar and commander but not the rest of the CLI, so the
// sidecar's process stays small (docs/sidecar-server.md).
import { CommanderError } from 'commander';
import { sidecarCommand } from './commands/sidecar.js';
import { reportInternalError } from './internal-error.js';
import type { CliIo } from './io.js';
import { nodeIo } from './io.js';
import { VERSION } from './version.js';

export { nodeIo };

/** `vdpa-xml-sidecar [options]`, the same as `vdpa-xml sidecar [options]`. Returns the exit status for now; the sidecar keeps the process alive. */
export function runSidecarBin(argv: readonly string[], io: CliIo): number {
  let code = 0;
  const cmd = sidecarCommand(io, (c) => (code = c), 'vdpa-xml-sidecar')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run with --help for usage)');
  try {
    cmd.parse(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // exit statuses as the CLI's (main.ts EXIT): 2 usage, 3 a bug
    reportInternalError(io, e);
    return 3;
  }
  return code;
}
