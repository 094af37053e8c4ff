import type { DOMParser as XmlDomParser, Element, Node } from '@xmldom/xmldom';
import { createRequire } from 'node:module';

// XML text -> a small, plain tree that remembers where each element starts. Parsing is
// @xmldom/xmldom's (W3C DOM parser, no native code, no network access, entities not expanded
// beyond the predefined ones); anything it reports, even a warning, makes the document unusable,
// as libvirt's libxml2 would refuse it.

/** One element: local name, attributes (namespace declarations left out), its own text, children. */
export interface XmlNode {
  name: string;
  /** namespace URI, or null */
  ns: string | null;
  attrs: Map<string, string>;
  /** the element's own text, whitespace-trimmed ('' when it has none) */
  text: string;
  children: XmlNode[];
  /** 1-based position of the start tag */
  line: number;
  col: number;
}

export interface XmlProblem {
  message: string;
  line: number;
  col: number;
}

/** A libvirt domain is about 6 elements deep; anything far deeper is not a domain (and would exhaust the stack). */
export const MAX_XML_DEPTH = 32;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

class Stop extends Error {}

function toTree(el: Element, depth: number): XmlNode | XmlProblem {
  const line = el.lineNumber ?? 1;
  const col = el.columnNumber ?? 1;
  if (depth > MAX_XML_DEPTH) return { message: `elements nested more than ${MAX_XML_DEPTH} deep`, line, col };
  const attrs = new Map<string, string>();
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    attrs.set(a.name, a.value);
  }
  const node: XmlNode = { name: el.localName ?? el.tagName, ns: el.namespaceURI || null, attrs, text: '', children: [], line, col };
  let text = '';
  for (let c: Node | null = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT) {
      const child = toTree(c as Element, depth + 1);
      if (!('name' in child)) return child;
      node.children.push(child);
    } else if (c.nodeType === TEXT || c.nodeType === CDATA) {
      text += c.nodeValue ?? '';
    }
  }
  node.text = text.trim();
  return node;
}

// Loaded on first use: only `diff` parses XML, and building @xmldom/xmldom's entity tables cost
// every other command 6 ms of start-up (issue #6). It is CommonJS, so require loads it synchronously.
let DOMParser: typeof XmlDomParser | undefined;

function domParser(): typeof XmlDomParser {
  DOMParser ??= (createRequire(import.meta.url)('@xmldom/xmldom') as typeof import('@xmldom/xmldom')).DOMParser;
  return DOMParser;
}

/** Parses a whole document; the first problem found (with its position) when it is not well-formed. */
export function parseXml(text: string): { root: XmlNode } | { problem: XmlProblem } {
  let first: XmlProblem | undefined;
  let doc;
  try {
    doc = new (domParser())({
      onError: (_level, msg, ctx: { locator?: { lineNumber?: number; columnNumber?: number } } | undefined) => {
        first ??= { message: msg, line: ctx?.locator?.lineNumber || 1, col: ctx?.locator?.columnNumber || 1 };
        throw new Stop(msg);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    const loc = (e as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    return { problem: first ?? { message: (e as Error).message, line: loc?.lineNumber || 1, col: loc?.columnNumber || 1 } };
  }
  if (first) return { problem: first };
  const root = doc.documentElement;
  if (!root) return { problem: { message: 'no root element', line: 1, col: 1 } };
  const tree = toTree(root, 1);
  return 'name' in tree ? { root: tree } : { problem: tree };
}
