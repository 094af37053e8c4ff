import * as all from './commands/index.js';

/**
 * The commands, for main.ts. Here the modules are imported as usual (the tests, a bin without a
 * bundle); scripts/bundle.mjs replaces this module in the first bundle by one that loads the
 * second, the commands and the whole pipeline, only when a command runs (README, "Speed").
 */
export function commands(): typeof all {
  return all;
}
