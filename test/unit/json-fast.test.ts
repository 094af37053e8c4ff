import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { parseJsonFast } from '../../src/source/json-fast.js';
import { makeSource } from '../../src/source/source.js';
import { parseRootsFull } from '../../src/source/yaml-full.js';
import { yamlFiles } from '../helpers.js';
import { HOSTILE_STRINGS } from '../property/mutations.js';
import { propertyRuns } from '../property/seed.js';

// The JSON reader (json-fast.ts) against the yaml package (yaml-full.ts): for any text, it either
// declines it or gives the very tree the package composes (values, sources, styles and the range
// of every node and key), and the package finds nothing to report in it.

function differential(text: string): 'fast' | 'declined' {
  const fast = parseJsonFast(text);
  if (fast === undefined) return 'declined';
  const diags = new Diagnostics();
  const full = parseRootsFull(makeSource('t.json', text), diags);
  expect(diags.list.map((d) => `${d.code} ${d.message}`), `the package reports what the JSON reader took:\n${text}`).to.deep.equal([]);
  expect(fast, `JSON reader and package differ on:\n${text}`).to.deep.equal(full);
  return 'fast';
}

describe('JSON reader (json-fast.ts)', () => {
  it("reads the sidecar's VMI and network-info as the yaml package does", () => {
    for (const f of ['vmi.json', 'network-info']) expect(differential(readFileSync(join('test', 'data', 'sidecar', f), 'utf8')), f).to.equal('fast');
  });

  it('agrees with the package on every fixture object written as json.Marshal and as indented JSON, or declines it', () => {
    let fast = 0;
    let all = 0;
    for (const f of yamlFiles('fixtures')) {
      let value: unknown;
      try {
        value = parseYaml(readFileSync(f, 'utf8'));
      } catch {
        continue;
      }
      let texts: string[];
      try {
        texts = [JSON.stringify(value), `${JSON.stringify(value, null, 2)}\n`];
      } catch {
        continue; // aliases make some fixtures circular
      }
      if (value === undefined) continue;
      for (const text of texts) {
        all++;
        if (differential(text) === 'fast') fast++;
      }
    }
    // the fixtures' JSON is plain: a reader that declines most of it has regressed
    expect(fast, `${fast} of ${all} taken`).to.be.greaterThan(all * 0.9);
  });

  it('declines what it does not mirror', () => {
    for (const text of ['', '1.5', '{"a":1e5}', '{"a":-0}', '{"a":1234567890123456}', '{"a":"\\ud83d\\ude00"}', '{"a":\t1}', '{"a":1}\r\n', '{"a"\n:1}', '{"a":1,"a":2}', '{"a":1} {}', '{a:1}', '{"a":1,}', '[1 2]', '"\\x41"', '{"a":"\u2028"}', `{"${'k'.repeat(1001)}":1}`, '[' .repeat(70) + ']'.repeat(70)]) {
      expect(parseJsonFast(text), JSON.stringify(text)).to.equal(undefined);
    }
  });

  it('agrees with the package on generated JSON (fast-check), or declines it', () => {
    const leaf = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', ':', '#', '-', "'", '"', '{', '}', '[', ']', ',', '0', '.', '\t', '\\', '/', 'é', '\u0001', '\u00a0', '😀'), maxLength: 10 }),
      fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 100)),
      fc.integer(),
      fc.constantFrom(0.5, 1e21, -0, 2 ** 53, true, false, null),
    );
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('v'), { maxKeys: 4 })),
    })).v;
    let taken = 0;
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 1, 2, 4), (v, indent) => {
        if (differential(JSON.stringify(v, null, indent)) === 'fast') taken++;
      }),
      propertyRuns(300),
    );
    expect(taken, 'generated texts taken').to.be.greaterThan(60);
  });
});
