// Makes V8's code cache of the bundles for the Node that runs this script, in dist/ beside them
// (bin/bundle-loader.js names and reads it). Run by `npm run build` and at install (postinstall),
// so that a registry install has a cache for the Node it was installed with; run it again after
// changing Node. Without a bundle (a fresh clone before its build) there is nothing to do.
//
// The cache is taken after warm-up runs of the commands, so it also holds the functions V8
// compiles lazily, which a cache taken right after compiling would leave out.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { bundleLoader, BUNDLES, DIST } = require('../bin/bundle-loader.js');

if (!Object.values(BUNDLES).every((f) => existsSync(join(DIST, f)))) process.exit(0);
const loader = bundleLoader({ readCache: false, env: {} });
if (!loader) process.exit(0);
// the bundles' own cache, not one in VDPA_XML_CACHE_DIR: made without the user's setting
const cli = loader.cli();
const quiet = { ...cli.nodeIo(), stdout: () => {}, stderr: () => {}, writeFileAtomic: () => {}, removeFile: () => {}, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
const fixtures = join(root, 'fixtures');
const runs = [['--version'], ['--help'], ['render', '--help'], ['render'], ['render', 'seed'], ['render', 'errors/nad-not-found'], ['check', 'seed'], ['explain', 'seed'], ['env', 'seed-device-plugin'], ['test', 'seed']];
for (const argv of runs) {
  const args = argv.map((a, i) => (i === 1 && !a.startsWith('-') ? join(fixtures, a) : a));
  if (args[1] && !args[1].startsWith('-') && !existsSync(args[1])) continue;
  cli.run(args, quiet);
}
loader.writeCaches(true);
