// A small XML tree for the libvirt domain documents the conformance runner reads and rewrites:
// elements, attributes and text; comments, processing instructions and the prolog are dropped.

export interface XmlElement {
  tag: string;
  attrs: [string, string][];
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function encode(s: string, attr: boolean): string {
  const t = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attr ? t.replace(/'/g, '&apos;') : t;
}

/** Parses a document and returns its root element; throws on malformed input. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (msg: string): never => {
    throw new Error(`XML: ${msg} at offset ${i}`);
  };
  while (i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
    } else if (text.startsWith('<?', i) || text.startsWith('<!', i)) {
      const end = text.indexOf('>', i);
      if (end < 0) fail('unterminated declaration');
      i = end + 1;
    } else if (text.startsWith('</', i)) {
      const end = text.indexOf('>', i);
      const tag = text.slice(i + 2, end).trim();
      const top = stack.pop();
      if (!top || top.tag !== tag) fail(`unexpected </${tag}>`);
      i = end + 1;
    } else if (text[i] === '<') {
      const m = /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(i, i + 200));
      if (!m) fail('bad tag');
      const el: XmlElement = { tag: m![1]!, attrs: [], children: [] };
      i += m![0].length;
      for (;;) {
        while (/\s/.test(text[i] ?? '')) i++;
        if (text.startsWith('/>', i)) {
          i += 2;
          attach(el, false);
          break;
        }
        if (text[i] === '>') {
          i++;
          attach(el, true);
          break;
        }
        const am = /^([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(text.slice(i));
        if (!am) fail(`bad attribute in <${el.tag}>`);
        el.attrs.push([am![1]!, decode(am![3] ?? am![4] ?? '')]);
        i += am![0].length;
      }
    } else {
      const end = text.indexOf('<', i);
      const raw = text.slice(i, end < 0 ? text.length : end);
      if (stack.length && raw.trim() !== '') stack[stack.length - 1]!.children.push(decode(raw));
      i = end < 0 ? text.length : end;
    }
  }
  if (!root || stack.length) fail('incomplete document');
  return root!;

  function attach(el: XmlElement, open: boolean): void {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (!root) root = el;
    else fail('a second root element');
    if (open) stack.push(el);
  }
}

/** Serializes with two-space indentation (text-only elements stay on one line). */
export function serializeXml(el: XmlElement, indent = ''): string {
  const attrs = el.attrs.map(([k, v]) => ` ${k}='${encode(v, true)}'`).join('');
  if (el.children.length === 0) return `${indent}<${el.tag}${attrs}/>\n`;
  if (el.children.every((c) => typeof c === 'string')) {
    return `${indent}<${el.tag}${attrs}>${el.children.map((c) => encode(c as string, false)).join('')}</${el.tag}>\n`;
  }
  let out = `${indent}<${el.tag}${attrs}>\n`;
  for (const c of el.children) out += typeof c === 'string' ? `${indent}  ${encode(c.trim(), false)}\n` : serializeXml(c, `${indent}  `);
  return `${out}${indent}</${el.tag}>\n`;
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find(([k]) => k === name)?.[1];
}

export function setAttr(el: XmlElement, name: string, value: string): void {
  const a = el.attrs.find(([k]) => k === name);
  if (a) a[1] = value;
  else el.attrs.push([name, value]);
}

export function elements(el: XmlElement, tag?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (tag === undefined || c.tag === tag));
}

export function child(el: XmlElement, tag: string): XmlElement | undefined {
  return elements(el, tag)[0];
}

export function text(el: XmlElement | undefined): string {
  return el ? el.children.filter((c): c is string => typeof c === 'string').join('') : '';
}

export function clone(el: XmlElement): XmlElement {
  return { tag: el.tag, attrs: el.attrs.map(([k, v]) => [k, v]), children: el.children.map((c) => (typeof c === 'string' ? c : clone(c))) };
}
