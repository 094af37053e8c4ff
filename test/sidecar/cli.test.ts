import { expect } from 'chai';
import { run } from '../../src/cli/main.js';
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
