import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { makeSource } from '../../src/source/source.js';
import { parseFast } from '../../src/source/yaml-fast.js';
import { parseRootsFull } from '../../src/source/yaml-full.js';
import { yamlFiles } from '../helpers.js';
import { HOSTILE_STRINGS } from '../property/mutations.js';
import { propertyRuns } from '../property/seed.js';

// The fast path (yaml-fast.ts) against the yaml package (yaml-full.ts): for any text, the fast path
// either declines it or gives the very tree the package composes (values, sources, styles and the
// range of every node and key), and the package finds nothing to report in it.

/** 'fast' when the fast path took the text (and agreed with the package), else 'declined'. */
function differential(text: string): 'fast' | 'declined' {
  const fast = parseFast(text);
  if (fast === undefined) return 'declined';
  const diags = new Diagnostics();
  const full = parseRootsFull(makeSource('t.yaml', text), diags);
  expect(diags.list.map((d) => `${d.code} ${d.message}`), `the package reports what the fast path took:\n${text}`).to.deep.equal([]);
  expect(fast, `fast path and package differ on:\n${text}`).to.deep.equal(full);
  return 'fast';
}

const root = '.';

describe('YAML fast path', () => {
  it('reads the seed without the yaml package, as the package does', () => {
    for (const f of ['vmi.yaml', 'nad.yaml']) expect(differential(readFileSync(join(root, 'fixtures', 'seed', f), 'utf8')), f).to.equal('fast');
  });

  it('agrees with the yaml package on every fixture file, or declines it', () => {
    const files = yamlFiles(join(root, 'fixtures'));
    let fast = 0;
    for (const f of files) if (differential(readFileSync(f, 'utf8')) === 'fast') fast++;
    // most fixtures are kubectl-shaped YAML: a fast path that declines them all has regressed
    expect(fast, `${fast} of ${files.length} taken`).to.be.greaterThan(files.length / 2);
  });

  const cases: [string, string][] = [
    ['plain, quoted and empty values', 'a: b  # c\nm:\n  x: 1\n  y:\n  z: {}\n# tail\nl:\n- 1\n- k: v\n  j: |\n    hi\n\n# c\nlast:\n'],
    ['nulls with comments', 'a:  # c\nb: 1\ns:\n- # c\n- a\nt: x'],
    ['block scalars, every chomping', 'b: |+\n  x\n\n\nc: |\n  y\n\n# after\nd: |-\n  z\ne: >\n  a\n  b\n\n  c\n   d\n  e\nf: >+\n  q\n\ng: >-\n\n  lead\n'],
    ['block scalar at the end of the text', 'a: |\n  x'],
    ['kept block scalar at the end of the text', 'a: |+\n  x\n\n'],
    ['documents', '---\na: 1\n---\n# c\nb:\n- x\n'],
    ['comments only', '# only\n'],
    ['empty', ''],
    ['double-quoted escapes', 'a: "#cloud-config\\n"\nb: "\\"\\\\\\/\\0\\a\\b\\e\\f\\r\\t\\v\\N\\_\\L\\P\\ "\nc: "\\x41\\u00e9\\U0001F600\\ud800"\n"k\\"ey": 1\n'],
    ['one-line flow sequences of scalars', 'a: [x, "y", 1]  # c\nb: [ReadWriteMany]\nc: [ a ,b, ]\nd:\n- [\'q\', null, true]\n'],
    ['quoted keys and values', '"a": \'it\'\'s\'\n\'b\': ""\nc: "x y"\n'],
    ['indented root', '  a: 1\n  b:\n  - 2\n'],
    ['sequences in sequences', '- - a\n  - - b\n    -   - c\n- -\n  - d: 1\n'],
    ['compact maps in sequences', 'x:\n  - a: 1\n    b:\n    - c\n  -   d: 2\n      e: 3\n  -\n    f: 4\n'],
    ['core schema scalars', 'a: []\nb: ~\nc: null\nd: True\ne: -12\nf: +3\ng: 007\nh: 2Gi\ni: "1"\nj: yes\nk: FALSE\nl: 99999999999999999999\n'],
    ['flow characters in plain scalars', 'a: b, c\nd: e]f\ng: h{i}\nk: x#y\nl: "q" # c\n'],
  ];
  for (const [name, text] of cases) it(`takes and agrees: ${name}`, () => expect(differential(text)).to.equal('fast'));

  it('declines what it does not mirror', () => {
    const declined = ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: {b: 1}\n', '? a\n: b\n', 'a: [b, [c]]\n', 'a: [ ]\n', 'a: [b,,c]\n', 'a: [b c]\n', 'a: [b\n', 'a:\tb\n',
      'a: b \n', 'a: 1\na: 2\n', 'a: 1.5\n', 'a: "\\q"\n', 'a: "\\x4"\n', 'a: "\\U00110000"\n', 'a: "x\\\n  y"\n', 'a: 0x1f\n', '1: a\n', 'a: b\n  c\n',  'a: 1\n---\n', 'a: - b\n', 'x:\n- - a: 1\n    c: #z\n\n  - n\n', 'x:\n  m: a\n   # c\ny: 1\n',
      // a comment at a mapping's own indentation after the kubectl list that ends it: the package
      // stretches the mapping's range over it (found by a random seed of the kubectl-like property)
      'm:\n  k: v\n  x:\n  - 1\n  #c\nz: 2\n', 'a:\n  - - k: v\n      x:\n      - 1\n      #c\n    - z\n', 'a: |2\n  x\n', 'a: b: c\n', 'a\n', '[]\n', 'a: 1\r\n', '...\n'];
    for (const t of declined) expect(parseFast(t), JSON.stringify(t)).to.equal(undefined);
  });

  // objects written the ways YAML writers do, then mutated character by character: kubectl-like
  // ones (which the fast path must mostly take) and wild ones (which it must decline or get right)
  const kubeKey = fc.constantFrom('name', 'kind', 'apiVersion', 'metadata', 'spec', 'interfaces', 'networks', 'vdpa', 'config', 'k8s.v1.cni.cncf.io/resourceName', 'a-b_c', 'x');
  const wildKey = fc.oneof(kubeKey, fc.string({ unit: fc.constantFrom('a', 'b', '1', '.', '/', '-', '_', ' ', ':', '#', '"'), minLength: 1, maxLength: 6 }));
  const kubeScalar = fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9./:-]{0,12}$/) },
    { weight: 2, arbitrary: fc.nat() },
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('{\n    "cniVersion": "0.3.0",\n    "type": "kube-ovn"\n}', 'line one\nline two\n\n  indented\nlast', 'trailing\n\n', 'two words', "it's"),
  );
  const wildScalar = fc.oneof(
    kubeScalar,
    fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 100)),
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', ':', '#', '-', "'", '"', '{', '}', '[', ']', ',', '0', '1', '.', '\t', '|', '>', '\\'), maxLength: 12 }),
    fc.integer(),
    fc.constantFrom(0.5, 1e21, -0),
  );
  const tree = (key: fc.Arbitrary<string>, leaf: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> => {
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    return fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });
  };
  const kubeWriter = fc.record({
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constant(0),
    blockQuote: fc.constantFrom(true, 'literal' as const, 'folded' as const),
    defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_SINGLE' as const),
    defaultKeyType: fc.constantFrom(null, 'PLAIN' as const),
  });
  const wildWriter = fc.record({
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
    blockQuote: fc.constantFrom(true, false, 'literal' as const, 'folded' as const),
    defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const, 'BLOCK_LITERAL' as const),
    defaultKeyType: fc.constantFrom(null, 'PLAIN' as const, 'QUOTE_DOUBLE' as const),
    flowCollectionPadding: fc.boolean(),
  });
  const edit = fc.record({
    at: fc.nat(),
    del: fc.nat({ max: 3 }),
    text: fc.constantFrom('', ' ', '  ', '\n', '\n\n', '#', ' # c', ':', ': ', '- ', '-', '\t', '"', "'", '|', '>-', '{}', '[]', '[a, b]', ', x', '{', '&a ', '*a', '!', 'a', '0', '---\n', '\n---\n', '~', '\\', ',', '\r', '  x: 1\n'),
  });
  const edits = fc.oneof(fc.constant([]), fc.array(edit, { minLength: 1, maxLength: 3 }));
  const stream = (docs: fc.Arbitrary<[Record<string, unknown>, object][]>): fc.Arbitrary<string> =>
    fc.tuple(docs, edits, fc.boolean()).map(([ds, es, marker]) => {
      let text = (marker ? '---\n' : '') + ds.map(([obj, opts]) => stringify(obj, opts)).join('---\n');
      for (const e of es) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.text + text.slice(at + e.del);
      }
      return text;
    });
  const kubeStreams = stream(fc.array(fc.tuple(tree(kubeKey, kubeScalar), kubeWriter), { minLength: 1, maxLength: 3 }));
  const wildStreams = stream(fc.array(fc.tuple(tree(wildKey, wildScalar), wildWriter), { minLength: 1, maxLength: 3 }));

  it('agrees with the yaml package on generated kubectl-like documents and their mutations, and takes most', function () {
    this.timeout(120_000);
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(kubeStreams, (text) => {
        runs++;
        if (differential(text) === 'fast') taken++;
      }),
      propertyRuns(2000),
    );
    // the generator must exercise the fast path, not only its declining
    expect(taken, `${taken} of ${runs} taken`).to.be.greaterThan(runs / 3);
  });

  it('agrees with the yaml package on wild documents and their mutations, or declines them', function () {
    this.timeout(120_000);
    fc.assert(fc.property(wildStreams, (text) => void differential(text)), propertyRuns(3000));
  });
});
