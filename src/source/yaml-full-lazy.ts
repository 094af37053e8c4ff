import * as full from './yaml-full.js';

/**
 * The yaml package's path (yaml-full.ts), for documents.ts. Imported as usual here (the tests, a
 * bin without a bundle); scripts/bundle.mjs replaces this module in the commands bundle by one that
 * loads a third bundle, yaml-full and the yaml package, only when the fast path declines a text,
 * so a cold render of plain YAML neither reads nor compiles the package (README, "Speed").
 */
export function yamlFull(): typeof full {
  return full;
}
