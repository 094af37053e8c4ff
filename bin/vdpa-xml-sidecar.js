#!/usr/bin/env node
// The sidecar image's entry point: `vdpa-xml-sidecar [options]` is `vdpa-xml sidecar [options]`,
// loading only the sidecar's bundle (dist/vdpa-xml-sidecar.cjs, scripts/bundle.mjs) instead of the
// whole CLI, for a smaller process under KubeVirt's 64M sidecar limit (docs/sidecar-server.md).
// Without a bundle (tsc run on its own), the compiled modules are imported as they are.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');

function bundle() {
  const file = join(__dirname, '..', 'dist', 'vdpa-xml-sidecar.cjs');
  const modules = join(__dirname, '..', 'dist', 'src', 'sidecar', 'server.js');
  if (!existsSync(file) || (existsSync(modules) && statSync(file).mtimeMs < statSync(modules).mtimeMs)) return undefined;
  return require(file);
}

function main(cli) {
  process.exitCode = cli.runSidecarBin(process.argv.slice(2), cli.nodeIo());
}

const bundled = bundle();
if (bundled) main(bundled);
else import('../dist/src/cli/sidecar-entry.js').then(main);
