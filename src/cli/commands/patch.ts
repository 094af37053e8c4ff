import { Diagnostics } from '../../diagnostics/diagnostics.js';
import { type Options } from '../../options.js';
import { patchDomain } from '../../patch/index.js';
import { loadInputs, readSource, sourcesOf, type InputPaths } from '../inputs.js';
import type { CliIo } from '../io.js';
import { writeOutput } from '../write-output.js';
import { hasErrors, printDiagnostics } from '../translate.js';

export interface PatchFlags {
  /** the domain XML to patch: a path, or - for stdin */
  domain: string;
  output?: string;
}

/**
 * patch: what the vdpa-xml sidecar does to the domain virt-launcher built, as a command. The VMI
 * and its device sources are read as render reads them; the domain from --domain; the patched
 * domain goes to stdout or -o FILE (atomically). Diagnostics go to stderr; with an error nothing is
 * written. Returns 0, 1 for input errors, 2 for usage.
 */
export function patchCommand(io: CliIo, paths: InputPaths, opts: Options, flags: PatchFlags): number {
  if (flags.domain === '-' && paths.input === '-') {
    io.stderr('error: --domain -: stdin already carries the VMI; pass the domain or the VMI as a file\n');
    return 2;
  }
  const diags = new Diagnostics();
  const inputs = loadInputs(io, paths, diags);
  const domain = readSource(io, flags.domain, diags);
  const sources = sourcesOf(inputs);
  if (domain) sources.set(domain.name, domain);
  if (!inputs || !domain) {
    printDiagnostics(io, { diagnostics: diags.list, sources }, 'text');
    return 1;
  }
  const r = patchDomain(inputs, domain, opts);
  diags.list.push(...r.diagnostics);
  printDiagnostics(io, { diagnostics: diags.list, sources }, 'text');
  if (r.domainXml === undefined || hasErrors(diags.list)) return 1;
  return writeOutput(io, flags.output, r.domainXml) ? 0 : 1;
}
