#!/usr/bin/env node
// The process edge: loads the CLI, runs it with the real io, and sets the exit status.
//
// `npm run build` bundles the CLI into a few files with V8's code cache beside them
// (scripts/bundle.mjs, bin/bundle-loader.js): start-up then reads a few files and compiles almost
// nothing: `--version` alone reads no bundle, `--help` never loads the pipeline, and `render DIR`
// not the CLI's. Without a bundle, or with one older than the compiled modules (tsc run on its
// own), the modules are imported as they are.
//
// This file is CommonJS (bin/package.json says so): as the main module, an ES module costs the
// ESM loader's set-up and a facade per built-in (README, "Speed"). It writes nothing but the
// command's output, except a code cache in VDPA_XML_CACHE_DIR when the user sets it.
'use strict';
const argv = process.argv.slice(2);

/**
 * `vdpa-xml --version` (or -V) and nothing else: the version as commander prints it, with no
 * bundle read (README, "Speed"). Written as src/cli/io.ts writes: EAGAIN retried, a reader gone
 * (EPIPE) quiet, any other failure exit 3.
 */
function printVersion() {
  const { writeSync } = require('node:fs');
  const bytes = Buffer.from(`${require('../package.json').version}\n`);
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(1, bytes, off);
    } catch (e) {
      if (e.code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      if (e.code === 'EPIPE') return;
      try {
        writeSync(2, `vdpa-xml: cannot write to stdout: ${e.code ?? String(e)}\n`);
      } catch {
        // stderr is what failed
      }
      process.exitCode = 3;
      return;
    }
  }
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  printVersion();
  return;
}

const { bundleLoader, fastCommand } = require('./bundle-loader.js');

function main(cli, loader, synchronous = false) {
  const code = cli.run(argv, cli.nodeIo());
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
  // A command of the render bundle has written all it writes (fd writes, no streams) and left
  // nothing running: exiting now skips tearing down the heap, 0.6-0.9 ms of a cold render
  // (README, "Speed"). The other commands end on their own: the sidecar serves until stopped.
  if (synchronous) process.exit();
}

const loader = bundleLoader();
// `render DIR` and the like run the render bundle alone; everything else the CLI bundle
if (loader) main(loader.entry(argv), loader, fastCommand(argv));
else import('../dist/src/cli/entry.js').then((cli) => main(cli));
