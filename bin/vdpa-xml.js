#!/usr/bin/env node
// The process edge: loads the CLI, runs it with the real io, and sets the exit status.
//
// `npm run build` bundles the CLI into dist/vdpa-xml.cjs with V8's code cache beside it
// (scripts/bundle.mjs): start-up then reads two files and compiles almost nothing, instead of
// resolving and compiling some 60 modules. Without a bundle, or with one older than the compiled
// modules (tsc run on its own), the modules are imported as they are.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

function loadBundle() {
  const file = fileURLToPath(new URL('../dist/vdpa-xml.cjs', import.meta.url));
  const modules = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
  let source;
  try {
    if (statSync(file).mtimeMs < statSync(modules).mtimeMs) return undefined;
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
  new Script(source, { filename: file, cachedData }).runInThisContext()(cjs.exports, createRequire(file), cjs, file, dirname(file));
  return cjs.exports;
}

const cli = loadBundle() ?? (await import('../dist/src/cli/entry.js'));

// a reader that went away (`vdpa-xml render ... | head`) ends the output, not with a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') process.exitCode = 3;
  });
}
process.exitCode = cli.run(process.argv.slice(2), cli.nodeIo());
