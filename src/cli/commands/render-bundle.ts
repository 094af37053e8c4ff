// The commands that only translate (render, check, explain, env): the entry point of the bundle a
// cold render loads (dist/vdpa-xml-render.cjs, scripts/bundle.mjs), which so holds the pipeline
// and none of diff, patch, inventory, the fixture runner, the sidecar or commander (README,
// "Speed"). The CLI bundle requires it for those commands; for `COMMAND INPUT` and nothing else
// the bin runs it on its own (run below, fast-path.ts), without the CLI bundle.
import { runFast } from '../fast-path.js';
import type { CliIo } from '../io.js';
import { checkCommand } from './check.js';
import { envCommand } from './env.js';
import { explainCommand } from './explain.js';
import { renderCommand } from './render.js';

export { checkCommand, envCommand, explainCommand, renderCommand };
export { nodeIo, outputFailure } from '../io.js';

const own = { checkCommand, envCommand, explainCommand, renderCommand };

/** What main.ts run does for an argv fastCommand takes (the bin asks its own fastCommand first); any other is a bug. */
export function run(argv: readonly string[], io: CliIo): number {
  const code = runFast(argv, io, () => own);
  if (code === undefined) throw new Error(`internal error: the render bundle was run for '${argv.join(' ')}', which its fast path does not take`);
  return code;
}
