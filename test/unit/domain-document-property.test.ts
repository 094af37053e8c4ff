import { expect } from 'chai';
import fc from 'fast-check';
import type { XmlNode } from '../../src/xml/document-parse.js';
import { parseDomainDocument } from '../../src/xml/document.js';
import { propertyRuns } from '../property/seed.js';

// Generated well-formed documents, each built from pieces that know both how they are written and
// what a parser must read from them: parse → toString is the identity, every element's start and
// end tag span is exactly the text that was generated for it, and names, decoded attribute values
// and decoded text are what the pieces say. A second property edits generated domains.


interface Piece {
  raw: string;
  /** what a parser reads from it */
  value: string;
}
interface Gen {
  name: string;
  open: string;
  close: string;
  attrs: [string, string][];
  text: string;
  children: Gen[];
  /** the element as written */
  raw: string;
}

const ENTITIES: Piece[] = [
  { raw: '&amp;', value: '&' }, { raw: '&lt;', value: '<' }, { raw: '&gt;', value: '>' }, { raw: '&quot;', value: '"' },
  { raw: '&apos;', value: "'" }, { raw: '&#38;', value: '&' }, { raw: '&#x1F600;', value: '😀' }, { raw: '&#x9;', value: '\t' },
];
const plain = (chars: string): fc.Arbitrary<Piece> =>
  fc.string({ unit: fc.constantFrom(...[...chars]), maxLength: 6 }).map((s) => ({ raw: s, value: s }));
const join = (ps: Piece[]): Piece => ({ raw: ps.map((p) => p.raw).join(''), value: ps.map((p) => p.value).join('') });
const space = fc.constantFrom('', '\n', '\r\n', '\t', '  ', '\n\t\t', '\r\n    ');

// XML 1.0 §3.3.3: a literal tab, CR, LF or CR LF in an attribute value is read as one space
const attrValue = (quote: string): fc.Arbitrary<Piece> =>
  fc.array(fc.oneof(plain(`ab z-/:.=😀>${quote === '"' ? "'" : '"'}`), fc.constantFrom(...ENTITIES),
    fc.constantFrom({ raw: '\t', value: ' ' }, { raw: '\r\n', value: ' ' }, { raw: '\n', value: ' ' })), { maxLength: 4 }).map(join);

// §2.11: CR LF and a lone CR in text are read as LF
const textPiece: fc.Arbitrary<Piece> = fc.oneof(
  plain('ab z-/:.=😀>"\''),
  fc.constantFrom(...ENTITIES, { raw: '\r\n', value: '\n' }, { raw: '\n', value: '\n' }),
  plain('<&]x ').filter((s) => !s.raw.includes(']]')).map((s) => ({ raw: `<![CDATA[${s.raw}]]>`, value: s.value })),
  plain('<>&x ').filter((s) => !s.raw.includes('-')).map((s) => ({ raw: `<!--${s.raw}-->`, value: '' })),
  plain('x <>').map((s) => ({ raw: `<?pi ${s.raw}?>`, value: '' })),
);

const NAMES = ['a', 'b', 'disk', 'interface', 'x-y.z', 'qemu:arg', 'élan'];
const { el: element } = fc.letrec<{ el: Gen }>((tie) => ({
  el: fc
    .record({
      name: fc.constantFrom(...NAMES),
      attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('type', 'name', 'dev', 'qemu:v', 'x'), fc.constantFrom('"', "'"), space, space), { selector: (a) => a[0], maxLength: 3 }),
      values: fc.array(fc.tuple(attrValue('"'), attrValue("'")), { minLength: 3, maxLength: 3 }),
      content: fc.array(fc.oneof({ depthSize: 'small' }, textPiece, tie('el')), { maxLength: 4 }),
      selfClose: fc.boolean(),
      tail: space,
    })
    .map(({ name, attrs, values, content, selfClose, tail }): Gen => {
      const written = attrs.map(([n, q, s1, s2], i) => {
        const v = (values[i] as [Piece, Piece])[q === '"' ? 0 : 1];
        return { text: ` ${n}${s1}=${s2}${q}${v.raw}${q}`, pair: [n, v.value] as [string, string] };
      });
      const open = `<${name}${written.map((w) => w.text).join('')}${tail}`;
      const children = content.filter((c): c is Gen => 'children' in c);
      const text = content.map((c) => ('children' in c ? '' : c.value)).join('');
      const inner = content.map((c) => c.raw).join('');
      const attrsOut = written.map((w) => w.pair);
      if (content.length === 0 && selfClose) return { name, open: `${open}/>`, close: '', attrs: attrsOut, text, children, raw: `${open}/>` };
      return { name, open: `${open}>`, close: `</${name}>`, attrs: attrsOut, text, children, raw: `${open}>${inner}</${name}>` };
    }),
}));

const document = fc
  .record({
    decl: fc.constantFrom('', '<?xml version="1.0"?>\n', "<?xml version='1.0' encoding='UTF-8'?>\r\n"),
    before: fc.constantFrom('', '<!-- c -->\n', '<?pi x?>\n\n'),
    root: element,
    after: fc.constantFrom('', '\n', '\n<!-- end -->\n'),
  })
  .map(({ decl, before, root, after }) => {
    // the root is a <domain> that declares the qemu prefix the generated names use
    const open = root.open.replace(/^<[^\s/>]+/, "<domain xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'");
    const close = root.close === '' ? '' : '</domain>';
    const rootRaw = open + root.raw.slice(root.open.length, root.raw.length - root.close.length) + close;
    const gen: Gen = { ...root, name: 'domain', open, close, raw: rootRaw, attrs: [['xmlns:qemu', 'http://libvirt.org/schemas/domain/qemu/1.0'], ...root.attrs] };
    return { text: decl + before + rootRaw + after, gen };
  });

function compare(text: string, node: XmlNode, gen: Gen): void {
  expect(node.name).to.equal(gen.name);
  expect(text.slice(node.start, node.startTagEnd)).to.equal(gen.open);
  expect(text.slice(node.endTagStart, node.end)).to.equal(gen.close);
  expect(text.slice(node.start, node.end)).to.equal(gen.raw);
  expect(node.attributes.map((a) => [a.name, a.value])).to.deep.equal(gen.attrs);
  expect(node.text).to.equal(gen.text);
  expect(node.children.length).to.equal(gen.children.length);
  node.children.forEach((c, i) => compare(text, c, gen.children[i] as Gen));
}

describe('xml/document property: generated documents', () => {
  it('parse → toString is the identity, and every span, name, value and text is the generated one', () => {
    fc.assert(
      fc.property(document, ({ text, gen }) => {
        const r = parseDomainDocument(text);
        if ('error' in r) throw new Error(`${r.error.line}:${r.error.col}: ${r.error.message}`);
        expect(r.doc.toString()).to.equal(text);
        compare(text, r.doc.root, gen);
      }),
      propertyRuns(300),
    );
  });

  const DEVICE_NAMES = ['emulator', 'disk', 'controller', 'interface', 'serial', 'video', 'hostdev', 'memballoon', 'unknown'];
  const domain = fc
    .record({
      indent: fc.constantFrom('  ', '\t', '    '),
      newline: fc.constantFrom('\n', '\r\n'),
      quote: fc.constantFrom('"', "'"),
      devices: fc.array(fc.tuple(fc.constantFrom(...DEVICE_NAMES), fc.option(fc.constantFrom('ua-a', 'ua-b', 'ua-c', 'ua-d'))), { maxLength: 8 }),
    })
    .map(({ indent, newline, quote, devices }) => {
      const seen = new Set<string>();
      const lines = devices.map(([name, alias]) => {
        const unique = alias !== null && !seen.has(alias) ? (seen.add(alias), alias) : null;
        const a = unique === null ? '' : `${newline}${indent.repeat(3)}<alias name=${quote}${unique}${quote}/>${newline}${indent.repeat(2)}`;
        return `${indent.repeat(2)}<${name} type=${quote}t${quote}>${a}</${name}>`;
      });
      return [`<domain type=${quote}kvm${quote}>`, `${indent}<name>n</name>`, `${indent}<devices>`, ...lines, `${indent}</devices>`, '</domain>'].join(newline);
    });

  it('replace-or-insert by alias: twice is once, and only the device\'s span changes', () => {
    fc.assert(
      fc.property(domain, fc.constantFrom('ua-a', 'ua-c', 'ua-new'), fc.constantFrom('/dev/vhost-vdpa-1', `/dev/x'"&`), (text, alias, dev) => {
        const d = parseDomainDocument(text);
        if ('error' in d) throw new Error(d.error.message);
        const esc = dev.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        const fragment = `<interface type="vdpa">\n  <source dev="${esc}"/>\n  <alias name="${alias}"/>\n</interface>`;
        const once = d.doc.upsertDevice(alias, fragment);
        if ('error' in once) throw new Error(once.error.message);
        const twice = once.doc.upsertDevice(alias, fragment);
        if ('error' in twice) throw new Error(twice.error.message);
        const out = once.doc.toString();
        expect(twice.doc.toString()).to.equal(out);
        // what changed lies inside the replaced device's span, or inside <devices> for an insert
        const target = d.doc.findDeviceByAlias(alias)?.node;
        const devices = d.doc.devicesElement!;
        const [from, to] = target ? [target.start, target.end] : [devices.startTagEnd, devices.endTagStart];
        let head = 0;
        while (head < text.length && out[head] === text[head]) head++;
        let tail = 0;
        while (tail < text.length - head && out[out.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
        expect([head >= from, text.length - tail <= to, out.length > text.length - (to - from)]).to.deep.equal([true, true, true]);
        // the device reads back with the value it was given, and every other device is still there in order
        const found = once.doc.findDeviceByAlias(alias);
        expect(found?.node.children.find((c) => c.name === 'source')?.attributes[0]?.value).to.equal(dev);
        const names = (x: typeof d.doc): string[] => x.devices().map((v) => `${v.name}#${v.alias ?? ''}`);
        const rest = names(once.doc).filter((_, i) => i !== found?.index);
        expect(rest).to.deep.equal(names(d.doc).filter((v) => !v.endsWith(`#${alias}`)));
      }),
      propertyRuns(300),
    );
  });
});
