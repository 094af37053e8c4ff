import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { CODES } from '../../src/diagnostics.js';

// The codes are a closed, documented set: the README's table must list each one, with its meaning.
describe('README error codes', () => {
  it('lists every diagnostic code with the meaning src/diagnostics.ts gives it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('<!-- error-codes:start -->'), readme.indexOf('<!-- error-codes:end -->'));
    const rows = [...table.matchAll(/^\| `([A-Z_0-9]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).to.deep.equal(Object.entries(CODES));
  });
});
