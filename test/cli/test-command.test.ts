import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { block, runCli } from './helpers.js';

describe('vdpa-xml test', () => {
  it('prints a line per fixture and the count (exit 0)', () => {
    const r = runCli(['test', 'fixtures/seed']);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: 'ok      fixtures/seed\nfixtures: 1 passed, 0 failed\n' });
  });

  it('runs a fixture whose args file holds a whole command line (explain)', () => {
    const files = {
      'cases/check-seed/vmi.yaml': readFileSync('fixtures/seed/vmi.yaml', 'utf8'),
      'cases/check-seed/nad.yaml': readFileSync('fixtures/seed/nad.yaml', 'utf8'),
      'cases/check-seed/env.txt': readFileSync('fixtures/seed/env.txt', 'utf8'),
      'cases/check-seed/args': 'check .\n',
      'cases/check-seed/expected.out': 'ok: .: domain default_myvmi for the KubeVirt 1.9.0 virt-launcher, 3 interfaces (2 vDPA), 1 warning\n',
      'cases/check-seed/expected.code': '0\n',
    };
    const r = runCli(['test', 'cases'], { files });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal(block(`
      FAIL    cases/check-seed
      ===================================================================
      --- cases/check-seed/expected.out
      +++ actual stdout
      @@ -1,1 +1,1 @@
      -ok: .: domain default_myvmi for the KubeVirt 1.9.0 virt-launcher, 3 interfaces (2 vDPA), 1 warning
      +ok: .: domain default_myvmi for the KubeVirt 1.9.0 virt-launcher, 3 interfaces (2 vDPA), 0 warnings
      fixtures: 0 passed, 1 failed
    `));
  });

  it('--format json gives every fixture\'s result in one document', () => {
    const r = runCli(['test', 'fixtures/seed', '--format', 'json']);
    expect(r.code).to.equal(0);
    expect(JSON.parse(r.stdout)).to.deep.equal({ fixtures: [{ dir: 'fixtures/seed', ok: true, updated: false, diffs: [] }], passed: 1, failed: 0 });
  });

  it('a directory that does not exist is a usage error (exit 2)', () => {
    expect(runCli(['test', 'nowhere'])).to.deep.include({ code: 2, stdout: '', stderr: 'error: nowhere is not a directory\n' });
  });
});

describe('vdpa-xml test --update', () => {
  const seed = {
    'cases/seed/vmi.yaml': readFileSync('fixtures/seed/vmi.yaml', 'utf8'),
    'cases/seed/nad.yaml': readFileSync('fixtures/seed/nad.yaml', 'utf8'),
    'cases/seed/env.txt': readFileSync('fixtures/seed/env.txt', 'utf8'),
  };

  it('removes the expected.xml of a fixture that became an error, and writes its stderr and exit code', () => {
    const files = {
      ...seed,
      'cases/seed/env.txt': 'this line is not KEY=VALUE\n',
      'cases/seed/expected.xml': readFileSync('fixtures/seed/expected.xml', 'utf8'),
      'cases/seed/expected.code': '0\n',
    };
    const before = runCli(['test', 'cases'], { files });
    expect(before.code).to.equal(1);
    expect(before.stdout).to.include('exit code 1, expected 0\n');
    const r = runCli(['test', 'cases', '--update'], { files });
    expect(r).to.deep.include({ code: 0, stdout: 'updated cases/seed\nfixtures: 1 passed, 0 failed\n', removed: ['cases/seed/expected.xml'] });
    expect([...r.written.keys()]).to.deep.equal(['cases/seed/expected.code', 'cases/seed/expected.err']);
    expect(r.written.get('cases/seed/expected.code')).to.equal('1\n');
    expect(r.written.get('cases/seed/expected.err')).to.match(/^env\.txt:1:1: error\[ENV_SYNTAX\]/);
  });

  it('removes the expected.err of an error fixture that renders again, and writes expected.xml', () => {
    const files = { ...seed, 'cases/seed/expected.err': 'env.txt:1:1: error[ENV_SYNTAX]: ...\n', 'cases/seed/expected.code': '1\n' };
    const r = runCli(['test', 'cases', '--update'], { files });
    expect(r).to.deep.include({ code: 0, removed: ['cases/seed/expected.err'] });
    expect([...r.written.keys()].sort()).to.deep.equal(['cases/seed/expected.code', 'cases/seed/expected.xml']);
    expect(r.written.get('cases/seed/expected.xml')).to.equal(readFileSync('fixtures/seed/expected.xml', 'utf8'));
    expect(r.written.get('cases/seed/expected.code')).to.equal('0\n');
  });

  it('leaves files whose content is already right, and the rest alone', () => {
    const files = { ...seed, 'cases/seed/expected.xml': readFileSync('fixtures/seed/expected.xml', 'utf8'), 'cases/seed/expected.code': '0\n' };
    const r = runCli(['test', 'cases', '--update'], { files });
    expect(r).to.deep.include({ code: 0, removed: [] });
    expect([...r.written.keys()]).to.deep.equal([]);
  });

  it('a fixture without expected.code fails and says how to get one: the exit code is never guessed', () => {
    const files = { ...seed, 'cases/seed/expected.xml': readFileSync('fixtures/seed/expected.xml', 'utf8') };
    const r = runCli(['test', 'cases'], { files });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal('FAIL    cases/seed\ncases/seed/expected.code: missing; the run exited 0 (vdpa-xml test --update writes it)\nfixtures: 0 passed, 1 failed\n');
    const bad = runCli(['test', 'cases'], { files: { ...files, 'cases/seed/expected.code': 'zero\n' } });
    expect(bad.stdout).to.include("cases/seed/expected.code: 'zero' is not an exit code; the run exited 0");
  });
});
