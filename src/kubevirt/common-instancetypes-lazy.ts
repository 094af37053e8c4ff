import * as data from './common-instancetypes-1.9.js';

/**
 * The common instancetypes table (common-instancetypes-1.9.ts, 156 KB of YAML text), for
 * load/builtin-instancetypes.ts, which asks for it only when a VM names a cluster instancetype or
 * preference that is not in the inputs. Imported as usual here (the tests, a bin without a
 * bundle); scripts/bundle.mjs replaces this module in the command bundles by one that requires a
 * data bundle of its own, so a render that needs none never reads or compiles it (README, "Speed").
 */
export function commonInstancetypes(): typeof data {
  return data;
}
