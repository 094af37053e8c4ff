import type { XmlNode, XmlTree } from './document-parse.js';

// How a document writes its XML, so that an inserted device looks as if its writer had written
// it. The two writers that matter differ in every respect: Go's encoding/xml (virt-launcher's
// MarshalIndent(domainSpec, "", "\t")) indents with tabs, quotes with `"` and writes an empty
// element as `<a></a>`; libvirt's `virsh dumpxml` indents with 2 spaces, quotes with `'` and
// writes `<a/>`. Each is read off the document itself, not guessed from who might have written it.

export interface XmlStyle {
  newline: '\n' | '\r\n';
  /** one level of indentation */
  unit: string;
  quote: '"' | "'";
  /** `<a/>` rather than `<a></a>` for an empty element */
  selfClose: boolean;
}

/** The whitespace between the start of the node's line and its `<`, or undefined when other text is there. */
export function indentOf(text: string, node: XmlNode): string | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', node.start - 1), text.lastIndexOf('\r', node.start - 1)) + 1;
  const before = text.slice(lineStart, node.start);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/**
 * Every element of the subtree in document order, but `skip`'s subtree, until `visit` returns
 * true. A loop with a stack, not a generator: nested generators cost the sidecar's call (no
 * optimizing JIT) more than the rest of the style detection.
 */
function walk(node: XmlNode, skip: XmlNode | undefined, visit: (n: XmlNode) => boolean | void): void {
  const stack: XmlNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as XmlNode;
    if (n === skip) continue;
    if (visit(n)) return;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as XmlNode);
  }
}

/**
 * The style of `tree`, leaving out the subtree `skip` (the device an edit replaces), so that
 * replacing a device with the same fragment twice finds the same style both times: that is what
 * makes replace-or-insert idempotent even in a document too small for a clear majority.
 */
export function detectStyle(tree: XmlTree, skip?: XmlNode): XmlStyle {
  const { text, root } = tree;
  const nl = /\r\n?|\n/.exec(text);
  const newline = nl?.[0] === '\r\n' ? '\r\n' : '\n';
  let double = 0;
  let single = 0;
  let selfClosed = 0;
  let openClosed = 0;
  walk(root, skip, (n) => {
    for (const a of n.attributes) {
      if (a.quote === '"') double++;
      else single++;
    }
    if (n.selfClosing) selfClosed++;
    else if (n.startTagEnd === n.endTagStart) openClosed++;
  });
  // ties go to what the project's own builder writes: `"` and `<a/>`
  return { newline, unit: indentUnit(tree, skip), quote: single > double ? "'" : '"', selfClose: selfClosed >= openClosed };
}

/** The indentation step between the first element that has an indented child and that child. */
function indentUnit(tree: XmlTree, skip: XmlNode | undefined): string {
  let unit = '  ';
  walk(tree.root, skip, (n) => {
    const own = indentOf(tree.text, n);
    const child = n.children.find((c) => c !== skip);
    const inner = child && indentOf(tree.text, child);
    if (own !== undefined && inner !== undefined && inner.length > own.length && inner.startsWith(own)) {
      unit = inner.slice(own.length);
      return true;
    }
    return false;
  });
  return unit;
}

/** An attribute value written between `from` quotes, rewritten for `to` quotes. */
function requote(raw: string, from: string, to: string): string {
  // the raw value cannot hold a literal `from` quote; a literal `to` quote must become a reference
  return from === to ? raw : raw.replaceAll(to, to === '"' ? '&quot;' : '&apos;');
}

/**
 * An element of `tree` written in `style`, its first line unindented and every further line
 * starting with `indent`. Only whitespace between elements and the quotes and empty-element
 * form change: names, values, text, comments and CDATA are copied as written. An element with
 * mixed content (text beside elements) is copied whole, since its whitespace may mean something.
 */
export function restyle(tree: XmlTree, node: XmlNode, style: XmlStyle, indent: string): string {
  const { text } = tree;
  let open = `<${node.name}`;
  for (const a of node.attributes) open += ` ${a.name}=${style.quote}${requote(a.raw, a.quote, style.quote)}${style.quote}`;
  const close = `</${node.name}>`;
  const inner = text.slice(node.startTagEnd, node.endTagStart);
  if (inner === '') return style.selfClose ? `${open}/>` : `${open}>${close}`;
  if (node.children.length === 0 || node.text.trim() !== '' || inner.includes('<![CDATA[')) {
    return `${open}>${inner}${close}`;
  }
  // element content: children and the comments or PIs between them, one to a line
  const items: string[] = [];
  let at = node.startTagEnd;
  const gap = (to: number): void => {
    const g = text.slice(at, to).trim();
    if (g !== '') items.push(g);
  };
  const childIndent = indent + style.unit;
  for (const c of node.children) {
    gap(c.start);
    items.push(restyle(tree, c, style, childIndent));
    at = c.end;
  }
  gap(node.endTagStart);
  return `${open}>${items.map((i) => `${style.newline}${childIndent}${i}`).join('')}${style.newline}${indent}${close}`;
}
