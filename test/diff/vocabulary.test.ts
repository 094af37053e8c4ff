import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { nodeIo } from '../../src/cli/io.js';
import { findFixtures } from '../../src/cli/commands/test.js';
import { MODELLED } from '../../src/diff/vocabulary.js';
import { parseXml, type XmlNode } from '../../src/diff/xml-tree.js';

// diff counts a theirs-only attribute only when vdpa-xml could have written it: the table must
// name everything the serializer writes, or a real difference would be passed over as "not modelled".
describe('diff vocabulary', () => {
  it('names every element and attribute of every fixture expected.xml', () => {
    const missing = new Set<string>();
    const walk = (n: XmlNode, path: string): void => {
      const attrs = MODELLED.get(path);
      if (!attrs) missing.add(path);
      for (const a of n.attrs.keys()) if (attrs && !attrs.has(a)) missing.add(`${path}@${a}`);
      for (const c of n.children) walk(c, `${path}/${c.name}`);
    };
    const dirs = findFixtures(nodeIo(), 'fixtures');
    let seen = 0;
    for (const dir of dirs) {
      let text: string;
      try {
        text = readFileSync(`${dir}/expected.xml`, 'utf8');
      } catch {
        continue;
      }
      const r = parseXml(text);
      if ('problem' in r) throw new Error(`${dir}: ${r.problem.message}`);
      walk(r.root, r.root.name);
      seen++;
    }
    expect(seen).to.be.greaterThan(10);
    expect([...missing]).to.deep.equal([]);
  });
});
