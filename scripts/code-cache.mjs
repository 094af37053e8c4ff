// Makes V8's code cache of the bundles for the Node that runs this script, in dist/ beside them
// (bin/vdpa-xml.js names and reads it). Run by `npm run build` and at install (postinstall),
// so that a registry install has a cache for the Node it was installed with; run it again after
// changing Node. Without a bundle (a fresh clone before its build) there is nothing to do.
//
// The cache is taken after warm-up runs of the commands, so it also holds the functions V8
// compiles lazily, which a cache taken right after compiling would leave out. Each bundle is
// warmed by the commands that load it: render, check, explain and env first (the render bundle),
// then the others (the commands bundle, which then answers for those four too), and, in a loader
// of their own, the yaml and instancetypes bundles by an input read from memory (an anchor the
// fast YAML reader declines, and a cluster instancetype that is not in the inputs).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

/**
 * Runs a warm-up with Sparkplug off (why: before the first one below), then sets it back. A Node
 * that refuses the flag (flags frozen after start-up) warms up with its defaults instead: a cache
 * with more Sparkplug marks is slower to start from, not wrong, and an install must not fail over it.
 */
function withoutSparkplug(warmUp) {
  const v8Flag = (flag) => {
    try {
      setFlagsFromString(flag);
    } catch {
      // the defaults stay
    }
  };
  v8Flag('--no-sparkplug');
  try {
    warmUp();
  } finally {
    v8Flag('--sparkplug');
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { bundleLoader, BUNDLES, DIST } = require('../bin/vdpa-xml.js');

if (!Object.values(BUNDLES).every((f) => existsSync(join(DIST, f)))) process.exit(0);
const loader = bundleLoader({ readCache: false, env: {} });
if (!loader) process.exit(0);
// the bundles' own cache, not one in VDPA_XML_CACHE_DIR: made without the user's setting

const WARM_VM = '/vdpa-xml-code-cache/vm.yaml';
const warmVm = [
  'apiVersion: kubevirt.io/v1', 'kind: VirtualMachine', 'metadata: &meta', '  name: warm', '  namespace: default',
  'spec:', '  instancetype:', '    kind: VirtualMachineClusterInstancetype', '    name: u1.medium', '  preference:', '    name: fedora',
  '  template:', '    metadata: *meta', '    spec:', '      domain:', '        devices: {}', '',
].join('\n');
// output dropped, nothing written, the warm-up VM read from memory; the rest is the bundle's own io
const quiet = (io) => ({
  ...io, stdout: () => {}, stderr: () => {}, writeFileAtomic: () => {}, removeFile: () => {}, env: {}, stdoutIsTTY: false, stderrIsTTY: false,
  readFile: (p) => (p === WARM_VM ? Buffer.from(warmVm) : io.readFile(p)),
});
const fixtures = join(root, 'fixtures');
const runs = [
  ['render', 'seed'], ['render', 'errors/nad-not-found'], ['check', 'seed'], ['explain', 'seed'], ['env', 'seed-device-plugin'],
  ['--version'], ['--help'], ['render', '--help'], ['render'], ['test', 'seed'],
];
// V8 marks a function it has compiled with Sparkplug (its baseline compiler) in the function's
// shared data, which the code cache keeps, and compiles such a function with Sparkplug again as
// soon as it next runs. A warm-up that runs the commands ten times would so have a cold render
// compile a hundred functions more than it needs (241 KB of bytecode estimated instead of 139 KB,
// V8's --trace-baseline-batch-compilation): the warm-up runs without Sparkplug, and the flag is
// set back before the cache is taken, so the cache carries the default flags' hash and is accepted.
withoutSparkplug(() => {
  for (const argv of runs) {
    const args = argv.map((a, i) => (i === 1 && !a.startsWith('-') && a !== WARM_VM ? join(fixtures, a) : a));
    if (args[1] && !args[1].startsWith('-') && args[1] !== WARM_VM && !existsSync(args[1])) continue;
    // through the bundle the bin would run it with (render DIR: the render bundle alone)
    const entry = loader.entry(args);
    entry.run(args, quiet(entry.nodeIo()));
  }
});
loader.writeCaches(true);
// the yaml and instancetypes bundles' caches from a loader of their own: what the render bundle
// compiles for a built-in instancetype would only make its cache, read by every render, larger
const rare = bundleLoader({ readCache: false, env: {} });
withoutSparkplug(() => {
  const rareEntry = rare.entry(['render', WARM_VM]);
  rareEntry.run(['render', WARM_VM], quiet(rareEntry.nodeIo()));
});
rare.writeCaches(true, ['yaml', 'instancetypes']);
