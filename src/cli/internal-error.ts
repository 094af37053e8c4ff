import type { CliIo } from './io.js';

/**
 * What the user sees when vdpa-xml itself fails (a bug, never a problem with the inputs: those are
 * diagnostics). No stack trace unless VDPA_XML_DEBUG is set, since the trace means nothing to the
 * user and the property test treats any trace on stderr as a failure.
 */
export function reportInternalError(io: CliIo, e: unknown): void {
  const message = (e instanceof Error ? e.message : String(e)).replace(/^internal error: /, '');
  const debug = io.env.VDPA_XML_DEBUG !== undefined && io.env.VDPA_XML_DEBUG !== '' && e instanceof Error && e.stack;
  io.stderr(
    `vdpa-xml: internal error: ${message}\n` +
      'This is a bug in vdpa-xml, not a problem with your inputs. Please report it with the command line and the input files' +
      (debug ? `:\n${e.stack}\n` : ' (VDPA_XML_DEBUG=1 shows where it happened).\n'),
  );
}
