import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { runCli } from '../cli/helpers.js';

// Every `$ vdpa-xml ...` line in a README code block is run through the CLI entry and the lines
// after it (up to the next `$` line or the end of the block) must be its output, stdout then
// stderr, so the README never shows output the tool no longer prints.
interface Example {
  line: number;
  argv: string[];
  expected: string;
}

function examples(readme: string): Example[] {
  const lines = readme.split('\n');
  const out: Example[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('```')) {
      inBlock = !inBlock;
      continue;
    }
    if (!inBlock || !l.startsWith('$ vdpa-xml ')) continue;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && !lines[j]!.startsWith('$ ') && !lines[j]!.startsWith('```'); j++) body.push(lines[j]!);
    out.push({ line: i + 1, argv: l.slice('$ vdpa-xml '.length).split(/\s+/), expected: body.join('\n') });
  }
  return out;
}

describe('README examples', () => {
  const list = examples(readFileSync('README.md', 'utf8'));

  it('has examples for every command', () => {
    expect([...new Set(list.map((e) => e.argv[0]))].sort()).to.deep.equal(['check', 'diff', 'explain', 'render', 'test']);
  });

  for (const e of list) {
    it(`README.md:${e.line}: vdpa-xml ${e.argv.join(' ')}`, () => {
      const r = runCli(e.argv);
      expect(`${r.stdout}${r.stderr}`.replace(/\n$/, '')).to.equal(e.expected);
    });
  }
});
