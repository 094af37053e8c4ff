import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary directory of `count` copies of fixtures/seed (inputs, expected XML and exit code), for `vdpa-xml test`. */
export function seedCopies(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'vdpa-xml-bench-'));
  for (let i = 0; i < count; i++) {
    const dir = join(root, `f${String(i).padStart(5, '0')}`);
    mkdirSync(dir);
    for (const f of ['vmi.yaml', 'nad.yaml', 'env.txt', 'expected.xml', 'expected.code']) copyFileSync(join('fixtures', 'seed', f), join(dir, f));
  }
  return root;
}
