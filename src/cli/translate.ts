import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Source } from '../source/source.js';
import { runPipeline, type PipelineResult } from '../pipeline.js';
import { type Options } from '../options.js';
import { colorLevel, diagnosticsJson, formatDiagnostics } from './format-diagnostics.js';
import { loadInputs, sourcesOf, type InputPaths } from './inputs.js';
import type { CliIo } from './io.js';

/** What every command that reads a VMI starts from: the pipeline's result and every diagnostic. */
export interface Translation {
  diagnostics: Diagnostic[];
  sources: Map<string, Source>;
  /** undefined when an input could not be read */
  result?: PipelineResult;
}

export function translate(io: CliIo, paths: InputPaths, opts: Options): Translation {
  const diags = new Diagnostics();
  const inputs = loadInputs(io, paths, diags);
  const result = inputs ? runPipeline(inputs, opts) : undefined;
  if (result) diags.list.push(...result.diagnostics);
  return { diagnostics: diags.list, sources: sourcesOf(inputs), ...(result ? { result } : {}) };
}

export type OutputFormat = 'text' | 'json';

/** `{"diagnostics":[...]}`: the JSON form of a diagnostics list, as every command prints it. */
export function diagnosticsDocument(list: readonly Diagnostic[]): string {
  return `${JSON.stringify({ diagnostics: diagnosticsJson(list) }, null, 2)}\n`;
}

/** Prints diagnostics on stderr: compiler style, or one JSON document with --format json. */
export function printDiagnostics(io: CliIo, t: Translation, format: OutputFormat): void {
  if (t.diagnostics.length === 0) return;
  io.stderr(format === 'json' ? diagnosticsDocument(t.diagnostics) : formatDiagnostics(t.diagnostics, t.sources, colorLevel(io.env, io.stderrIsTTY)));
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');
