// What bin/vdpa-xml-sidecar.js needs, in one module: the entry of the sidecar's own bundle
// (scripts/bundle.mjs), which holds the sidecar but not the rest of the CLI and no commander (the
// flags are read with node:util, sidecar-args.ts), so the sidecar's process stays small
// (docs/sidecar-server.md).
import { startSidecar } from './commands/sidecar-start.js';
import { reportInternalError } from './internal-error.js';
import type { CliIo } from './io.js';
import { nodeIo } from './io.js';
import { parseSidecarArgs } from './sidecar-args.js';
import { VERSION } from './version.js';

export { nodeIo };

const USAGE = 'vdpa-xml-sidecar';

/** `vdpa-xml-sidecar [options]`, the same as `vdpa-xml sidecar [options]`. Returns the exit status for now; the sidecar keeps the process alive. */
export function runSidecarBin(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseSidecarArgs(argv, USAGE, VERSION);
    if ('out' in args) {
      io.stdout(args.out);
      return 0;
    }
    // exit statuses as the CLI's (main.ts EXIT): 2 usage, 3 a bug
    if ('usageError' in args) {
      io.stderr(`${args.usageError}\n(run with --help for usage)\n`);
      return 2;
    }
    return startSidecar(args.flags, io);
  } catch (e) {
    reportInternalError(io, e);
    return 3;
  }
}
