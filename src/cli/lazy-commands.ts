import * as all from './commands/index.js';

/** The commands main.ts runs, by name: the bundled CLI loads the bundle that holds the one asked for. */
export type CommandName = 'render' | 'patch' | 'check' | 'explain' | 'diff' | 'env' | 'inventory' | 'test' | 'sidecar';

/**
 * The commands, for main.ts, given the one about to run. Here the modules are imported as usual
 * (the tests, a bin without a bundle); scripts/bundle.mjs replaces this module in the CLI bundle by
 * one that loads, only when a command runs, the bundle holding it (README, "Speed"): render, check,
 * explain and env from dist/vdpa-xml-render.cjs (those four and the pipeline), the others from
 * dist/vdpa-xml-commands.cjs (every command), which also answers for the first four once loaded.
 */
export function commands(_name: CommandName): typeof all {
  return all;
}
