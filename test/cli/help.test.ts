import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { runCli } from './helpers.js';

const COMMANDS = ['render', 'check', 'explain', 'diff', 'test'];

describe('vdpa-xml --help and --version', () => {
  for (const cmd of COMMANDS) {
    it(`${cmd} --help shows its usage, options and an example (exit 0)`, () => {
      const r = runCli([cmd, '--help']);
      expect(r.code).to.equal(0);
      expect(r.stderr).to.equal('');
      expect(r.stdout.split('\n')[0]).to.match(new RegExp(`^Usage: vdpa-xml ${cmd} \\[options\\] [<[]`));
      expect(r.stdout).to.contain('\nOptions:\n');
      const examples = r.stdout.slice(r.stdout.search(/\nExamples?:\n/));
      expect(examples.split('\n').slice(2).some((l) => l.trim().startsWith(`vdpa-xml ${cmd} `))).to.equal(true);
    });
  }

  it('--help lists every command and an example of each (exit 0)', () => {
    const r = runCli(['--help']);
    expect(r.code).to.equal(0);
    for (const cmd of COMMANDS) expect(r.stdout).to.match(new RegExp(`\\n  ${cmd} \\[options\\]`));
    for (const cmd of ['render', 'check', 'explain', 'diff']) expect(r.stdout).to.match(new RegExp(`\\n  vdpa-xml ${cmd} `));
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(runCli(['--version'])).to.deep.include({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('an unknown command is a usage error (exit 2)', () => {
    const r = runCli(['frobnicate']);
    expect(r).to.deep.include({ code: 2, stdout: '', stderr: "error: unknown command 'frobnicate'\n(run with --help for usage)\n" });
  });

  // main.ts builds only the subcommand being run; a mistake or `help` still sees all of them
  it('a misspelt command gets "did you mean" (every command is built for a mistake)', () => {
    expect(runCli(['rendr', 'fixtures/seed'])).to.deep.include({ code: 2, stdout: '', stderr: "error: unknown command 'rendr'\n(Did you mean render?)\n(run with --help for usage)\n" });
    expect(runCli(['sidecra']).stderr).to.contain('(Did you mean sidecar?)');
  });

  it('help COMMAND shows that command\'s usage, and --version stops at the version whatever follows', () => {
    const r = runCli(['help', 'explain']);
    expect(r.code).to.equal(0);
    expect(r.stdout.split('\n')[0]).to.match(/^Usage: vdpa-xml explain \[options\] <input>/);
    expect(runCli(['--version', 'render'])).to.deep.include({ code: 0, stdout: runCli(['--version']).stdout });
  });

  it('an unknown option is a usage error (exit 2)', () => {
    const r = runCli(['check', 'fixtures/seed', '--colour']);
    expect(r).to.deep.include({ code: 2, stdout: '', stderr: "error: unknown option '--colour'\n(run with --help for usage)\n" });
  });
});
