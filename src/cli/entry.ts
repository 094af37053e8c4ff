// What bin/vdpa-xml.js needs, in one module: the entry point of the single-file bundle
// (scripts/bundle.mjs), and what the bin imports when there is no bundle.
export { run } from './main.js';
export { nodeIo, outputFailure } from './io.js';
