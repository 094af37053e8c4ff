import { expect } from 'chai';
import { SaxesParser } from 'saxes';
import { XmlDocument } from '../../src/xml/builder.js';

/** What a conforming parser reads back: the attributes and text of each element, in order. */
function readBack(xml: string): string[] {
  const p = new SaxesParser({ xmlns: true });
  const out: string[] = [];
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (t) => out.push(`<${t.local} ns=${t.uri} ${Object.values(t.attributes).filter((a) => a.local !== 'xmlns' && a.prefix !== 'xmlns').map((a) => `${a.local}=${JSON.stringify(a.value)}`).join(' ')}`));
  p.on('text', (t) => void (t.trim() && out.push(`text ${JSON.stringify(t)}`)));
  p.write(xml).close();
  return out;
}

describe('xml/builder', () => {
  it('writes the fixtures\' format: 2-space indent, <a/> when empty, text on one line', () => {
    const doc = new XmlDocument();
    const d = doc.ele('domain', { type: 'kvm' });
    d.ele('name').txt('x');
    d.ele('devices').ele('acpi');
    d.ele('empty').txt('');
    d.ele('metadata').ele('http://kubevirt.io', 'kubevirt').ele('http://kubevirt.io', 'uid').txt('u');
    expect(doc.end()).to.equal(
      '<domain type="kvm">\n  <name>x</name>\n  <devices>\n    <acpi/>\n  </devices>\n  <empty/>\n  <metadata>\n' +
        '    <kubevirt xmlns="http://kubevirt.io">\n      <uid>u</uid>\n    </kubevirt>\n  </metadata>\n</domain>',
    );
  });

  it('escapes every string so a parser reads back exactly what went in', () => {
    const nasty = ['<>&\'"', '&amp;', '&#0;', '&lt;/domain&gt;', ']]>', 'a\tb\nc\rd', '😀\u0085\u2028'];
    const doc = new XmlDocument();
    const root = doc.ele('r');
    for (const s of nasty) root.ele('e', { a: s }).txt(s);
    expect(readBack(doc.end())).to.deep.equal([
      '<r ns= ',
      ...nasty.flatMap((s) => [`<e ns= a=${JSON.stringify(s)}`, `text ${JSON.stringify(s)}`]),
    ]);
  });

  it('puts children in their parent\'s namespace unless told otherwise', () => {
    const doc = new XmlDocument();
    doc.ele('a').ele('urn:x', 'b').ele('c');
    expect(doc.end()).to.equal('<a>\n  <b xmlns="urn:x">\n    <c/>\n  </b>\n</a>');
    expect(readBack(doc.end())).to.deep.equal(['<a ns= ', '<b ns=urn:x ', '<c ns=urn:x ']);
  });

  it('throws (a bug, not an input problem) on a character XML cannot carry', () => {
    const doc = new XmlDocument();
    doc.ele('a').txt('x\u0001');
    expect(() => doc.end()).to.throw('U+0001 reached the XML builder');
  });
});
