import { xmlInvalidChar } from '../source/xml-chars.js';

// The XML builder every string of the output goes through. A small one: the domain is elements,
// attributes and text only, and xmlbuilder2's DOM made up half of a render's time and half of the
// start-up (issue #6). Its output format is the one the fixtures hold (2-space indent, `<a/>` for
// empty elements, text-only elements on one line, no XML declaration).
//
// Escaping: in text & < >; in attribute values also " and the tab, newline and carriage return a
// parser would otherwise normalise away. Every & is escaped, so a value that looks like an entity
// (`&amp;`, `&#0;`) comes back from a parser exactly as it went in. A character XML cannot carry
// at all is a bug here: the loaders refuse such strings (INVALID_CHARACTER) before they get this far.

const TEXT = /[&<>\r]/g;
const ATTR = /[&<>"\t\n\r]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;',
};

function escape(s: string, re: RegExp): string {
  if (plain(s)) return s;
  const bad = xmlInvalidChar(s);
  if (bad) throw new Error(`internal error: ${bad} reached the XML builder`);
  return s.replace(re, (c) => ENTITIES[c]!);
}

/**
 * Whether s has nothing to escape and nothing XML cannot carry (every character in U+0020..U+D7FF
 * but & < > "): what almost every value of a domain is, so it is returned as it is, without a
 * regular expression run (or compiled) for it.
 */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0xd800 || c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22) return false;
  }
  return true;
}

/** An element under construction: add children with ele() and txt(), in document order. */
export class XmlElement {
  private readonly children: (XmlElement | string)[] = [];

  constructor(
    readonly name: string,
    private readonly attrs: Readonly<Record<string, string>>,
    /** the default namespace the element is in; children inherit it */
    readonly ns: string | null,
    private readonly parentNs: string | null,
  ) {}

  /** Adds a child element, in this element's namespace or (`ele(ns, name, attrs)`) in another. */
  ele(name: string, attrs?: Readonly<Record<string, string>>): XmlElement;
  ele(ns: string, name: string, attrs?: Readonly<Record<string, string>>): XmlElement;
  ele(a: string, b?: string | Readonly<Record<string, string>>, c?: Readonly<Record<string, string>>): XmlElement {
    const child = typeof b === 'string' ? new XmlElement(b, c ?? {}, a, this.ns) : new XmlElement(a, b ?? {}, this.ns, this.ns);
    this.children.push(child);
    return child;
  }

  /** Adds text; returns this element, as xmlbuilder2's txt() did. */
  txt(text: string): XmlElement {
    this.children.push(text);
    return this;
  }

  /** Appends this element's lines at `depth` levels of indentation. */
  write(depth: number, out: string[]): void {
    const indent = '  '.repeat(depth);
    let open = `<${this.name}`;
    if (this.ns !== this.parentNs) open += ` xmlns="${escape(this.ns ?? '', ATTR)}"`;
    const attrs = this.attrs;
    for (const k in attrs) open += ` ${k}="${escape(attrs[k]!, ATTR)}"`;
    let text = '';
    let elements = 0;
    for (const c of this.children) {
      if (typeof c === 'string') text += c;
      else elements++;
    }
    if (elements === 0) {
      out.push(text === '' ? `${indent}${open}/>` : `${indent}${open}>${escape(text, TEXT)}</${this.name}>`);
      return;
    }
    out.push(`${indent}${open}>`);
    // mixed content never occurs in a domain; text before the children keeps it from being lost
    if (text !== '') out.push(`${indent}  ${escape(text, TEXT)}`);
    for (const e of this.children) if (typeof e !== 'string') e.write(depth + 1, out);
    out.push(`${indent}</${this.name}>`);
  }
}

/** A document: its top-level elements, serialized one after the other (a domain has one). */
export class XmlDocument {
  private readonly roots: XmlElement[] = [];

  ele(name: string, attrs?: Readonly<Record<string, string>>): XmlElement;
  ele(ns: string, name: string, attrs?: Readonly<Record<string, string>>): XmlElement;
  ele(a: string, b?: string | Readonly<Record<string, string>>, c?: Readonly<Record<string, string>>): XmlElement {
    const root = typeof b === 'string' ? new XmlElement(b, c ?? {}, a, null) : new XmlElement(a, b ?? {}, null, null);
    this.roots.push(root);
    return root;
  }

  /** The document as text, without a trailing newline. */
  end(): string {
    const out: string[] = [];
    for (const r of this.roots) r.write(0, out);
    return out.join('\n');
  }
}

/** What element writers add children to: an element, or the document for a fragment's root. */
export type XmlParent = Pick<XmlElement, 'ele'>;
