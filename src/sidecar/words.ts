import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostics.js';
import { INPUTS, nameInputs, type InputName } from '../options.js';

/**
 * How the sidecar names the inputs core messages write as `{input:NAME}`: its own flags and the
 * network-info file; the inputs it does not take by their description.
 */
export function sidecarWords(text: string, networkInfoPath: string): string {
  return nameInputs(text, (name: InputName) => {
    if (name === 'networkStatus') return `network-info (${networkInfoPath})`;
    if (name === 'vdpaBinding') return "the sidecar's --vdpa-binding";
    return `${INPUTS[name].what} (the sidecar does not read it)`;
  });
}

/** One diagnostic in one line: `file:line:col: error[CODE]: message (help)`. */
export function diagnosticLine(d: Diagnostic, networkInfoPath: string): string {
  const at = d.pos ? `${d.pos.file}:${d.pos.line}:${d.pos.col}: ` : '';
  const help = d.help ? ` (${sidecarWords(d.help, networkInfoPath)})` : '';
  return `${at}${d.severity}[${d.code}]: ${sidecarWords(d.message, networkInfoPath)}${help}`.replace(/\s*\n\s*/g, ' ');
}

/** The errors of a list, sorted, in one line joined by '; '. */
export function errorLine(list: readonly Diagnostic[], networkInfoPath: string): string {
  return sortDiagnostics(list.filter((d) => d.severity === 'error')).map((d) => diagnosticLine(d, networkInfoPath)).join('; ');
}
