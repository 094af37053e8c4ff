import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { IGNORABLE_DEVICES, IGNORE_RULES } from '../../src/diff/ignore.js';

// Closed sets the README documents must stay in step with the code that defines them (the error
// codes are checked in readme.test.ts).
function between(marker: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(`<!-- ${marker}:start -->`);
  const end = readme.indexOf(`<!-- ${marker}:end -->`);
  expect(start, `README marker ${marker}`).to.be.greaterThan(-1);
  return readme.slice(start, end);
}

const rows = (text: string): string[][] => [...text.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map((m) => [m[1]!, m[2]!]);

describe('README tables', () => {
  it('lists every diff --ignore name with its meaning, and the device kinds it accepts', () => {
    const text = between('ignore-names');
    expect(rows(text)).to.deep.equal(Object.entries(IGNORE_RULES).map(([k, v]) => [k, v.doc]));
    expect(text).to.contain(IGNORABLE_DEVICES.map((d) => `\`${d}\``).join(', '));
  });
});
