import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/main.js';
import { parseSidecarArgs, sidecarHelp } from '../../src/cli/sidecar-args.js';
import { memoryIo } from '../helpers.js';

// `vdpa-xml sidecar` as a command of the CLI (its serving is tested on a real process in sidecar.test.ts).
describe('vdpa-xml sidecar (the command)', () => {
  it('--help shows its options with KubeVirt\'s paths as defaults, and examples (exit 0)', () => {
    const io = memoryIo({});
    expect(run(['sidecar', '--help'], io)).to.equal(0);
    expect(io.err).to.equal('');
    expect(io.out.split('\n')[0]).to.equal('Usage: vdpa-xml sidecar [options]');
    for (const option of ['--socket <path>', '--network-info <path>', '--vdpa-binding <name>']) expect(io.out).to.include(option);
    expect(io.out).to.match(/\(default:\s+"\/var\/run\/kubevirt-hooks\/vdpa-xml\.sock"\)/);
    expect(io.out).to.include('\nExamples:\n  vdpa-xml sidecar\n');
  });

  it('is listed by vdpa-xml --help', () => {
    const io = memoryIo({});
    expect(run(['--help'], io)).to.equal(0);
    expect(io.out).to.match(/\n {2}sidecar \[options\]/);
  });

  it('an option without its value is a usage error (exit 2), nothing started', () => {
    const io = memoryIo({});
    expect(run(['sidecar', '--socket'], io)).to.equal(2);
    expect(io.err).to.equal("error: option '--socket <path>' argument missing\n(run with --help for usage)\n");
  });
});

// bin/vdpa-xml-sidecar.js reads the same flags with node:util parseArgs (no commander in its bundle)
describe('vdpa-xml-sidecar flags (src/cli/sidecar-args.ts)', () => {
  const parse = (argv: string[]) => parseSidecarArgs(argv, 'vdpa-xml-sidecar', '9.9.9');

  it("--help is commander's help of `vdpa-xml sidecar`, word for word", () => {
    const io = memoryIo({});
    expect(run(['sidecar', '--help'], io)).to.equal(0);
    expect(sidecarHelp('vdpa-xml sidecar', false)).to.equal(io.out);
    expect(parse(['--socket', '/s', '--help'])).to.deep.equal({ out: sidecarHelp('vdpa-xml-sidecar') });
    expect(parse(['-V'])).to.deep.equal({ out: '9.9.9\n' });
  });

  it('takes each flag as --flag value and --flag=value; the defaults are KubeVirt\'s paths', () => {
    expect(parse([])).to.deep.equal({ flags: { socket: '/var/run/kubevirt-hooks/vdpa-xml.sock', networkInfo: '/etc/podinfo/network-info', vdpaBinding: 'vdpa', kubevirtVersion: '1.9' } });
    expect(parse(['--socket=/a.sock', '--network-info', '/ni', '--vdpa-binding', 'x', '--kubevirt-version=1.7'])).to.deep.equal({ flags: { socket: '/a.sock', networkInfo: '/ni', vdpaBinding: 'x', kubevirtVersion: '1.7' } });
  });

  it("usage errors in commander's words, the first one met", () => {
    expect(parse(['--socket'])).to.deep.equal({ usageError: "error: option '--socket <path>' argument missing" });
    expect(parse(['--bogus', '--socket'])).to.deep.equal({ usageError: "error: unknown option '--bogus'" });
    expect(parse(['-s'])).to.deep.equal({ usageError: "error: unknown option '-s'" });
    expect(parse(['--sockt', 'x'])).to.deep.equal({ usageError: "error: unknown option '--sockt'\n(Did you mean --socket?)" });
    expect(parse(['--kubevirt-versoin', '1.9'])).to.deep.equal({ usageError: "error: unknown option '--kubevirt-versoin'\n(Did you mean --kubevirt-version?)" });
    expect(parse(['--scoket'])).to.deep.equal({ usageError: "error: unknown option '--scoket'\n(Did you mean --socket?)" });
    // commander compares the whole word, value included: too far from any flag
    expect(parse(['--kubevirt-versoin=1.9'])).to.deep.equal({ usageError: "error: unknown option '--kubevirt-versoin=1.9'" });
    expect(parse(['a', 'b'])).to.deep.equal({ usageError: 'error: too many arguments. Expected 0 arguments but got 2.' });
    const bad = parse(['--kubevirt-version', '1.4']);
    expect('usageError' in bad && bad.usageError).to.match(/^error: option '--kubevirt-version <version>' argument '1\.4' is invalid\. unknown KubeVirt version '1\.4'; known: 1\.5, /);
  });

  it('the sidecar bundle carries neither commander, the CLI commands, the yaml package nor the instancetypes table (lazy bundles of their own)', () => {
    const bundle = readFileSync('dist/vdpa-xml-sidecar.cjs', 'utf8');
    // strings each of them holds (the sidecar's bundles are minified: no module paths to look
    // for), each checked to be where it belongs, so that the test can fail
    const marks = {
      yaml: 'Implicit keys need to be on a single line',
      commander: 'commander.unknownOption',
      commands: 'is not an exit code',
      instancetypes: 'abbreviation of "Compute Exclusive"',
    };
    expect(Object.values(marks).filter((m) => bundle.includes(m))).to.deep.equal([]);
    const commands = readFileSync('dist/vdpa-xml-commands.cjs', 'utf8');
    expect([commands.includes(marks.commander), commands.includes(marks.commands)]).to.deep.equal([true, true]);
    expect(bundle).to.include('require("./vdpa-xml-sidecar-yaml.cjs")');
    expect(readFileSync('dist/vdpa-xml-sidecar-yaml.cjs', 'utf8')).to.include(marks.yaml);
    expect(bundle).to.include('require("./vdpa-xml-sidecar-instancetypes.cjs")');
    expect(readFileSync('dist/vdpa-xml-sidecar-instancetypes.cjs', 'utf8')).to.include(marks.instancetypes);
  });
});
