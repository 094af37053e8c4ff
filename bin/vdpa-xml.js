#!/usr/bin/env node
// The process edge: loads the CLI, runs it with the real io, and sets the exit status.
//
// `npm run build` bundles the CLI into a few files with V8's code cache beside them
// (scripts/bundle.mjs, the loader below): start-up then reads a few files and compiles almost
// nothing: `--version` alone reads no bundle, `--help` never loads the pipeline, and `render DIR`
// not the CLI's. Without a bundle, or with one older than the compiled modules (tsc run on its
// own), the modules are imported as they are.
//
// This file is CommonJS (bin/package.json says so): as the main module, an ES module costs the
// ESM loader's set-up and a facade per built-in (README, "Speed"). It writes nothing but the
// command's output, except a code cache in VDPA_XML_CACHE_DIR when the user sets it.
//
// It is also the bundles' loader, which scripts/code-cache.mjs and test/unit/bundle.test.ts
// require (then it runs nothing): one file rather than a module of its own, since resolving,
// reading and compiling a second file cost a cold render 1.2 million instructions (callgrind).
'use strict';
// the command line when run as the bin; undefined when required for the loader
const argv = require.main === module ? process.argv.slice(2) : undefined;

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

if (argv && argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  printVersion();
  return;
}

// The loader: it loads the bundles scripts/bundle.mjs writes, each with V8's code cache for the
// Node that runs it (README, "Speed"). Shared with scripts/code-cache.mjs, which makes those
// caches, so both name and read them the same way.
//
//   dist/vdpa-xml.cjs                the CLI: commander, the flags, io (all `--help COMMAND` and
//                                    a usage error need; `--version` alone reads no bundle, above)
//   dist/vdpa-xml-render.cjs         render, check, explain, env and the pipeline, loaded when one
//                                    of them runs; `COMMAND INPUT` and nothing else (fastCommand)
//                                    runs it alone: a cold `render DIR` reads no other bundle
//   dist/vdpa-xml-commands.cjs       every command (diff, patch, inventory, test, sidecar, and the
//                                    four again), loaded when another runs; once loaded, it answers
//                                    for the four too (the fixture runner renders), so a process
//                                    loads one command bundle
//   dist/vdpa-xml-yaml.cjs           the yaml package, loaded when the pipeline's own reader of
//                                    plain YAML declines an input (anchors, a syntax error, ...)
//   dist/vdpa-xml-instancetypes.cjs  KubeVirt's common instancetypes, loaded when a VM names one
//                                    that is not in the inputs
//
// A bundle starts with `/*build:ID*/`, a hash of its text. Its cache is
// `<bundle>.<ID>.<node version>-<arch>.cache`, in dist/ (written by the build and at install) or,
// only when the user opts in with VDPA_XML_CACHE_DIR, in that directory, written there on first
// use. V8 checks a cache's Node version and flags but not the text it was made from (only the
// length), hence the ID: a cache is never used for a bundle it was not made from. When V8 rejects
// a cache (another V8 build, a V8 flag), the bundle is compiled from source, as fast as without a
// cache; VDPA_XML_DEBUG=1 says so on stderr.
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLES = {
  cli: 'vdpa-xml.cjs',
  render: 'vdpa-xml-render.cjs',
  commands: 'vdpa-xml-commands.cjs',
  yaml: 'vdpa-xml-yaml.cjs',
  instancetypes: 'vdpa-xml-instancetypes.cjs',
};

const nonEmpty = (v) => v !== undefined && v !== '';

/**
 * Whether argv is `render|check|explain|env INPUT` and nothing else, which the render bundle runs on
 * its own (src/cli/fast-path.ts fastCommand: the same rule, and a test holds the two together).
 */
function fastCommand(argv) {
  const [name, input] = argv;
  if (argv.length !== 2 || !input || input.startsWith('-')) return false;
  return name === 'render' || name === 'check' || name === 'explain' || name === 'env';
}

/** The cache file for a bundle's text, in dir. */
function cachePath(dir, file, source) {
  const id = /^\/\*build:([0-9a-f]+)\*\//.exec(source)?.[1] ?? 'unstamped';
  return join(dir, `${file}.${id}.${process.version}-${process.arch}.cache`);
}

/**
 * A loader for the bundles. options: { env, readCache (default true; false to make a fresh one),
 * debug (a function given a line for stderr) }. Returns undefined when there is no bundle, or one older than the compiled
 * modules (tsc run on its own): the caller imports those instead.
 */
function bundleLoader(options = {}) {
  const env = options.env ?? process.env;
  const readCaches = options.readCache !== false;
  const userDir = nonEmpty(env.VDPA_XML_CACHE_DIR) ? env.VDPA_XML_CACHE_DIR : undefined;
  const debug = options.debug ?? (nonEmpty(env.VDPA_XML_DEBUG) ? (line) => require('node:fs').writeSync(2, `vdpa-xml: ${line}\n`) : undefined);
  try {
    if (statSync(join(DIST, BUNDLES.cli)).mtimeMs < statSync(join(DIST, 'src', 'cli', 'main.js')).mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  /** name -> { script, cache, accepted }: what was loaded, for writeCaches */
  const loaded = new Map();

  function readCache(path) {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  }

  function load(name) {
    const file = join(DIST, BUNDLES[name]);
    const source = readFileSync(file, 'utf8');
    const cache = cachePath(userDir ?? DIST, BUNDLES[name], source);
    const cachedData = readCaches ? readCache(cache) : undefined;
    const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
    const accepted = cachedData !== undefined && !script.cachedDataRejected;
    if (debug && readCaches) {
      if (!cachedData) debug(`no code cache ${cache}${userDir ? ' yet (written at exit)' : ' (node scripts/code-cache.mjs makes one, or set VDPA_XML_CACHE_DIR)'}; compiling ${BUNDLES[name]}`);
      else if (!accepted) debug(`V8 rejected the code cache ${cache} (another Node build or V8 flags); compiling ${BUNDLES[name]}`);
    }
    loaded.set(name, { script, cache, accepted });
    const mod = { exports: {} };
    script.runInThisContext()(mod.exports, requireFor, mod, file, dirname(file));
    return mod.exports;
  }

  // what the bundles require: the other bundles by their names ('vdpa-xml:render' is answered by
  // the commands bundle when that is loaded already: it holds the same commands), anything else as usual
  const exported = new Map();
  const bundle = (name) => {
    let exports = exported.get(name);
    if (!exports) exported.set(name, (exports = load(name)));
    return exports;
  };
  function requireFor(id) {
    if (id.startsWith('vdpa-xml:')) {
      const name = id.slice('vdpa-xml:'.length);
      if (name === 'render' && exported.has('commands')) return exported.get('commands');
      if (name !== 'cli' && Object.hasOwn(BUNDLES, name)) return bundle(name);
    }
    return require(id);
  }

  return {
    cli: () => bundle('cli'),
    /**
     * The bundle that runs argv: the render bundle alone for `COMMAND INPUT` (fastCommand), the
     * CLI bundle otherwise. Either has run(argv, io), nodeIo() and outputFailure.
     */
    entry: (argv) => bundle(fastCommand(argv) ? 'render' : 'cli'),
    /**
     * Writes the caches of the bundles loaded so far, taken now (so they hold what ran), for
     * those that had none or a rejected one; with force, all of them. Only into dist/ when asked
     * by scripts/code-cache.mjs, or into VDPA_XML_CACHE_DIR when the user set it; only: the
     * names of the bundles to write (default all).
     */
    writeCaches(force = false, only = undefined) {
      for (const [name, { script, cache, accepted }] of loaded) {
        if ((accepted && !force) || (only && !only.includes(name))) continue;
        try {
          mkdirSync(dirname(cache), { recursive: true });
          const tmp = `${cache}.${process.pid}.tmp`;
          writeFileSync(tmp, script.createCachedData());
          renameSync(tmp, cache);
          if (debug) debug(`wrote the code cache ${cache} for ${BUNDLES[name]}`);
        } catch (e) {
          if (debug) debug(`could not write the code cache ${cache}: ${e.message}`);
        }
      }
    },
    /** the bundles loaded so far ('cli', 'render', 'commands', 'yaml', 'instancetypes'), in order */
    loadedBundles: () => [...loaded.keys()],
    /** whether the user opted in to caches written at run time */
    writesAtRunTime: userDir !== undefined,
  };
}

module.exports = { bundleLoader, fastCommand, BUNDLES, DIST };

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

if (argv) {
  const loader = bundleLoader();
  // `render DIR` and the like run the render bundle alone; everything else the CLI bundle
  if (loader) main(loader.entry(argv), loader, fastCommand(argv));
  else import('../dist/src/cli/entry.js').then((cli) => main(cli));
}
