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
      'cases/check-seed/expected.out': 'ok: .: domain default_myvmi, 3 interfaces (2 vDPA), 1 warning\n',
    };
    const r = runCli(['test', 'cases'], { files });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal(block(`
      FAIL    cases/check-seed
      ===================================================================
      --- cases/check-seed/expected.out
      +++ actual stdout
      @@ -1,1 +1,1 @@
      -ok: .: domain default_myvmi, 3 interfaces (2 vDPA), 1 warning
      +ok: .: domain default_myvmi, 3 interfaces (2 vDPA), 0 warnings
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
