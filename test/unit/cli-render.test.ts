import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers.js';

const seed = {
  'seed/vmi.yaml': readFileSync('fixtures/seed/vmi.yaml', 'utf8'),
  'seed/nad.yaml': readFileSync('fixtures/seed/nad.yaml', 'utf8'),
  'seed/env.txt': readFileSync('fixtures/seed/env.txt', 'utf8'),
};
const expected = readFileSync('fixtures/seed/expected.xml', 'utf8');

describe('cli: render', () => {
  it('renders a fixture directory, and the same files named one by one, to the same bytes', () => {
    const a = memoryIo(seed);
    expect(run(['render', 'seed'], a)).to.equal(0);
    const b = memoryIo(seed);
    expect(run(['render', 'seed/vmi.yaml', '--nad', 'seed/nad.yaml', '--env', 'seed/env.txt'], b)).to.equal(0);
    expect([a.out, a.err]).to.deep.equal([expected, '']);
    expect([b.out, b.err]).to.deep.equal([expected, '']);
  });

  it('reads the VMI from stdin with -', () => {
    const io = memoryIo(seed, seed['seed/vmi.yaml']);
    expect(run(['render', '-', '--nad', 'seed/nad.yaml', '--env', 'seed/env.txt'], io)).to.equal(0);
    expect(io.out).to.equal(expected);
  });

  it('writes -o through an atomic write and nothing to stdout', () => {
    const io = memoryIo(seed);
    expect(run(['render', 'seed', '-o', 'out.xml'], io)).to.equal(0);
    expect([io.out, io.written]).to.deep.equal(['', { 'out.xml': expected }]);
  });

  it('on an input error exits 1 and writes neither stdout nor -o', () => {
    const io = memoryIo({ ...seed, 'seed/env.txt': '' });
    expect(run(['render', 'seed', '-o', 'out.xml'], io)).to.equal(1);
    expect([io.out, io.written]).to.deep.equal(['', {}]);
    expect(io.err).to.match(/^seed\/vmi\.yaml:25:9: error\[RESOURCE_NOT_IN_ENV\]/);
  });

  it('exits 2 on usage errors, 0 for --help and --version', () => {
    const cases: [string[], number][] = [
      [['render'], 2],
      [['render', 'seed', '--mac', 'random'], 2],
      [['render', 'seed', '--bogus'], 2],
      [['frobnicate'], 2],
      [['--help'], 0],
      [['render', '--help'], 0],
      [['--version'], 0],
    ];
    expect(cases.map(([argv]) => run(argv, memoryIo(seed)))).to.deep.equal(cases.map(([, code]) => code));
  });

  it('reports a missing input file as an input error', () => {
    const io = memoryIo(seed);
    expect(run(['render', 'nope.yaml'], io)).to.equal(1);
    expect(io.err).to.equal('error[READ_FAILED]: cannot read nope.yaml: no such file\n  help: check the path\n1 error\n');
  });
});

describe('cli: -o failures', () => {
  it('says why -o could not be written, without the temporary file name', () => {
    const io = memoryIo(seed);
    io.writeFileAtomic = () => {
      throw Object.assign(new Error("ENOENT: no such file or directory, open 'x/.out.xml.1.tmp'"), { code: 'ENOENT' });
    };
    expect(run(['render', 'seed', '-o', 'x/out.xml'], io)).to.equal(1);
    expect([io.out, io.err]).to.deep.equal(['', 'error: cannot write x/out.xml: its directory does not exist\n']);
  });
});
