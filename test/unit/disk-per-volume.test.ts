import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { nodeIo } from '../../src/cli/io.js';
import { findFixtures } from '../../src/cli/commands/test.js';

// Issue 10: "every rendered domain has a disk per volume". KubeVirt gives every volume a disk
// (util.SetDefaultVolumeDisk) and the converter writes one <disk> per disk, so a rendered fixture
// whose domain has fewer <disk> elements than its VMI has volumes dropped one.
interface Spec {
  volumes?: unknown[];
  domain?: { devices?: { filesystems?: unknown[] } };
}

function vmiSpec(dir: string): Spec | undefined {
  const file = ['vmi.yaml', 'vm.yaml', 'vmi.json', 'vm.json'].map((f) => join(dir, f)).find((p) => existsSync(p));
  if (!file) return undefined;
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const o = doc.toJS() as { kind?: string; spec?: { template?: { spec?: Spec } } & Spec } | null;
    if (o?.kind === 'VirtualMachineInstance') return o.spec;
    if (o?.kind === 'VirtualMachine') return o.spec?.template?.spec;
  }
  return undefined;
}

describe('every rendered domain has a disk per volume', () => {
  const dirs = findFixtures(nodeIo(), 'fixtures').filter((d) => readdirSync(d).includes('expected.xml'));

  it('finds rendered fixtures with volumes', () => {
    expect(dirs.filter((d) => (vmiSpec(d)?.volumes?.length ?? 0) > 0).length).to.be.greaterThan(20);
  });

  for (const dir of dirs) {
    const spec = vmiSpec(dir);
    if (!spec) continue;
    it(dir, () => {
      const xml = readFileSync(join(dir, 'expected.xml'), 'utf8');
      const disks = (xml.match(/<disk /g) ?? []).length;
      const volumes = (spec.volumes?.length ?? 0) - (spec.domain?.devices?.filesystems?.length ?? 0);
      expect(disks, `${dir}: <disk> elements vs volumes`).to.equal(volumes);
    });
  }
});
