import { explainInterfaces, type ExplainedInterface } from '../../explain/interfaces.js';
import { cliWords } from '../words.js';
import { launcherOf } from '../../kubevirt/versions.js';
import { explainJson, formatExplainText, type ExplainSubject } from '../../explain/format.js';
import { diagnosticsJson } from '../format-diagnostics.js';
import { type Options } from '../../options.js';
import type { InputPaths } from '../inputs.js';
import type { CliIo } from '../io.js';
import { hasErrors, printDiagnostics, translate, type OutputFormat } from '../translate.js';

/**
 * explain: per interface, what it became and where each value came from. With errors the table
 * still shows what was resolved (the rest is '-') and the diagnostics say why; exit 1.
 */
export function explainCommand(io: CliIo, paths: InputPaths, opts: Options, format: OutputFormat, wide = false): number {
  const t = translate(io, paths, opts);
  const vmi = t.result?.loaded.vmi;
  const subject: ExplainSubject | undefined = vmi ? { kind: vmi.kind, namespace: vmi.namespace, name: vmi.name, kubevirtVersion: launcherOf(opts).release } : undefined;
  const list = (t.result ? explainInterfaces(t.result) : []).map(inCliWords);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ...explainJson(subject, list), diagnostics: diagnosticsJson(t.diagnostics) }, null, 2)}\n`);
  } else {
    if (subject) io.stdout(formatExplainText(subject, list, wide));
    printDiagnostics(io, t, 'text');
  }
  return hasErrors(t.diagnostics) ? 1 : 0;
}

/** The notes of an explained interface with each input named by its flag. */
function inCliWords(i: ExplainedInterface): ExplainedInterface {
  const from: ExplainedInterface['from'] = {};
  for (const [field, o] of Object.entries(i.from) as [keyof ExplainedInterface['from'], NonNullable<ExplainedInterface['from'][keyof ExplainedInterface['from']]>][]) {
    from[field] = o.note ? { ...o, note: cliWords(o.note) } : o;
  }
  return { ...i, from };
}
