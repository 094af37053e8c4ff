// The second half of `npm run build` (after tsc): bundles the compiled CLI into one file and
// stores V8's code cache for it, so a cold `vdpa-xml` reads two files and compiles almost nothing
// instead of resolving and compiling some 60 modules (README, "Speed"; bin/vdpa-xml.js loads it).
//
// dist/vdpa-xml.cjs is the bundle wrapped as a CommonJS function expression, compiled with
// node:vm so that its code cache can be produced here and consumed by the bin.
// dist/vdpa-xml.cjs.cache is that cache, taken after warm-up runs of the commands, so it also
// holds the functions V8 compiles lazily. V8 rejects it under another Node version; the bin then
// just compiles the bundle.
import { build } from 'esbuild';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = resolve('dist/vdpa-xml.cjs');
const CACHE = `${BUNDLE}.cache`;

// commander requires child_process for executable subcommands, which vdpa-xml has none of: the
// bundle gets an empty module instead, so the tool cannot start a program even through a dependency
const noChildProcess = {
  name: 'no-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const result = await build({
  entryPoints: ['dist/src/cli/entry.js'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  legalComments: 'none',
  // whitespace only: names stay readable in a VDPA_XML_DEBUG stack trace
  minifyWhitespace: true,
  plugins: [noChildProcess],
  // modules loaded on first use (createRequire(import.meta.url), e.g. @xmldom/xmldom for diff) stay
  // out of the bundle and resolve from its place in dist/
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});
const source = `(function (exports, require, module, __filename, __dirname) {${result.outputFiles[0].text}\n})`;
writeFileSync(BUNDLE, source);
rmSync(CACHE, { force: true });

// warm up in this process: the commands' code paths get compiled, then go into the cache
const script = new Script(source, { filename: BUNDLE });
const cjs = { exports: {} };
script.runInThisContext()(cjs.exports, createRequire(BUNDLE), cjs, BUNDLE, dirname(BUNDLE));
const io = { ...cjs.exports.nodeIo(), stdout: () => {}, stderr: () => {} };
const runs = [['render', 'fixtures/seed'], ['render', 'fixtures/errors/nad-not-found'], ['test', 'fixtures/seed'], ['--help']];
for (const argv of runs) if (existsSync(argv[1] ?? '.')) cjs.exports.run(argv, io);
writeFileSync(CACHE, script.createCachedData());

// The sidecar's own bundle (bin/vdpa-xml-sidecar.js, the image entry point): the sidecar and
// commander only, as a plain CommonJS module. No code cache: it is compiled once per pod, and
// the start-up is well under virt-launcher's one-second rescan either way (docs/sidecar-server.md).
await build({
  entryPoints: ['dist/src/cli/sidecar-entry.js'],
  outfile: 'dist/vdpa-xml-sidecar.cjs',
  // as above: the server loads node:http2 with createRequire(import.meta.url)
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  minifyWhitespace: true,
  plugins: [noChildProcess],
  logLevel: 'warning',
});
