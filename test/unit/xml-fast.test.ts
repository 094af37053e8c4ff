import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parseXmlTree, parseXmlTreeSaxes } from '../../src/xml/document-parse.js';
import { parseXmlFast } from '../../src/xml/xml-fast.js';
import type { ParseOptions, XmlTree } from '../../src/xml/xml-tree.js';
import { filesMatching } from '../helpers.js';
import { propertyRuns } from '../property/seed.js';

// The fast reader (xml-fast.ts) against saxes (document-parse.ts parseXmlTreeSaxes): for any text,
// the fast reader either declines it or gives the very tree saxes gives (every field of every node,
// positions included), and saxes finds nothing wrong with it: it never takes a text saxes rejects.
// And parseXmlTree, which tries the fast reader first, answers exactly what saxes alone answers,
// errors included.

const QEMU = 'http://libvirt.org/schemas/domain/qemu/1.0';

/** 'fast' when the fast reader took the text (and agreed with saxes), else 'declined'. */
function differential(text: string, options?: ParseOptions): 'fast' | 'declined' {
  const saxes = parseXmlTreeSaxes(text, options);
  const fast = parseXmlFast(text, options);
  const shown = JSON.stringify(text.length > 2000 ? `${text.slice(0, 2000)}...` : text);
  // the wiring: the same answer as saxes alone, whoever read it
  expect(parseXmlTree(text, options), `parseXmlTree and saxes differ on ${shown}`).to.deep.equal(saxes);
  if (fast === undefined) return 'declined';
  expect('error' in saxes ? saxes.error : undefined, `the fast reader took what saxes rejects: ${shown}`).to.equal(undefined);
  const tree = (saxes as { tree: XmlTree }).tree;
  expect(fast, `the fast reader and saxes differ on ${shown}`).to.deep.equal(tree);
  // chai does not compare prototypes or tell -0 from 0; node's strict comparison does
  expect(isDeepStrictEqual(fast, tree), `not strictly equal on ${shown}`).to.equal(true);
  return 'fast';
}

const xmlFiles = [...filesMatching('fixtures', /\.xml$/), ...filesMatching('test', /\.xml$/)];

describe('XML fast reader', () => {
  it('finds the repository XML files', () => {
    // a walk that found none would make the next test pass on nothing
    expect(xmlFiles.length).to.be.greaterThan(100);
  });

  it('gives the tree saxes gives on every XML file in the repository (fixtures/, test/), taking all but the exotic', () => {
    const declined: string[] = [];
    for (const f of xmlFiles) if (differential(readFileSync(f, 'utf8')) === 'declined') declined.push(f);
    // exotic.xml has CDATA and a processing instruction; edit-5's expected result is its edit
    expect(declined).to.deep.equal(['test/data/domain-document/edit-5.expected.xml', 'test/data/domain-document/exotic.xml']);
  });

  it("reads the sidecar's domain (virt-launcher's shape) and a libvirt dumpxml itself", () => {
    expect(differential(readFileSync('test/data/sidecar/domain.xml', 'utf8'))).to.equal('fast');
    expect(differential(readFileSync('test/data/libvirt/seed.dumpxml.xml', 'utf8'))).to.equal('fast');
  });

  it('compares every field: a tree one column off is told apart', () => {
    // the comparison itself can fail: the test above is not vacuous
    const text = '<domain type="kvm">\n\t<name>x</name>\n</domain>\n';
    const tree = parseXmlFast(text)!;
    const off = { ...tree, root: { ...tree.root, children: [{ ...tree.root.children[0]!, col: 3 }] } };
    expect(isDeepStrictEqual(off, (parseXmlTreeSaxes(text) as { tree: XmlTree }).tree)).to.equal(false);
    expect(isDeepStrictEqual(tree, (parseXmlTreeSaxes(text) as { tree: XmlTree }).tree)).to.equal(true);
  });

  const taken: [string, string, ParseOptions?][] = [
    ['Go encoding/xml: tabs, ", references', '<domain type="kvm" xmlns:qemu="http://libvirt.org/schemas/domain/qemu/1.0">\n\t<name>a&#39;b&#34;c&amp;d&lt;e&gt;</name>\n\t<metadata>\n\t\t<kubevirt xmlns="http://kubevirt.io">\n\t\t\t<uid>u</uid>\n\t\t</kubevirt>\n\t</metadata>\n\t<devices>\n\t\t<disk type="file" device="disk"><source file="/a&#xA;b&#x9;c"></source></disk>\n\t</devices>\n\t<qemu:commandline>\n\t\t<qemu:arg value="-x"></qemu:arg>\n\t</qemu:commandline>\n</domain>'],
    ["libvirt: 2 spaces, ', <a/>", "<domain type='kvm' id='1'>\n  <name>n</name>\n  <devices>\n    <interface type='vdpa'>\n      <source dev='/dev/vhost-vdpa-0'/>\n      <mac address='52:54:00:00:00:01'/>\n    </interface>\n  </devices>\n</domain>\n"],
    ['an XML declaration and comments around the root', '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<a>x<!-- in -->y</a>\n<!-- after -->\n'],
    ['declaration forms saxes takes', "<?xml version = '1.0' standalone='no' ?><a/>"],
    ['white space in tags', '<a  b = "1"\n\tc=\'2\' >t</a >'],
    ['references of every kind', '<a b="&#65;&#x41;&#x1F600;&#9;&#10;&#13;&quot;&apos;">&#0000065;&lt;&gt;&amp;&apos;&quot;</a>'],
    ['non-ASCII text and values', '<a b="é€😀\u0085">ü\u2028x</a>'],
    ['attribute values with > and the other quote', `<a b='">' c="'>"/>`],
    ['a default namespace undeclared inside', '<a xmlns="u"><b xmlns=""><c/></b><d/></a>'],
    ['prefixes declared below the root, and xml:', '<a><p:b xmlns:p="u" p:x="1" x="2" xml:lang="en"><p:c/></p:b></a>'],
    ['the same local name in two namespaces', '<a xmlns:p="u" xmlns:q="v" p:x="1" q:x="2" x="3"/>'],
    ['a fragment with the prefixes it is given', "<qemu:arg value='-x'/>", { namespaces: { qemu: QEMU } }],
    ['a comment holding markup', '<a><!-- <b> & ]] --></a>'],
    ['a comment of one dash and a >', '<a><!--->--></a>'],
  ];
  for (const [name, text, options] of taken) it(`takes and agrees: ${name}`, () => expect(differential(text, options)).to.equal('fast'));

  it('declines what it does not check itself, and saxes then answers as it does alone', () => {
    const deep = `${'<a>'.repeat(65)}${'</a>'.repeat(65)}`;
    const declined: [string, string, ParseOptions?][] = [
      ['a DOCTYPE', '<!DOCTYPE a><a/>'],
      ['CDATA', '<a><![CDATA[x]]></a>'],
      ['a processing instruction', '<a><?pi x?></a>'],
      ['a processing instruction before the root', '<?pi x?><a/>'],
      ['XML 1.1', '<?xml version="1.1"?><a/>'],
      ['a declaration after white space', ' <?xml version="1.0"?><a/>'],
      ['a declaration without its version', '<?xml encoding="UTF-8"?><a/>'],
      ['CR LF', '<a>\r\n</a>'],
      ['a lone CR', '<a b="1"\r/>'],
      ['a byte order mark', '\ufeff<a/>'],
      ['a tab in an attribute value', '<a b="x\ty"/>'],
      ['a newline in an attribute value', '<a b="x\ny"/>'],
      ['an entity not predefined', '<a>&nbsp;</a>'],
      ['an unterminated reference', '<a b="&amp"/>'],
      ['a reference to NUL', '<a>&#0;</a>'],
      ['a reference with a capital X', '<a>&#X41;</a>'],
      ['a reference past U+10FFFF', '<a>&#x110000;</a>'],
      ['a reference with more digits than read', '<a>&#00000065;</a>'],
      ['a duplicate attribute', '<a b="1" b="2"/>'],
      ['a duplicate attribute through two prefixes', '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>'],
      ['an unbound element prefix', '<p:a/>'],
      ['an unbound attribute prefix', '<a p:b="1"/>'],
      ['an element in xmlns', '<xmlns:a/>'],
      ['an emptied prefix', '<a xmlns:p=""/>'],
      ['a reserved prefix declared', '<a xmlns:xml="http://www.w3.org/XML/1998/namespace"/>'],
      ['a padded namespace URI', '<a xmlns=" u"/>'],
      ['text after the root', '<a/>x'],
      ['a reference after the root', '<a/>&amp;'],
      ['a second root', '<a/><b/>'],
      [']]> in text', '<a>]]></a>'],
      ['-- in a comment', '<a><!-- a -- b --></a>'],
      ['a comment ending --->', '<a><!-- a ---></a>'],
      ['a non-ASCII name', '<é/>'],
      ['two colons in a name', '<a:b:c xmlns:a="u"/>'],
      ['a name ending in a colon', '<a: />'],
      ['an unclosed element', '<a><b></a>'],
      ['a mismatched end tag', '<a></b>'],
      ['an end tag longer than its element', '<a></ab>'],
      ['nesting at the depth limit', deep],
      ['no root', '<!-- c -->'],
      ['nothing', ''],
      ['U+FFFE', '<a>\ufffe</a>'],
      ['a lone surrogate', '<a>\ud800x</a>'],
      ['a control character', '<a>\u0001</a>'],
      ['no space between attributes', '<a b="1"c="2"/>'],
      ['an unquoted value', '<a b=1/>'],
      ['an attribute without a value', '<a b/>'],
      ['< in a value', '<a b="<"/>'],
      ['a space before />', '<a/ >'],
      ['a fragment given the xml prefix', '<a/>', { namespaces: { xml: 'http://www.w3.org/XML/1998/namespace' } }],
      ['a name character JavaScript calls white space (U+FEFF)', '<a b\ufeff="1"/>'],
      ['a fragment given an empty namespace', '<p:a/>', { namespaces: { p: '' } }],
    ];
    for (const [name, text, options] of declined) {
      expect(parseXmlFast(text, options), name).to.equal(undefined);
      expect(() => differential(text, options), name).not.to.throw();
    }
  });

  // Documents as the two writers would write them, from generated trees
  interface Gen {
    name: string;
    attrs: readonly (readonly [string, string])[];
    xmlns?: string | undefined;
    kids: readonly (Gen | string)[];
  }
  interface Style {
    indent: string;
    quote: '"' | "'";
    selfClose: boolean;
    go: boolean;
    decl: boolean;
    comment: boolean;
    trailingNewline: boolean;
  }
  const goEscape = (s: string): string =>
    s.replace(/[&<>"'\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' })[c]!);
  const libvirtEscape = (s: string, attr: boolean): string =>
    s.replace(/[&<>"'\t\n\r]/g, (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': attr ? '&quot;' : '"', "'": attr ? '&apos;' : "'", '\t': attr ? '&#9;' : '\t', '\n': attr ? '&#10;' : '\n', '\r': '&#13;' })[c]!);
  const write = (g: Gen, st: Style, depth: number): string => {
    const esc = (s: string, attr: boolean): string => (st.go ? goEscape(s) : libvirtEscape(s, attr));
    const attrs = [...(g.xmlns !== undefined ? [['xmlns', g.xmlns] as const] : []), ...g.attrs];
    const open = `<${g.name}${attrs.map(([k, v]) => ` ${k}=${st.quote}${esc(v, true)}${st.quote}`).join('')}`;
    if (g.kids.length === 0) return st.selfClose ? `${open}/>` : `${open}></${g.name}>`;
    if (g.kids.every((k) => typeof k !== 'string')) {
      const inner = st.indent.repeat(depth + 1);
      return `${open}>${g.kids.map((k) => `\n${inner}${write(k as Gen, st, depth + 1)}`).join('')}\n${st.indent.repeat(depth)}</${g.name}>`;
    }
    return `${open}>${g.kids.map((k) => (typeof k === 'string' ? esc(k, false) : write(k, st, depth + 1))).join('')}</${g.name}>`;
  };
  const documentOf = (g: Gen, st: Style): string =>
    `${st.decl ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}${st.comment ? '<!-- generated -->\n' : ''}${write(g, st, 0)}${st.trailingNewline ? '\n' : ''}`;

  const ELEMENTS = ['domain', 'name', 'devices', 'interface', 'disk', 'source', 'alias', 'address', 'driver', 'entry', 'a', 'b_c', 'x-y', 'v1.2', '_u', 'qemu:arg', 'qemu:commandline'];
  const ATTRS = ['type', 'name', 'dev', 'bus', 'slot', 'managed', 'unit', 'x-y', 'a.b', '_z', 'qemu:value'];
  const textChar = fc.constantFrom('a', 'Z', '0', ' ', '-', '/', ':', '.', '&', '<', '>', '"', "'", '\t', '\n', 'é', '€', '😀', '\u0085', '=', ';', '#', ']', '[');
  const text = fc.string({ unit: textChar, maxLength: 10 });
  const attrList = fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRS), text), { maxLength: 4, selector: ([k]) => k });
  const gen = fc.letrec<{ node: Gen }>((tie) => ({
    node: fc.record({
      name: fc.constantFrom(...ELEMENTS),
      attrs: attrList,
      xmlns: fc.option(fc.constantFrom('http://kubevirt.io', 'urn:x', ''), { nil: undefined }),
      kids: fc.oneof(
        { depthSize: 'small' },
        fc.constant([]),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.array(fc.oneof(text, tie('node')), { maxLength: 4 }),
      ),
    }),
  })).node;
  const style = fc.record({
    indent: fc.constantFrom('\t', '  '),
    quote: fc.constantFrom('"' as const, "'" as const),
    selfClose: fc.boolean(),
    go: fc.boolean(),
    decl: fc.boolean(),
    comment: fc.boolean(),
    trailingNewline: fc.boolean(),
  });
  // the root declares qemu: when the tree uses it, as libvirt writes it
  const docs = fc.tuple(gen, style).map(([g, st]) => documentOf({ ...g, xmlns: undefined, attrs: [['xmlns:qemu', QEMU], ...g.attrs.filter(([k]) => k !== 'xmlns:qemu')] }, st));

  it('takes every generated document of the two writers, with the tree saxes gives', function () {
    this.timeout(120_000);
    fc.assert(fc.property(docs, (t) => void expect(differential(t)).to.equal('fast')), propertyRuns(1500));
  });

  // Mutations: characters deleted, inserted, duplicated; the reader declines or agrees, never takes what saxes rejects
  const INSERTS = ['<', '>', '&', '"', "'", '/', '=', ' ', '\t', '\n', '\r', ':', 'a', 'é', '&amp;', '&#0;', '&#x41;', '&#X41;', '&bogus;', '&#39;', '<!--', '-->', '--', ']]>', '<![CDATA[x]]>',
    '<?pi x?>', '<?xml version="1.0"?>', '<!DOCTYPE d>', ' xmlns:q="u"', ' xmlns=""', ' xmlns:q=""', ' q:a="1"', ' a="1"', " a='1'", ' type="x"', '\ufeff', '\u0000', '\ud800', '😀', '</a>', '<a>', '<b/>', 'q:', 'xmlns:', '<q:b/>'];
  const edit = fc.record({
    at: fc.nat(),
    del: fc.nat({ max: 3 }),
    insert: fc.oneof(fc.constantFrom(...INSERTS), fc.constant('')),
    dup: fc.nat({ max: 12 }),
  });
  const mutate = (t: string, edits: { at: number; del: number; insert: string; dup: number }[]): string => {
    for (const e of edits) {
      const at = e.at % (t.length + 1);
      // a duplicated stretch of the text itself (a tag, a quote, a name) or an inserted string
      const ins = e.insert === '' ? t.slice(at, at + e.dup) : e.insert;
      t = t.slice(0, at) + ins + t.slice(at + e.del);
    }
    return t;
  };
  const edits = fc.array(edit, { minLength: 1, maxLength: 3 });

  it('declines or agrees on mutated generated documents, and takes some of them', function () {
    this.timeout(120_000);
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(docs, edits, (t, es) => {
        runs++;
        if (differential(mutate(t, es)) === 'fast') fast++;
      }),
      propertyRuns(3000),
    );
    // mutations that keep a document well-formed (white space, duplicated text) must still be read fast
    expect(fast, `${fast} of ${runs} taken`).to.be.greaterThan(runs / 10);
  });

  it('declines or agrees on mutated repository XML files', function () {
    this.timeout(120_000);
    const texts = xmlFiles.map((f) => readFileSync(f, 'utf8'));
    fc.assert(fc.property(fc.nat({ max: texts.length - 1 }), edits, (i, es) => void differential(mutate(texts[i]!, es))), propertyRuns(800));
  });

  it('declines or agrees on fragments given namespaces, mutated', function () {
    this.timeout(60_000);
    const fragments = ["<qemu:arg value='-x'/>", '<interface type="vdpa">\n\t<source dev="/dev/vhost-vdpa-0"></source>\n\t<qemu:x/>\n</interface>', '<a xmlns:qemu="urn:other"><qemu:b/></a>'];
    const namespaces = fc.constantFrom<ParseOptions>({}, { namespaces: { qemu: QEMU } }, { namespaces: { qemu: QEMU, '': 'urn:d' } });
    fc.assert(fc.property(fc.constantFrom(...fragments), namespaces, fc.array(edit, { maxLength: 2 }), (f, o, es) => void differential(mutate(f, es), o)), propertyRuns(1500));
  });
});
