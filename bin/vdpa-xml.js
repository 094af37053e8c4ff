#!/usr/bin/env node
// The process edge: loads the CLI, runs it with the real io, and sets the exit status.
//
// `npm run build` bundles the CLI into a few files with V8's code cache beside them
// (scripts/bundle.mjs, bin/bundle-loader.js): start-up then reads a few files and compiles almost
// nothing, `--version` or `--help` never load the pipeline, and `render DIR` not the CLI's. Without a bundle, or with one
// older than the compiled modules (tsc run on its own), the modules are imported as they are.
//
// This file is CommonJS (bin/package.json says so): as the main module, an ES module costs the
// ESM loader's set-up and a facade per built-in (README, "Speed"). It writes nothing but the
// command's output, except a code cache in VDPA_XML_CACHE_DIR when the user sets it.
'use strict';
const { bundleLoader } = require('./bundle-loader.js');

function main(cli, loader) {
  const code = cli.run(process.argv.slice(2), cli.nodeIo());
  // a write that failed other than a closed pipe (a full disk behind `>`): a bug-level exit
  const failure = cli.outputFailure;
  if (failure !== undefined) {
    try {
      require('node:fs').writeSync(2, `vdpa-xml: ${failure}\n`);
    } catch {
      // stderr is what failed
    }
  }
  process.exitCode = failure !== undefined ? 3 : code;
  if (loader?.writesAtRunTime) loader.writeCaches();
}

const loader = bundleLoader();
// `render DIR` and the like run the render bundle alone; everything else the CLI bundle
if (loader) main(loader.entry(process.argv.slice(2)), loader);
else import('../dist/src/cli/entry.js').then((cli) => main(cli));
