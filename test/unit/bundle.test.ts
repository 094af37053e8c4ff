import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fastCommand } from '../../src/cli/fast-path.js';
import { run } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { memoryIo } from '../helpers.js';

// The tests exercise the modules in dist/src; users run bin/vdpa-xml.js, which loads the bundle
// built from them (scripts/bundle.mjs). Once through the real bin, it must give the same bytes.
describe('the bundled bin', function () {
  this.timeout(30_000);
  const bin = (...args: string[]) => spawnSync(process.execPath, ['bin/vdpa-xml.js', ...args], { encoding: 'utf8' });
  const binWith = (env: Record<string, string>, nodeFlags: string[], ...args: string[]) =>
    spawnSync(process.execPath, [...nodeFlags, 'bin/vdpa-xml.js', ...args], { encoding: 'utf8', env: { ...process.env, VDPA_XML_DEBUG: '', VDPA_XML_CACHE_DIR: '', ...env } });
  type Entry = { run: typeof run; nodeIo: () => unknown };
  const { bundleLoader, fastCommand: binFastCommand } = createRequire(import.meta.url)('../../../bin/vdpa-xml.js') as {
    bundleLoader: (o?: { env?: Record<string, string> }) => { cli: () => Entry; entry: (argv: readonly string[]) => Entry; loadedBundles: () => string[] } | undefined;
    fastCommand: (argv: readonly string[]) => boolean;
  };

  it('renders the seed to the expected bytes', () => {
    const r = bin('render', 'fixtures/seed');
    expect([r.status, r.stdout, r.stderr]).to.deep.equal([0, readFileSync('fixtures/seed/expected.xml', 'utf8'), '']);
  });

  it('reports an input error as the modules do, with exit 1', () => {
    const r = bin('render', 'fixtures/hostile/alias-bomb');
    const files = ['vmi.yaml', 'nad.yaml', 'env.txt'].map((f) => `fixtures/hostile/alias-bomb/${f}`);
    const inProcess = memoryIo(Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')])));
    expect(run(['render', 'fixtures/hostile/alias-bomb'], inProcess)).to.equal(1);
    expect([r.status, r.stdout, r.stderr]).to.deep.equal([1, '', inProcess.err]);
  });

  it('loads chalk on first use for coloured diagnostics (FORCE_COLOR), as the modules do', () => {
    const r = binWith({ FORCE_COLOR: '1' }, [], 'check', 'fixtures/errors/nad-not-found');
    expect(r.status).to.equal(1);
    expect(r.stderr).to.contain('\u001b[');
    expect(r.stderr).to.contain('NAD_NOT_FOUND');
  });

  it('sidecar --help and a sidecar usage error exit as usage, not as a bug (its command comes from the second bundle)', () => {
    const help = bin('sidecar', '--help');
    expect([help.status, help.stderr]).to.deep.equal([0, '']);
    expect(help.stdout).to.include('Usage: vdpa-xml sidecar [options]');
    const bad = bin('sidecar', '--bogus');
    expect([bad.status, bad.stdout]).to.deep.equal([2, '']);
    expect(bad.stderr).to.equal("error: unknown option '--bogus'\n(run with --help for usage)\n");
  });

  it('holds no child_process: commander\'s is an empty module', () => {
    // commander requires it for executable subcommands, which vdpa-xml has none of: no bundle may
    // hold the require the stub replaces
    for (const file of ['dist/vdpa-xml.cjs', 'dist/vdpa-xml-commands.cjs', 'dist/vdpa-xml-render.cjs']) {
      expect(readFileSync(file, 'utf8'), file).not.to.match(/require\(["'](node:)?child_process["']\)/);
    }
  });

  it('loads no built-in module a render does not use (node:v8 and node:crypto pull in node:stream: 2-4 ms of every start)', () => {
    // the exit hook first, preloaded (the bin runs only as the main module): the bin exits as soon
    // as a render bundle command returns
    const hook = join(mkdtempSync(join(tmpdir(), 'vdpa-xml-modules-')), 'hook.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));\n");
    const r = spawnSync(process.execPath, ['-r', hook, 'bin/vdpa-xml.js', 'render', 'fixtures/seed'], { encoding: 'utf8', env: { ...process.env, VDPA_XML_DEBUG: '', VDPA_XML_CACHE_DIR: '' } });
    rmSync(dirname(hook), { recursive: true, force: true });
    expect([r.status, r.stdout]).to.deep.equal([0, readFileSync('fixtures/seed/expected.xml', 'utf8')]);
    const loaded = (JSON.parse(r.stderr) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    const unwanted = ['v8', 'stream', 'crypto', 'perf_hooks', 'tty', 'net', 'worker_threads', 'internal/streams/readable', 'internal/heap_utils'];
    expect(loaded.filter((m) => unwanted.includes(m))).to.deep.equal([]);
  });

  it("--version and a command's --help read only the CLI bundle; `render|check|explain|env INPUT` only the render bundle, with anything more the CLI's too; the other commands, the help and a mistake the commands bundle; the yaml package's and the instancetypes' bundles only when an input needs them", () => {
    const cases = [
      [['--version'], ['cli']],
      [['render', '--help'], ['cli']],
      [['render', 'fixtures/seed'], ['render']],
      [['check', 'fixtures/seed'], ['render']],
      [['explain', 'fixtures/seed'], ['render']],
      [['env', 'fixtures/seed'], ['render']],
      [['render', 'fixtures/seed', '--mac', 'stable'], ['cli', 'render']],
      [['check', '--strict', 'fixtures/seed'], ['cli', 'render']],
      [['--help'], ['cli', 'commands']],
      [['rendr'], ['cli', 'commands']],
      // the fixture runner renders with the commands bundle it is in: one command bundle a process
      [['test', 'fixtures/seed'], ['cli', 'commands']],
      [['render', 'fixtures/json-input'], ['render']],
      [['render', 'fixtures/examples/vmi-with-sidecar-hook'], ['render', 'yaml']],
      [['render', 'fixtures/hostile/alias-bomb'], ['render', 'yaml']],
      [['render', 'fixtures/instancetypes/common-builtin'], ['render', 'instancetypes']],
    ] as const;
    const dirs = ['seed', 'json-input', 'hostile/alias-bomb', 'examples/vmi-with-sidecar-hook', 'instancetypes/common-builtin'];
    const files = dirs.flatMap((d) => readdirSync(`fixtures/${d}`).map((f) => `fixtures/${d}/${f}`));
    for (const [argv, loaded] of cases) {
      const loader = bundleLoader({ env: {} })!;
      const out = memoryIo(Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')])));
      loader.entry(argv).run([...argv], out);
      expect(loader.loadedBundles(), argv.join(' ')).to.deep.equal(loaded);
    }
  });

  it("takes for the render bundle alone what the CLI's fast path takes (bin/vdpa-xml.js and src/cli/fast-path.ts agree)", () => {
    const argvs = [['render', 'x'], ['check', 'x'], ['explain', 'x'], ['env', 'x'], ['render', '-'], ['render', ''], ['render'], ['render', 'x', 'y'], ['render', '--help'],
      ['render', 'x', '--mac', 'stable'], ['diff', 'x'], ['test', 'x'], ['patch', 'x'], ['inventory', 'x'], ['sidecar', 'x'], ['--version'], [], ['Render', 'x'], ['render', '-x']];
    for (const argv of argvs) expect(binFastCommand(argv), argv.join(' ')).to.equal(fastCommand(argv) !== undefined);
  });

  it('puts in the render bundle none of the sidecar, commander, diff, saxes or the instancetypes table (the commands bundle has them)', () => {
    // a string each of them holds (one a minifier would keep too): the sidecar server's HTTP/2
    // connection preface, commander's own words, diff's patch field, one of saxes' messages, the table's text
    const marks = ['PRI * HTTP/2.0', 'unknown option', 'oldFileName', 'disallowed character in attribute name', 'abbreviation of "Compute Exclusive"'];
    const render = readFileSync('dist/vdpa-xml-render.cjs', 'utf8');
    expect(marks.filter((m) => render.includes(m))).to.deep.equal([]);
    const commands = readFileSync('dist/vdpa-xml-commands.cjs', 'utf8');
    expect(marks.filter((m) => commands.includes(m))).to.deep.equal(marks.slice(0, 4));
    expect(readFileSync('dist/vdpa-xml-instancetypes.cjs', 'utf8')).to.include(marks[4]);
  });

  it('renders an input the fast readers decline (a multi-line quoted scalar) through the yaml bundle to the expected bytes, and JSON without it', () => {
    const r = bin('render', 'fixtures/examples/vmi-with-sidecar-hook');
    expect([r.status, r.stdout, r.stderr]).to.deep.equal([0, readFileSync('fixtures/examples/vmi-with-sidecar-hook/expected.xml', 'utf8'), `fixtures/examples/vmi-with-sidecar-hook/${readFileSync('fixtures/examples/vmi-with-sidecar-hook/expected.err', 'utf8')}`]);
    const j = bin('render', 'fixtures/json-input');
    expect([j.status, j.stdout, j.stderr]).to.deep.equal([0, readFileSync('fixtures/json-input/expected.xml', 'utf8'), '']);
  });

  it('uses the code cache made at build time without a word, and says when V8 rejects it (a V8 flag) only under VDPA_XML_DEBUG', () => {
    const ok = binWith({ VDPA_XML_DEBUG: '1' }, [], 'render', 'fixtures/seed');
    expect([ok.status, ok.stderr]).to.deep.equal([0, '']);
    const flagged = binWith({ VDPA_XML_DEBUG: '1' }, ['--stack-size=2000'], 'render', 'fixtures/seed');
    expect(flagged.status).to.equal(0);
    expect(flagged.stdout).to.equal(readFileSync('fixtures/seed/expected.xml', 'utf8'));
    // `render DIR` reads the render bundle alone
    expect(flagged.stderr).to.match(/^vdpa-xml: V8 rejected the code cache .*vdpa-xml-render\.cjs\.[0-9a-f]{16}\.v\d+\.\d+\.\d+-\w+\.cache \(another Node build or V8 flags\); compiling vdpa-xml-render\.cjs\n$/);
    const help = binWith({ VDPA_XML_DEBUG: '1' }, ['--stack-size=2000'], 'render', '--help');
    expect([help.status, help.stdout.split('\n')[0]]).to.deep.equal([0, 'Usage: vdpa-xml render [options] <input>']);
    expect(help.stderr).to.match(/^vdpa-xml: V8 rejected the code cache .*vdpa-xml\.cjs\.[0-9a-f]{16}\.v\d+\.\d+\.\d+-\w+\.cache \(another Node build or V8 flags\); compiling vdpa-xml\.cjs\n$/);
    // `--version` alone reads no bundle at all (bin/vdpa-xml.js), so there is no cache to reject
    for (const flag of ['--version', '-V']) {
      const version = binWith({ VDPA_XML_DEBUG: '1' }, ['--stack-size=2000'], flag);
      expect([version.status, version.stdout, version.stderr]).to.deep.equal([0, `${VERSION}\n`, '']);
    }
    const quiet = binWith({}, ['--stack-size=2000'], 'render', 'fixtures/seed');
    expect([quiet.status, quiet.stderr]).to.deep.equal([0, '']);
  });

  it('writes nothing at run time (dist/ untouched) unless VDPA_XML_CACHE_DIR is set, and then its caches there on first use', () => {
    const before = readdirSync('dist').map((f) => `${f} ${statSync(join('dist', f)).mtimeMs}`);
    expect(bin('render', 'fixtures/seed').status).to.equal(0);
    expect(binWith({}, ['--stack-size=2000'], 'render', 'fixtures/seed').status).to.equal(0);
    expect(readdirSync('dist').map((f) => `${f} ${statSync(join('dist', f)).mtimeMs}`)).to.deep.equal(before);
    const dir = mkdtempSync(join(tmpdir(), 'vdpa-xml-cache-test-'));
    try {
      const first = binWith({ VDPA_XML_CACHE_DIR: dir, VDPA_XML_DEBUG: '1' }, [], 'render', 'fixtures/seed');
      expect(first.stdout).to.equal(readFileSync('fixtures/seed/expected.xml', 'utf8'));
      expect(first.stderr).to.match(/no code cache .* yet \(written at exit\)/);
      expect(readdirSync(dir).map((f) => f.replace(/\.[0-9a-f]{16}\..*$/, '')).sort()).to.deep.equal(['vdpa-xml-render.cjs']);
      const second = binWith({ VDPA_XML_CACHE_DIR: dir, VDPA_XML_DEBUG: '1' }, [], 'render', 'fixtures/seed');
      expect([second.status, second.stderr]).to.deep.equal([0, '']);
      // the yaml package's bundle gets its cache when an input first needs it
      const json = binWith({ VDPA_XML_CACHE_DIR: dir, VDPA_XML_DEBUG: '1' }, [], 'render', 'fixtures/examples/vmi-with-sidecar-hook');
      expect(json.stderr).to.match(/no code cache .*vdpa-xml-yaml\.cjs.* yet \(written at exit\)/);
      expect(readdirSync(dir).map((f) => f.replace(/\.[0-9a-f]{16}\..*$/, '')).sort()).to.deep.equal(['vdpa-xml-render.cjs', 'vdpa-xml-yaml.cjs']);
      // and the CLI bundle's when a command takes it
      expect(binWith({ VDPA_XML_CACHE_DIR: dir }, [], 'render', '--help').status).to.equal(0);
      expect(readdirSync(dir).map((f) => f.replace(/\.[0-9a-f]{16}\..*$/, '')).sort()).to.deep.equal(['vdpa-xml-render.cjs', 'vdpa-xml-yaml.cjs', 'vdpa-xml.cjs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
