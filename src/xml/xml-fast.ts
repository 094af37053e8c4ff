import { MAX_XML_DEPTH, type MutableNode, type ParseOptions, type XmlAttribute, type XmlNode, type XmlTree } from './xml-tree.js';

// The fast path of parseXmlTree (document-parse.ts): the XML that virt-launcher (Go encoding/xml:
// tabs, `"`, `&#34;`-style references, `<kubevirt xmlns="http://kubevirt.io">` in <metadata>) and
// `virsh dumpxml` (2 spaces, `'`) write, read with sticky regular expressions and indexOf, so that
// the scanning runs in V8's regexp code instead of saxes's loop over every character, which the
// sidecar's `--no-opt` leaves to the baseline compiler (most of a call's CPU, docs/sidecar-server.md).
// It gives exactly the tree saxes and document-parse.ts give (every field and position;
// test/unit/xml-fast.test.ts compares them), or declines the whole text (undefined), and then saxes
// reads it with every message and position as before. The rule: it never takes a text saxes
// rejects. So it declines anything it does not fully check: a DOCTYPE, CDATA, processing
// instructions (an XML declaration of version 1.0 at the very start excepted), CR, a byte order
// mark, characters XML 1.0 does not allow, names that are not ASCII, literal tabs or newlines in
// attribute values (saxes normalises them to spaces), entities other than the five predefined ones
// and character references of allowed characters, `]]>` anywhere, `--` in a comment, duplicate
// attributes, unbound or reserved prefixes and namespace declarations that saxes would check
// (xml, xmlns, an empty or padded URI), anything but white space and comments outside the root,
// mismatched or unclosed tags, and nesting at the depth limit.

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/**
 * Characters left to saxes: C0 controls but tab and LF (CR too: saxes turns CR LF into LF and
 * counts lines by it), the BOM, U+FFFE/U+FFFF, and unpaired surrogates (saxes pairs a high
 * surrogate with whatever follows it).
 */
const DECLINED_CHARS = /[\x00-\x08\x0b-\x1f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// A qualified name: ASCII NCNames, at most one colon. saxes reads a name up to the first
// character that is not a name character, so what follows a match must be a delimiter, else decline.
// The expressions only test (no match arrays: a call's garbage is GC time under the heap cap); the
// parts are then cut out with indexOf.
const QNAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const START_TAG = new RegExp(`<${QNAME}`, 'y');
/** One attribute after its white space; the value without `<` (ill-formed) or a literal tab or newline (normalised by saxes). */
const ATTRIBUTE = new RegExp(`[ \\t\\n]+${QNAME}[ \\t\\n]*=[ \\t\\n]*(?:"[^"<\\t\\n]*"|'[^'<\\t\\n]*')`, 'y');
const START_TAG_END = /[ \t\n]*\/?>/y;
const END_TAG_END = /[ \t\n]*>/y;
const SPACES = /[ \t\n]*/y;
/** An XML declaration as saxes takes it, for XML 1.0 only (1.1 changes which characters are allowed and what ends a line). */
const XML_DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/y;
/** A reference saxes decodes: `&#x` takes a lowercase x only; longer digit strings are declined rather than range-checked. */
const REFERENCE = /&(?:(amp)|(lt)|(gt)|(quot)|(apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const PREDEFINED = ['&', '<', '>', '"', "'"];

/** XML 1.0 §2.2 Char, which a character reference must name (saxes parseEntity). */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** `s` (holding an `&`) with its references decoded, or undefined for one saxes would refuse. */
function decode(s: string, amp: number): string | undefined {
  let out = '';
  let at = 0;
  const re = REFERENCE;
  while (amp >= 0) {
    re.lastIndex = amp;
    const m = re.exec(s);
    if (!m) return undefined;
    out += s.slice(at, amp);
    let i = 1;
    while (i <= 5 && m[i] === undefined) i++;
    if (i <= 5) out += PREDEFINED[i - 1];
    else {
      const code = m[6] !== undefined ? parseInt(m[6], 10) : parseInt(m[7] as string, 16);
      if (!isXmlChar(code)) return undefined;
      out += String.fromCodePoint(code);
    }
    at = re.lastIndex;
    amp = s.indexOf('&', at);
  }
  return out + s.slice(at);
}

type Scope = Record<string, string>;

/** A placeholder while an element is open: its children are set when it closes. */
const NO_CHILDREN: MutableNode[] = [];

/**
 * Short strings met before in this text (names, values such as "virtio", indentation), so that a
 * domain's thousand `<disk>`s share one "disk" instead of each allocating its own: a call's garbage
 * and the tree it holds are GC time under the sidecar's heap cap. A fixed table, a string per
 * slot; it changes no value, only which equal string is returned. Emptied after every parse: a
 * slice can hold on to the whole text it was cut from.
 */
const SHORT = 32;
const seen: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);

/** text.slice(from, to), from the table when it holds that string. */
function cut(text: string, from: number, to: number): string {
  const length = to - from;
  if (length > SHORT || length === 0) return text.slice(from, to);
  const slot = (length * 31 + text.charCodeAt(from) * 7 + text.charCodeAt(to - 1) * 3 + text.charCodeAt(from + (length >> 1))) & 1023;
  const known = seen[slot];
  if (known !== undefined && known.length === length && text.startsWith(known, from)) return known;
  const fresh = text.slice(from, to);
  seen[slot] = fresh;
  return fresh;
}

/** Whether two of the keys are equal: pairwise for the few a tag has, by a set for a hostile many. */
function hasDuplicate(keys: readonly string[]): boolean {
  if (keys.length > 8) return new Set(keys).size !== keys.length;
  for (let i = 1; i < keys.length; i++) for (let j = 0; j < i; j++) if (keys[i] === keys[j]) return true;
  return false;
}

/** XML white space as the tag expressions take it (CR is declined before). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x9 || c === 0xa;
}

/**
 * The tree parseXmlTree gives for `text`, or undefined to let saxes read it. The caller has
 * checked the size limit; the depth limit is declined here, so that saxes reports it.
 */
export function parseXmlFast(text: string, options: ParseOptions = {}): XmlTree | undefined {
  try {
    return read(text, options);
  } finally {
    seen.fill(undefined);
  }
}

function read(text: string, options: ParseOptions): XmlTree | undefined {
  if (DECLINED_CHARS.test(text) || text.includes(']]>')) return undefined;
  // saxes's base scope: xml and xmlns, then the caller's prefixes (which saxes checks: left to it)
  const base: Scope = Object.create(null) as Scope;
  base.xml = XML_NAMESPACE;
  base.xmlns = XMLNS_NAMESPACE;
  for (const [prefix, uri] of Object.entries(options.namespaces ?? {})) {
    if (prefix === 'xml' || prefix === 'xmlns' || uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE) return undefined;
    base[prefix] = uri;
  }
  /** the namespace declarations in force, innermost last, with the depth of the element declaring them */
  const scopes: Scope[] = [];
  const scopeDepths: number[] = [];
  const resolve = (prefix: string, own: Scope | undefined): string | undefined => {
    let uri = own?.[prefix];
    for (let i = scopes.length - 1; uri === undefined && i >= 0; i--) uri = (scopes[i] as Scope)[prefix];
    return uri ?? base[prefix];
  };

  const stack: MutableNode[] = [];
  /** childBuffers[d]: the children met so far of the open element at depth d - 1, childCounts[d - 1] of them */
  const childBuffers: MutableNode[][] = [];
  const childCounts: number[] = [];
  const attributeBuffer: XmlAttribute[] = [];
  let root: MutableNode | undefined;
  let rootNamespaces: Record<string, string> = {};
  // lines are counted as tags are met (positions only grow), one indexOf per line
  let line = 1;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  let nextAmp = text.indexOf('&');
  let pos = 0;
  if (text.startsWith('<?', 0)) {
    XML_DECLARATION.lastIndex = 0;
    if (!XML_DECLARATION.test(text)) return undefined;
    pos = XML_DECLARATION.lastIndex;
  }
  for (;;) {
    const lt = text.indexOf('<', pos);
    const to = lt < 0 ? text.length : lt;
    if (to > pos) {
      const top = stack[stack.length - 1];
      if (!top) {
        // outside the root only white space is character data
        SPACES.lastIndex = pos;
        SPACES.test(text);
        if (SPACES.lastIndex !== to) return undefined;
      } else {
        let piece = cut(text, pos, to);
        while (nextAmp >= 0 && nextAmp < pos) nextAmp = text.indexOf('&', pos);
        if (nextAmp >= 0 && nextAmp < to) {
          const decoded = decode(piece, nextAmp - pos);
          if (decoded === undefined) return undefined;
          piece = decoded;
          nextAmp = text.indexOf('&', to);
        }
        top.text += piece;
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const node = stack.pop();
      if (!node || !text.startsWith(node.name, lt + 2)) return undefined;
      END_TAG_END.lastIndex = lt + 2 + node.name.length;
      if (!END_TAG_END.test(text)) return undefined;
      node.endTagStart = lt;
      node.end = END_TAG_END.lastIndex;
      const count = childCounts[node.depth]!;
      node.children = count === 0 ? [] : (childBuffers[node.depth + 1] as MutableNode[]).slice(0, count);
      if (scopeDepths.length > 0 && scopeDepths[scopeDepths.length - 1] === node.depth) {
        scopes.pop();
        scopeDepths.pop();
      }
      pos = node.end;
      continue;
    }
    if (next === 0x21 /* ! */) {
      // a comment; CDATA and DOCTYPE are saxes's
      if (!text.startsWith('<!--', lt)) return undefined;
      const close = text.indexOf('--', lt + 4);
      if (close < 0 || text.charCodeAt(close + 2) !== 0x3e /* > */) return undefined;
      pos = close + 3;
      continue;
    }
    // a start tag, the only other markup taken: not a second root, not past the depth limit
    if ((root && stack.length === 0) || stack.length >= MAX_XML_DEPTH) return undefined;
    START_TAG.lastIndex = lt;
    if (!START_TAG.test(text)) return undefined;
    const name = cut(text, lt + 1, START_TAG.lastIndex);
    let attributeCount = 0;
    let own: Scope | undefined;
    let prefixed = false;
    let at = START_TAG.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      if (!ATTRIBUTE.test(text)) break;
      const stop = ATTRIBUTE.lastIndex;
      // what the expression took: white space, the name, white space, `=`, white space, the quoted
      // value (which holds no such quote, and names hold no `=`)
      const quote = text[stop - 1] as '"' | "'";
      const open = text.lastIndexOf(quote, stop - 2);
      let nameEnd = text.lastIndexOf('=', open);
      while (isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
      let nameStart = at + 1;
      while (isSpace(text.charCodeAt(nameStart))) nameStart++;
      const attrName = cut(text, nameStart, nameEnd);
      const raw = cut(text, open + 1, stop - 1);
      let value = raw;
      const amp = raw.indexOf('&');
      if (amp >= 0) {
        const decoded = decode(raw, amp);
        if (decoded === undefined) return undefined;
        value = decoded;
      }
      attributeBuffer[attributeCount++] = { name: attrName, value, raw, quote };
      at = stop;
      if (attrName.includes(':')) prefixed = true;
      if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) {
        // saxes trims the URI and checks the reserved ones; an empty one undeclares (XML 1.1 only)
        const uri = value.trim();
        const prefix = attrName.length === 5 ? '' : attrName.slice(6);
        if (uri !== value || uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE || prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && uri === '')) return undefined;
        own ??= Object.create(null) as Scope;
        own[prefix] = uri;
      }
    }
    START_TAG_END.lastIndex = at;
    if (!START_TAG_END.test(text)) return undefined;
    const startTagEnd = START_TAG_END.lastIndex;
    // the character before `>` is `/` only when the expression took it (a name or a quote ends what precedes)
    const selfClosing = text.charCodeAt(startTagEnd - 2) === 0x2f;
    // exactly as long as needed: a pushed-to array keeps room for 16 (a tree is held under the heap cap)
    const attributes = attributeCount === 0 ? [] : attributeBuffer.slice(0, attributeCount);

    const colon = name.indexOf(':');
    const local = colon < 0 ? name : name.slice(colon + 1);
    let uri: string;
    if (colon < 0) uri = resolve('', own) ?? '';
    else {
      const prefix = name.slice(0, colon);
      const bound = prefix === 'xmlns' ? undefined : resolve(prefix, own);
      if (bound === undefined || bound === '') return undefined;
      uri = bound;
    }
    // saxes compares attributes by {namespace}local name when prefixed, by name otherwise
    if (prefixed) {
      const keys: string[] = [];
      for (const { name: n } of attributes) {
        const c = n.indexOf(':');
        if (c < 0) keys.push(n);
        else {
          const bound = resolve(n.slice(0, c), own);
          if (bound === undefined || bound === '') return undefined;
          keys.push(`{${bound}}${n.slice(c + 1)}`);
        }
      }
      if (hasDuplicate(keys)) return undefined;
    } else if (attributeCount > 8) {
      if (hasDuplicate(attributes.map((x) => x.name))) return undefined;
    } else {
      for (let i = 1; i < attributeCount; i++) {
        const n = (attributeBuffer[i] as XmlAttribute).name;
        for (let j = 0; j < i; j++) if (n === (attributeBuffer[j] as XmlAttribute).name) return undefined;
      }
    }

    while (nextNewline >= 0 && nextNewline < lt) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    const depth = stack.length;
    const node: MutableNode = {
      name,
      local,
      uri,
      attributes,
      text: '',
      children: NO_CHILDREN,
      depth,
      start: lt,
      startTagEnd,
      endTagStart: startTagEnd,
      end: startTagEnd,
      selfClosing,
      line,
      col: lt - lineStart + 1,
    };
    if (depth > 0) {
      // children are gathered per depth and copied to an exact array when their parent closes
      (childBuffers[depth] ??= [])[childCounts[depth - 1]!++] = node;
    } else {
      root = node;
      rootNamespaces = { ...own };
    }
    if (!selfClosing) {
      stack.push(node);
      childCounts[depth] = 0;
      if (own) {
        scopes.push(own);
        scopeDepths.push(depth);
      }
    } else node.children = [];
    pos = startTagEnd;
  }
  if (!root || stack.length > 0) return undefined;
  return { text, root: root as XmlNode, rootNamespaces };
}
