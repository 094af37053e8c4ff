import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/main.js';
import { MAX_DIAGNOSTICS } from '../../src/diagnostics/diagnostics.js';
import { memoryIo } from '../helpers.js';

// Inputs too large for fixture files (fixtures/hostile holds the readable ones): each must end in
// one clear diagnostic at a file:line:col, exit 1, without a stack trace and in bounded time.

const seed = {
  'in/vmi.yaml': readFileSync('fixtures/seed/vmi.yaml', 'utf8'),
  'in/nad.yaml': readFileSync('fixtures/seed/nad.yaml', 'utf8'),
  'in/env.txt': readFileSync('fixtures/seed/env.txt', 'utf8'),
};

/** Renders the seed with one file replaced; returns the exit code and the first line of stderr. */
function render(file: keyof typeof seed, text: string): { code: number; first: string; err: string } {
  const io = memoryIo({ ...seed, [file]: text });
  const code = run(['render', 'in'], io);
  expect(io.err).not.to.match(/^\s+at /m);
  return { code, first: io.err.split('\n')[0]!, err: io.err };
}

describe('hostile input (large cases)', function () {
  // the budget is "not a hang": each case takes well under a second here
  this.timeout(30_000);

  it('refuses a file over 16 MiB before decoding it', () => {
    const r = render('in/vmi.yaml', 'a'.repeat(16 * 1024 * 1024 + 1));
    expect([r.code, r.first]).to.deep.equal([1, 'in/vmi.yaml:1:1: error[INPUT_TOO_LARGE]: input is 16777217 bytes, over the 16777216-byte (16 MiB) limit']);
  });

  it('refuses 100,000 nested [ at the 65th', () => {
    const r = render('in/vmi.yaml', '['.repeat(100_000));
    expect([r.code, r.first]).to.deep.equal([1, 'in/vmi.yaml:1:65: error[NESTING_TOO_DEEP]: collections nested deeper than 64 levels']);
  });

  it('refuses block mappings indented 3,000 deep, and 1,000,000 nested sequences on one line', () => {
    const block = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(render('in/nad.yaml', block).first).to.equal('in/nad.yaml:65:65: error[NESTING_TOO_DEEP]: collections nested deeper than 64 levels');
    expect(render('in/nad.yaml', `${'- '.repeat(1_000_000)}x`).first).to.equal('in/nad.yaml:1:129: error[NESTING_TOO_DEEP]: collections nested deeper than 64 levels');
  });

  it('stops reading after 1,000,000 YAML tokens and after 10,000 documents', () => {
    expect(render('in/vmi.yaml', '- a\n'.repeat(1_000_000)).first).to.match(/^in\/vmi\.yaml:\d+:\d+: error\[INPUT_TOO_LARGE\]: more than 1000000 YAML tokens; reading stopped here$/);
    expect(render('in/nad.yaml', '---\na: 1\n'.repeat(20_000)).first).to.equal(
      'in/nad.yaml:20001:1: error[INPUT_TOO_LARGE]: more than 10000 YAML documents in one stream; reading stopped here',
    );
  });

  it('checks 50,000 distinct keys in one mapping in linear time, and keeps 1,000 of their warnings', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const r = render('in/vmi.yaml', seed['in/vmi.yaml'].replace('spec:\n', `spec:\n${keys}\n`));
    expect(r.code).to.equal(0);
    expect(r.first).to.equal(`warning[TOO_MANY_DIAGNOSTICS]: ${50_000 - MAX_DIAGNOSTICS} more problems not shown: only the first ${MAX_DIAGNOSTICS} are kept`);
  });

  it('finds a duplicate key among 50,000', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i % 49_999}: 1`).join('\n');
    expect(render('in/nad.yaml', keys).first).to.equal("in/nad.yaml:50000:1: error[DUPLICATE_KEY]: key 'k0' appears twice in this mapping");
  });

  it('refuses aliases that fan one big mapping out to every interface', () => {
    const big = Array.from({ length: 5000 }, (_, i) => `    k${i}: 1`).join('\n');
    const ifaces = Array.from({ length: 256 }, () => '      - *big').join('\n');
    const vmi = `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: t\n  labels: &big\n${big}\nspec:\n  domain:\n    devices:\n      interfaces:\n${ifaces}\n`;
    expect(render('in/vmi.yaml', vmi).first).to.equal('in/vmi.yaml:5010:7: error[YAML_ALIAS]: aliases expand this document to more than 1000000 nodes');
  });

  it("reads at most KubeVirt's 256 interfaces", () => {
    const ifaces = Array.from({ length: 300 }, (_, i) => `      - name: n${i}\n        bridge: {}`).join('\n');
    const vmi = seed['in/vmi.yaml'].replace(/      interfaces:\n(.|\n)*?\n  networks:/, `      interfaces:\n${ifaces}\n  networks:`);
    expect(render('in/vmi.yaml', vmi).first).to.equal("in/vmi.yaml:22:7: error[LIST_TOO_LONG]: spec.domain.devices.interfaces has 300 items, over KubeVirt's limit of 256");
  });

  it('reads a 16 MiB env dump of bad lines, keeping 1,000 diagnostics', () => {
    const r = render('in/env.txt', 'not an env line\n'.repeat(1_000_000));
    expect(r.code).to.equal(1);
    // a million bad lines, and the resource the env then lacks
    expect(r.first).to.equal(`error[TOO_MANY_DIAGNOSTICS]: ${1_000_001 - MAX_DIAGNOSTICS} more problems not shown: only the first ${MAX_DIAGNOSTICS} are kept`);
    expect(r.err.split('\n').filter((l) => l.includes('error[ENV_SYNTAX]'))).to.have.length(MAX_DIAGNOSTICS);
  });

  it('reports numbers as written, whatever JavaScript makes of them', () => {
    const vmi = seed['in/vmi.yaml'].replace('cores: 4', 'cores: 99999999999999999999');
    expect(render('in/vmi.yaml', vmi).first).to.equal(
      'in/vmi.yaml:12:14: error[INVALID_VALUE]: spec.domain.cpu.cores must be a whole number from 0 to 2147483647, found 99999999999999999999',
    );
  });
});
