import { copyFileSync, linkSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary directory of `count` copies of fixtures/seed (inputs, expected XML and exit code), for
 * `vdpa-xml test`. Each file is a hard link to the seed's where the file system allows it (another
 * device: a copy): making 50,000 copies took minutes on a loaded machine, and `test` reads them alike.
 */
export function seedCopies(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'vdpa-xml-bench-'));
  let link = true;
  for (let i = 0; i < count; i++) {
    const dir = join(root, `f${String(i).padStart(5, '0')}`);
    mkdirSync(dir);
    for (const f of ['vmi.yaml', 'nad.yaml', 'env.txt', 'expected.xml', 'expected.code']) {
      const from = join('fixtures', 'seed', f);
      if (link) {
        try {
          linkSync(from, join(dir, f));
          continue;
        } catch {
          link = false;
        }
      }
      copyFileSync(from, join(dir, f));
    }
  }
  return root;
}
