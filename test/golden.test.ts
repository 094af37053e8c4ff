import { expect } from 'chai';
import { nodeIo } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { findFixtures, runFixture } from '../src/cli/commands/test.js';

// The golden test: every fixture directory is rendered through the real CLI entry and its whole
// output (XML, or the diagnostics text and exit code) compared with the expected files.
describe('golden fixtures', () => {
  const io = nodeIo();
  const dirs = findFixtures(io, 'fixtures');

  it('finds the fixtures', () => {
    expect(dirs).to.include('fixtures/seed');
  });

  for (const dir of dirs) {
    it(dir, () => {
      const r = runFixture(io, dir, run, false);
      expect(r.ok, r.diffs.join('\n')).to.equal(true);
    });
  }
});
