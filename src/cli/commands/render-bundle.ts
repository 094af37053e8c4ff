// The commands that only translate (render, check, explain, env): the entry point of the bundle a
// cold render loads (dist/vdpa-xml-render.cjs, scripts/bundle.mjs), which so holds the pipeline
// and none of diff, patch, inventory, the fixture runner or the sidecar (README, "Speed").
export { checkCommand } from './check.js';
export { envCommand } from './env.js';
export { explainCommand } from './explain.js';
export { renderCommand } from './render.js';
