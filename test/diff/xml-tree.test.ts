import { expect } from 'chai';
import { MAX_XML_DEPTH, parseXml } from '../../src/diff/xml-tree.js';

describe('parseXml', () => {
  it('keeps names, namespaces, attributes, trimmed text and start positions; drops comments', () => {
    const r = parseXml("<?xml version='1.0'?>\n<domain type='kvm'>\n  <!-- a comment -->\n  <name> vm </name>\n  <metadata><k:kubevirt xmlns:k='http://kubevirt.io'/></metadata>\n</domain>\n");
    expect(r).to.deep.equal({
      root: {
        name: 'domain',
        ns: null,
        attrs: new Map([['type', 'kvm']]),
        text: '',
        line: 2,
        col: 1,
        children: [
          { name: 'name', ns: null, attrs: new Map(), text: 'vm', children: [], line: 4, col: 3 },
          {
            name: 'metadata',
            ns: null,
            attrs: new Map(),
            text: '',
            line: 5,
            col: 3,
            children: [{ name: 'kubevirt', ns: 'http://kubevirt.io', attrs: new Map(), text: '', children: [], line: 5, col: 13 }],
          },
        ],
      },
    });
  });

  it('reports the first problem with its line and column', () => {
    expect(parseXml('<domain>\n  <a>\n</domain>')).to.deep.equal({ problem: { message: 'Opening and ending tag mismatch: "a" != "domain"', line: 2, col: 6 } });
    expect(parseXml('')).to.deep.equal({ problem: { message: 'missing root element', line: 1, col: 1 } });
    expect(parseXml('<domain>&nbsp;</domain>')).to.deep.include.keys('problem');
  });

  it('refuses nesting far deeper than any domain, without exhausting the stack', () => {
    const deep = `${'<a>'.repeat(100000)}${'</a>'.repeat(100000)}`;
    expect(parseXml(deep)).to.deep.equal({ problem: { message: `elements nested more than ${MAX_XML_DEPTH} deep`, line: 1, col: 97 } });
  });
});
