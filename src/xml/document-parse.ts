import { SaxesParser, type SaxesTagNS } from 'saxes';
import { parseXmlFast } from './xml-fast.js';
import { MAX_XML_BYTES, MAX_XML_DEPTH, type MutableNode, type ParseOptions, type XmlAttribute, type XmlNode, type XmlParseError, type XmlTree } from './xml-tree.js';

// Reads XML text into a tree of element spans over the ORIGINAL text, so that an edited document
// can be written back by copying every untouched byte (document.ts). Tokenizing is saxes's job:
// a strict, maintained, dependency-light (xmlchars only) XML 1.0 + namespaces parser whose
// `position` is a plain JavaScript string index, which is what a span needs. It fires each
// markup event (tag, comment, CDATA, PI, declaration) just after the markup's closing `>`; a
// markup starts at the first `<` after the previous markup, because character data cannot hold a
// literal `<`. So every element's start tag, end tag and content are known exactly.
//
// Input problems are returned, never thrown: the first error, with a 1-based line and column
// (in UTF-16 code units, as src/load/source.ts counts them) and the 0-based offset.

export type { ParseOptions, XmlAttribute, XmlNode, XmlParseError, XmlTree } from './xml-tree.js';
export { MAX_XML_BYTES, MAX_XML_DEPTH } from './xml-tree.js';

/** Thrown inside a handler to stop saxes at the first problem; caught in parseXmlTree. */
class Stop {
  constructor(readonly error: XmlParseError) {}
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  // CR LF, lone CR and lone LF each end a line, as XML 1.0 §2.11 and saxes count them
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function locate(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (lineStarts[lo] as number) + 1 };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// XML's white space, not JavaScript's \s: U+FEFF and U+1680 are \s but name characters to saxes
const ATTRIBUTE = /([^ \t\n\r=]+)[ \t\n\r]*=[ \t\n\r]*(?:"([^"]*)"|'([^']*)')/gy;

/** The attributes of a start tag saxes accepted, with their raw text, in the order written. */
function rawAttributes(text: string, from: number, to: number, tag: SaxesTagNS): XmlAttribute[] {
  const out: XmlAttribute[] = [];
  const re = ATTRIBUTE;
  const tagText = text.slice(from, to);
  let i = 1 + tag.name.length;
  for (;;) {
    while (i < tagText.length && /[ \t\n\r]/.test(tagText[i] as string)) i++;
    re.lastIndex = i;
    const m = re.exec(tagText);
    if (!m) break;
    const name = m[1] as string;
    const raw = m[2] ?? (m[3] as string);
    const value = tag.attributes[name]?.value;
    if (value === undefined) throw new Error(`internal error: saxes has no attribute ${name}`);
    out.push({ name, value, raw, quote: m[2] !== undefined ? '"' : "'" });
    i = re.lastIndex;
  }
  return out;
}

// saxes prefixes its messages with `line:col: ` (and a file name, which we never give it)
function saxesMessage(e: Error): string {
  return e.message.replace(/^\d+:\d+: /, '');
}

/** Parses a whole XML document (one root element) into a span tree, or returns its first error. */
export function parseXmlTree(text: string, options: ParseOptions = {}): { tree: XmlTree } | { error: XmlParseError } {
  return parseXml(text, options, true);
}

/** parseXmlTree with saxes alone: the judge of the fast reader (test/unit/xml-fast.test.ts). */
export function parseXmlTreeSaxes(text: string, options: ParseOptions = {}): { tree: XmlTree } | { error: XmlParseError } {
  return parseXml(text, options, false);
}

function parseXml(text: string, options: ParseOptions, tryFast: boolean): { tree: XmlTree } | { error: XmlParseError } {
  if (Buffer.byteLength(text, 'utf8') > MAX_XML_BYTES) {
    return { error: { message: `the XML is over ${MAX_XML_BYTES / 1024 / 1024} MiB`, line: 1, col: 1, offset: 0 } };
  }
  // the shapes virt-launcher and libvirt write, read without saxes (the sidecar's main cost); what
  // that reader declines, saxes reads, with its messages and positions
  const fast = tryFast ? parseXmlFast(text, options) : undefined;
  if (fast) return { tree: fast };
  const lineStarts = lineStartsOf(text);
  const fail = (message: string, offset: number): Stop => {
    const o = Math.max(0, Math.min(offset, text.length));
    return new Stop({ message, ...locate(lineStarts, o), offset: o });
  };
  // saxes pairs a high surrogate with whatever code unit follows it, so a lone one swallows the
  // next character (a `<` too) and every position after it is off. XML 1.0 §2.2: a surrogate is
  // not a Char. Text decoded from UTF-8 never holds one; a string handed to the API can.
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const code = (text.charCodeAt(lone.index) as number).toString(16).toUpperCase();
    return { error: fail(`an unpaired surrogate U+${code} is not an XML character: the text is not UTF-16 of Unicode characters`, lone.index).error };
  }
  // a byte order mark is not markup: saxes refuses it before the root, libvirt's parser skips it
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const parser = new SaxesParser({ xmlns: true, position: true, additionalNamespaces: { ...options.namespaces } });
  const at = (): number => bom + parser.position;
  let markupEnd = bom;
  const markupStart = (): number => {
    const i = text.indexOf('<', markupEnd);
    return i < 0 ? at() : i;
  };
  const stack: MutableNode[] = [];
  let root: MutableNode | undefined;
  let rootNamespaces: Record<string, string> = {};

  parser.on('error', (e) => {
    const message = saxesMessage(e);
    // the innermost open element is the useful place for an error at the end of the text
    if (message.startsWith('unclosed tag') && stack.length > 0) {
      const open = stack[stack.length - 1] as MutableNode;
      throw fail(`<${open.name}> is never closed`, open.start);
    }
    if (/clos(e|ing) tag/.test(message)) throw fail(message, markupStart());
    if (message === 'undefined entity.') {
      throw fail('an undefined entity: only &amp; &lt; &gt; &quot; &apos; and character references are accepted',
        text.lastIndexOf('&', at() - 1));
    }
    throw fail(message, at() - 1);
  });
  parser.on('doctype', () => {
    // a domain has no DTD, and a DTD's entities could expand without bound or name files (XXE)
    throw fail('a DOCTYPE is not accepted in a domain XML (its entities could expand or read files)', markupStart());
  });
  const markup = (): void => {
    markupEnd = at();
  };
  parser.on('xmldecl', markup);
  parser.on('processinginstruction', markup);
  parser.on('comment', markup);
  parser.on('cdata', (data) => {
    const top = stack[stack.length - 1];
    if (top) top.text += data;
    markup();
  });
  parser.on('text', (data) => {
    const top = stack[stack.length - 1];
    if (top) top.text += data;
  });
  parser.on('opentag', (tag) => {
    const start = markupStart();
    const end = at();
    if (stack.length >= MAX_XML_DEPTH) throw fail(`elements are nested deeper than ${MAX_XML_DEPTH} levels`, start);
    const node: MutableNode = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: rawAttributes(text, start, end, tag),
      text: '',
      children: [],
      depth: stack.length,
      start,
      startTagEnd: end,
      endTagStart: end,
      end,
      selfClosing: tag.isSelfClosing,
      ...locate(lineStarts, start),
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else {
      root = node;
      rootNamespaces = { ...tag.ns };
    }
    if (!tag.isSelfClosing) stack.push(node);
    markup();
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const node = stack.pop();
    if (!node) throw new Error('internal error: saxes closed an element it never opened');
    const closeStart = markupStart();
    const written = /^<\/([^\s>]*)/.exec(text.slice(closeStart, at()))?.[1];
    if (written !== node.name) {
      throw fail(`</${written}> does not close <${node.name}>, opened at line ${node.line} col ${node.col}`, closeStart);
    }
    node.endTagStart = markupStart();
    node.end = at();
    markup();
  });

  try {
    parser.write(bom ? text.slice(1) : text).close();
  } catch (e) {
    if (e instanceof Stop) return { error: e.error };
    throw e;
  }
  if (!root) return { error: fail('the XML has no root element', text.length).error };
  return { tree: { text, root: root as XmlNode, rootNamespaces } };
}
