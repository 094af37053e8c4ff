// Every command, in one module: what main.ts reaches through lazy-commands.ts, and the entry point
// of the commands bundle (dist/vdpa-xml-commands.cjs, scripts/bundle.mjs), which `--version`,
// `--help COMMAND`, a usage error and the render commands (render-bundle.ts) never load.
export { checkCommand } from './check.js';
export { diffCommand } from './diff.js';
export { envCommand } from './env.js';
export { explainCommand } from './explain.js';
export { inventoryCommand } from './inventory.js';
export { patchCommand } from './patch.js';
export { renderCommand } from './render.js';
export { sidecarCommand } from './sidecar.js';
export { testCommand } from './test.js';
