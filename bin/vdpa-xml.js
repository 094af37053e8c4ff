#!/usr/bin/env node
// The process edge: loads the CLI, runs it with the real io, and sets the exit status.
//
// `npm run build` bundles the CLI into dist/vdpa-xml.cjs with V8's code cache beside it
// (scripts/bundle.mjs): start-up then reads two files and compiles almost nothing, instead of
// resolving and compiling some 60 modules. Without a bundle, or with one older than the compiled
// modules (tsc run on its own), the modules are imported as they are.
//
// This file is CommonJS (bin/package.json says so): as the main module, an ES module costs the
// ESM loader's set-up and a facade per built-in, 5 ms of a 65 ms start (README, "Speed").
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

function loadBundle() {
  const file = join(__dirname, '..', 'dist', 'vdpa-xml.cjs');
  let source;
  try {
    if (statSync(file).mtimeMs < statSync(join(__dirname, '..', 'dist', 'src', 'cli', 'main.js')).mtimeMs) return undefined;
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // compiled without the cache
  }
  const cjs = { exports: {} };
  new Script(source, { filename: file, cachedData }).runInThisContext()(cjs.exports, require, cjs, file, dirname(file));
  return cjs.exports;
}

function main(cli) {
  // a reader that went away (`vdpa-xml render ... | head`) ends the output, not with a stack trace
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code !== 'EPIPE') process.exitCode = 3;
    });
  }
  process.exitCode = cli.run(process.argv.slice(2), cli.nodeIo());
}

const bundled = loadBundle();
if (bundled) main(bundled);
else import('../dist/src/cli/entry.js').then(main);
