import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { CODES } from '../../src/diagnostics/diagnostics.js';

// The README is the user's reference: its error-code table must list exactly the codes the tool emits.
describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = /<!-- error-codes:start -->([\s\S]*)<!-- error-codes:end -->/.exec(readme)?.[1] ?? '';

  it('documents every diagnostic code, and no other', () => {
    const documented = [...table.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).to.deep.equal(Object.keys(CODES));
  });

  it('says for each code what CODES says', () => {
    const rows = [...table.matchAll(/^\| `([A-Z0-9_]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).to.deep.equal(Object.entries(CODES));
  });

  it('shows the two set-up commands and the first run', () => {
    expect(readme).to.include('npm install\nnpm test\n');
    expect(readme).to.include('npx vdpa-xml render fixtures/seed');
  });
});
