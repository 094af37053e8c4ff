import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { defaultFlags, parsedFlags, run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers.js';

// `vdpa-xml render INPUT` (and check, explain, env) with nothing else runs its action with
// defaultFlags instead of building commander's program (main.ts, README "Speed"): it must be
// exactly what commander would have passed, and so give the same bytes and exit codes.
const NAMES = ['render', 'check', 'explain', 'env'] as const;
const dirs = ['seed', 'seed-device-plugin', 'errors/nad-not-found', 'hostile/alias-bomb'];
const files = Object.fromEntries(dirs.flatMap((d) => readdirSync(`fixtures/${d}`).map((f) => [`fixtures/${d}/${f}`, readFileSync(`fixtures/${d}/${f}`, 'utf8')])));

describe('cli: the fast path for a command and its input only', () => {
  for (const name of NAMES) {
    it(`gives ${name}'s action the flags commander parses for \`${name} INPUT\``, () => {
      expect(parsedFlags([name, 'fixtures/seed'], memoryIo({}))).to.deep.equal({ name, input: 'fixtures/seed', flags: defaultFlags(name) });
    });

    it(`${name}: the same output and exit code as through commander, on good and bad inputs`, () => {
      // an option given its default value takes the commander path with the same flags
      for (const input of [...dirs.map((d) => `fixtures/${d}`), 'fixtures/no-such-dir', 'help']) {
        const fast = memoryIo(files);
        const slow = memoryIo(files);
        const fastCode = run([name, input], fast);
        const slowCode = run([name, input, '--kubevirt-version', defaultFlags(name).kubevirtVersion as string], slow);
        expect([fastCode, fast.out, fast.err, fast.written], `${name} ${input}`).to.deep.equal([slowCode, slow.out, slow.err, slow.written]);
      }
    });
  }

  it('leaves to commander anything else: a flag, stdin, a second operand, another command', () => {
    const io = memoryIo(files);
    expect(run(['render', '--bogus'], io)).to.equal(2);
    expect(io.err).to.equal("error: unknown option '--bogus'\n(run with --help for usage)\n");
    const extra = memoryIo(files);
    expect(run(['render', 'fixtures/seed', 'more'], extra)).to.equal(2);
    expect(extra.err).to.match(/^error: too many arguments for 'render'/);
    const help = memoryIo(files);
    expect(run(['check', '--help'], help)).to.equal(0);
    expect(help.out).to.include('Usage: vdpa-xml check [options] <input>');
  });
});
