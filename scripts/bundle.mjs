// The second half of `npm run build` (after tsc): bundles the compiled CLI, then makes V8's code
// cache for the bundles (scripts/code-cache.mjs), so a cold `vdpa-xml` reads a few files and
// compiles almost nothing instead of resolving and compiling some 60 modules (README, "Speed";
// bin/vdpa-xml.js loads them). Each process reads at most one command bundle (duplication on
// disk, not in memory), and `render|check|explain|env INPUT` with nothing else reads the render
// bundle alone (src/cli/fast-path.ts):
//
// dist/vdpa-xml.cjs: the CLI (commander, the flags, io) from src/cli/entry.js, with
// src/cli/lazy-commands.js replaced by a require of the bundle holding the command being run, which
// the loader answers: 'vdpa-xml:render' for render, check, explain and env,
// dist/vdpa-xml-render.cjs (src/cli/commands/render-bundle.js: those four and the pipeline, what a
// cold render reads), 'vdpa-xml:commands' for the others, dist/vdpa-xml-commands.cjs
// (src/cli/commands/index.js: every command, diff, patch, inventory, the fixture runner and the
// sidecar with its copy of commander). So `--version`, `--help COMMAND` and a usage error never
// read the pipeline, and a render never reads the rest.
// dist/vdpa-xml-yaml.cjs: the yaml package and src/source/yaml-full.js, which the command bundles
// require as 'vdpa-xml:yaml' (src/source/yaml-full-lazy.js replaced) only when its own YAML
// reader (src/source/yaml-fast.js) declines a text: plain kubectl YAML never loads the package.
// dist/vdpa-xml-instancetypes.cjs: KubeVirt's common instancetypes table (156 KB of YAML text),
// required as 'vdpa-xml:instancetypes' (src/kubevirt/common-instancetypes-lazy.js replaced) only
// when a VM names a cluster instancetype or preference that is not in the inputs.
// Each is wrapped as a CommonJS function expression, compiled with node:vm so that its code cache
// can be made and used, and stamped `/*build:ID*/` with a hash of its text (the cache's key).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const stub = (name, filter, contents) => ({
  name,
  setup(b) {
    // what the stub itself requires is the real module
    b.onResolve({ filter }, (args) => (args.namespace === `stub-${name}` ? { path: args.path, external: true } : { path: name, namespace: `stub-${name}` }));
    b.onLoad({ filter: /.*/, namespace: `stub-${name}` }, () => ({ contents, loader: 'js' }));
  },
});

// commander requires child_process for executable subcommands, which vdpa-xml has none of: the
// bundle gets an empty module instead, so the tool cannot start a program even through a dependency
const noChildProcess = stub('child_process', /^(node:)?child_process$/, 'module.exports = {};');
// node:module loads the ESM loader's modules (about 1 ms); only the lazy loads of chalk and
// @xmldom/xmldom use it, so it is required when they first are
const lazyModule = stub('node-module', /^(node:)?module$/, 'module.exports = { createRequire: (u) => require("node:module").createRequire(u) };');
// node:perf_hooks (0.8 ms to load) is imported by the sidecar's server at its top level; every
// command would pay for it in the commands bundle, so `performance` is fetched on first use
const lazyPerfHooks = stub('perf-hooks', /^(node:)?perf_hooks$/, 'module.exports = { get performance() { return require("node:perf_hooks").performance; } };');
// node:v8 (getHeapStatistics, for the sidecar's memory figure) loads the heap utilities and with
// them all of node:stream, 2-3 ms of every command in the commands bundle: fetched on first use too
const lazyV8 = stub('v8', /^(node:)?v8$/, 'module.exports = { get getHeapStatistics() { return require("node:v8").getHeapStatistics; } };');
// a module replaced by one that requires another bundle by name (bin/vdpa-xml.js answers)
const lazy = (name, filter, contents) => ({
  name,
  setup(b) {
    b.onResolve({ filter }, () => ({ path: name, namespace: name }));
    b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
  },
});
const RENDER_COMMANDS = ['render', 'check', 'explain', 'env'];
const lazyCommands = lazy('lazy-commands', /lazy-commands\.js$/,
  `const render = new Set(${JSON.stringify(RENDER_COMMANDS)}); exports.commands = (name) => require(render.has(name) ? "vdpa-xml:render" : "vdpa-xml:commands");`);
const lazyYaml = lazy('lazy-yaml', /yaml-full-lazy\.js$/, 'exports.yamlFull = () => require("vdpa-xml:yaml");');
const lazyInstancetypes = lazy('lazy-instancetypes', /common-instancetypes-lazy\.js$/, 'exports.commonInstancetypes = () => require("vdpa-xml:instancetypes");');

async function bundle(entry, out, plugins) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    legalComments: 'none',
    // whitespace only: names stay readable in a VDPA_XML_DEBUG stack trace, and minifying them
    // too made a cold render no faster (+0.13 ms, -0.18 to +0.41, in 300 paired runs: the code
    // cache holds the compiled functions, so a smaller source is only a smaller read)
    minifyWhitespace: true,
    plugins: [noChildProcess, lazyModule, lazyPerfHooks, lazyV8, ...plugins],
    external: ['vdpa-xml:*'],
    // modules loaded on first use (createRequire(import.meta.url), e.g. @xmldom/xmldom for diff) stay
    // out of the bundle and resolve from its place in dist/; the URL is made on first use too, since
    // node:url's pathToFileURL costs about 0.5 ms of every start and only those lazy loads need it
    define: { 'import.meta.url': 'importMeta.url' },
    banner: { js: 'const importMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
    logLevel: 'warning',
  });
  const body = `(function (exports, require, module, __filename, __dirname) {${result.outputFiles[0].text}\n})`;
  const id = createHash('sha256').update(body).digest('hex').slice(0, 16);
  writeFileSync(resolve(out), `/*build:${id}*/${body}`);
}

await bundle('dist/src/cli/entry.js', 'dist/vdpa-xml.cjs', [lazyCommands]);
await bundle('dist/src/cli/commands/render-bundle.js', 'dist/vdpa-xml-render.cjs', [lazyYaml, lazyInstancetypes]);
await bundle('dist/src/cli/commands/index.js', 'dist/vdpa-xml-commands.cjs', [lazyYaml, lazyInstancetypes]);
await bundle('dist/src/source/yaml-full.js', 'dist/vdpa-xml-yaml.cjs', []);
await bundle('dist/src/kubevirt/common-instancetypes-1.9.js', 'dist/vdpa-xml-instancetypes.cjs', []);

// The sidecar's own bundle (bin/vdpa-xml-sidecar.js, the image entry point): the sidecar only (its
// flags are read with node:util, src/cli/sidecar-args.ts), as a plain CommonJS module. Its inputs
// are JSON, read without the yaml package (src/source/json-fast.ts); the package and yaml-full go
// to dist/vdpa-xml-sidecar-yaml.cjs, required only if a text is declined, so the idle and busy
// sidecar hold neither (docs/sidecar-server.md "Memory and latency"). The common instancetypes
// table is dist/vdpa-xml-sidecar-instancetypes.cjs, likewise: a VMI never names a cluster
// instancetype (virt-controller expanded it into the VMI), and the table's 156 KB of text, held
// in the heap as part of the bundle's source, was 0.3 MiB of the idle sidecar. Minified, names
// included (350 KB to 274 KB of source the heap holds: 0.3 MiB off the peak, measured): the
// sidecar shows no stack trace, only messages, which minifying leaves as they are. No code cache: it is compiled
// once per pod, the start-up is well under virt-launcher's one-second rescan either way, and a
// cache measured 0.1-0.2 MiB more idle RSS, not less.
const sidecarLazyYaml = lazy('sidecar-lazy-yaml', /yaml-full-lazy\.js$/, 'exports.yamlFull = () => require("./vdpa-xml-sidecar-yaml.cjs");');
const sidecarLazyInstancetypes = lazy('sidecar-lazy-instancetypes', /common-instancetypes-lazy\.js$/, 'exports.commonInstancetypes = () => require("./vdpa-xml-sidecar-instancetypes.cjs");');
const sidecarOptions = {
  // as above: the server loads node:net with createRequire(import.meta.url)
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
};
await build({
  ...sidecarOptions,
  entryPoints: ['dist/src/cli/sidecar-entry.js'],
  outfile: 'dist/vdpa-xml-sidecar.cjs',
  external: ['./vdpa-xml-sidecar-yaml.cjs', './vdpa-xml-sidecar-instancetypes.cjs'],
  plugins: [noChildProcess, sidecarLazyYaml, sidecarLazyInstancetypes],
});
await build({ ...sidecarOptions, entryPoints: ['dist/src/source/yaml-full.js'], outfile: 'dist/vdpa-xml-sidecar-yaml.cjs' });
await build({ ...sidecarOptions, entryPoints: ['dist/src/kubevirt/common-instancetypes-1.9.js'], outfile: 'dist/vdpa-xml-sidecar-instancetypes.cjs' });

// the cache is made in a process of its own, as at install, so that nothing this one compiled or ran goes into it
const r = spawnSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
