import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { runCli } from './helpers.js';

// KubeVirt v1.9.0's converter test: its VMI (fixtures/kubevirt-converter-test) against its golden
// domain_x86_64.xml (test/data/kubevirt). Every difference left must be one the README's table
// ("Against KubeVirt's own converter test") explains, and every row of that table must still be
// needed: a fix that removes a difference, or a new one, fails here until the README says why.

/** README row (its first cell, as written) -> the difference paths it explains */
const DOCUMENTED: Record<string, RegExp> = {
  '`metadata/kubevirt/uid` empty in theirs': /^\/domain\/metadata\/kubevirt\/uid$/,
  'sysinfo `manufacturer`, `family`, `product` empty in theirs': /^\/domain\/sysinfo\/system\/entry\[name=(manufacturer|family|product)\]$/,
  'cloud-init and ephemeral disk paths': /^\/domain\/devices\/disk\[alias=ua-(nocloud|cdrom_tray_unspecified|ephemeral_pvc)\]\/source\/@file$/,
  '`pvc_block_test`, `dv_block_test` as block devices': /^\/domain\/devices\/disk\[alias=ua-(pvc|dv)_block_test\]\/(@type|source\/@file|source\/@dev|target\/@dev)$/,
  '`controller[type=sata]`, `controller[type=pci]` (pcie-root, a pcie-to-pci-bridge) only in ours': /^\/domain\/devices\/controller\[type=(sata|pci),index=\d+\]$/,
  'interface `<source/>`, `<mac>`, `<target>`': /^\/domain\/devices\/interface\[alias=ua-default\]\/(source|mac|target)$/,
};

describe("KubeVirt's converter test golden", () => {
  it('differs from what vdpa-xml renders for its VMI only where the README says why', () => {
    const r = runCli([
      'diff', 'fixtures/kubevirt-converter-test', '--against', 'test/data/kubevirt/domain_x86_64.xml',
      '--vm-rollout-strategy', 'Stage', '--ignore', 'address,root-ports', '--format', 'json',
    ]);
    expect(r.code).to.equal(1);
    const doc = JSON.parse(r.stdout) as { differences: { path: string }[] };
    const used = new Set<string>();
    const unexplained = doc.differences.map((d) => d.path).filter((p) => {
      const row = Object.keys(DOCUMENTED).find((k) => DOCUMENTED[k]!.test(p));
      if (row) used.add(row);
      return !row;
    });
    expect(unexplained).to.deep.equal([]);
    expect([...used].sort()).to.deep.equal(Object.keys(DOCUMENTED).sort());
    const readme = readFileSync('README.md', 'utf8');
    for (const row of Object.keys(DOCUMENTED)) expect(readme).to.contain(`| ${row} |`);
  });
});
