import { Diagnostics } from '../../diagnostics.js';
import { runPipeline, type PipelineOptions } from '../../pipeline.js';
import { serializeDomain } from '../../xml/serialize.js';
import { colorLevel, diagnosticsJson, formatDiagnostics } from '../format-diagnostics.js';
import { loadInputs, sourcesOf, type InputPaths } from '../inputs.js';
import type { CliIo } from '../io.js';

export interface RenderFlags {
  output?: string;
  format: 'xml' | 'json';
}

/**
 * render: inputs -> domain XML on stdout (or -o FILE, written atomically). Diagnostics go to stderr;
 * with any error nothing is written to stdout or the file. Returns the exit code.
 */
export function renderCommand(io: CliIo, paths: InputPaths, opts: PipelineOptions, flags: RenderFlags): number {
  const diags = new Diagnostics();
  const inputs = loadInputs(io, paths, diags);
  const result = inputs ? runPipeline(inputs, opts) : undefined;
  if (result) diags.list.push(...result.diagnostics);
  if (diags.list.length) {
    io.stderr(
      flags.format === 'json' && !result?.domain
        ? `${JSON.stringify({ diagnostics: diagnosticsJson(diags.list) }, null, 2)}\n`
        : formatDiagnostics(diags.list, sourcesOf(inputs), colorLevel(io.env, io.stderrIsTTY)),
    );
  }
  if (!result?.domain || diags.hasErrors) return 1;
  const text = flags.format === 'json' ? `${JSON.stringify(result.domain, null, 2)}\n` : serializeDomain(result.domain);
  if (flags.output !== undefined) {
    try {
      io.writeFileAtomic(flags.output, text);
    } catch (e) {
      io.stderr(`error: cannot write ${flags.output}: ${(e as Error).message}\n`);
      return 1;
    }
  } else {
    io.stdout(text);
  }
  return 0;
}
