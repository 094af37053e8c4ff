import { launcherOf } from '../../kubevirt/versions.js';
import { diagnosticsJson } from '../format-diagnostics.js';
import { type Options } from '../../options.js';
import type { InputPaths } from '../inputs.js';
import type { CliIo } from '../io.js';
import { hasErrors, printDiagnostics, translate, type OutputFormat } from '../translate.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * check: everything render does, without printing the domain. Every diagnostic on stderr (or in the
 * JSON document on stdout), a one-line summary on success. --strict makes warnings fail.
 */
export function checkCommand(io: CliIo, paths: InputPaths, opts: Options, flags: { format: OutputFormat; strict: boolean }): number {
  const t = translate(io, paths, opts);
  const errors = t.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = t.diagnostics.length - errors;
  const release = launcherOf(opts).release;
  const ok = !hasErrors(t.diagnostics) && t.result?.domain !== undefined && !(flags.strict && warnings > 0);
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify({ ok, errors, warnings, strict: flags.strict, kubevirtVersion: release, diagnostics: diagnosticsJson(t.diagnostics) }, null, 2)}\n`);
    return ok ? 0 : 1;
  }
  printDiagnostics(io, t, 'text');
  const domain = t.result?.domain;
  if (ok && domain) {
    const d = domain.devices;
    const vdpa = d.interfaces.filter((i) => i.type === 'vdpa').length;
    const nics = d.interfaces.length + d.hostdevs.length;
    io.stdout(`ok: ${paths.input === '-' ? '<stdin>' : paths.input}: domain ${domain.name} for the KubeVirt ${release} virt-launcher, ${plural(nics, 'interface')} (${vdpa} vDPA), ${plural(warnings, 'warning')}\n`);
  } else if (errors === 0 && flags.strict && warnings > 0) {
    io.stderr(`error: --strict makes the ${plural(warnings, 'warning')} above fail the check\n`);
  }
  return ok ? 0 : 1;
}
