import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers.js';

// The tests exercise the modules in dist/src; users run bin/vdpa-xml.js, which loads the bundle
// built from them (scripts/bundle.mjs). Once through the real bin, it must give the same bytes.
describe('the bundled bin', function () {
  this.timeout(30_000);
  const bin = (...args: string[]) => spawnSync(process.execPath, ['bin/vdpa-xml.js', ...args], { encoding: 'utf8' });

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

  it('holds no child_process: commander\'s is an empty module', () => {
    const bundle = readFileSync('dist/vdpa-xml.cjs', 'utf8');
    expect(bundle).not.to.match(/require\(["'](node:)?child_process["']\)/);
    expect(bundle).to.include('"stub:child_process"');
  });
});
