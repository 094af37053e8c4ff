import type { XmlDocument } from './builder.js';
import { MAX_XML_BYTES, MAX_XML_DEPTH, parseXmlTree, type XmlNode, type XmlParseError, type XmlTree } from './document-parse.js';
import { detectStyle, indentOf, restyle } from './document-style.js';

export type { XmlAttribute, XmlNode, XmlParseError } from './document-parse.js';
export { MAX_XML_BYTES, MAX_XML_DEPTH } from './document-parse.js';

// A libvirt domain XML that can be read, edited device by device, and written back losing and
// reordering nothing it did not touch: the KubeVirt hook sidecar edits what virt-launcher built
// (Go encoding/xml, tabs, `"`), `patch` edits `virsh dumpxml` output (2 spaces, `'`).
//
// Lossless by construction: the document is its original text plus a span tree over it
// (document-parse.ts). An edit splices new text into one span and parses the result again, so
// every byte outside the span is the original's, and the tree always describes the text that
// toString() returns. Documents are values: an edit returns a new document.
// editDevices, the sidecar's edit, parses its result only when the tree is asked for: it splices
// whole elements (each parsed on its own, as written) between the children of <devices>, which
// keeps a well-formed document well-formed, so toString() needs no second parse of a large domain
// (the sidecar's main cost, docs/sidecar-server.md); the size and depth limits are checked at once.

/** A device as a fragment: XML text of one element, or one built with src/xml/builder.ts. */
export type Fragment = string | XmlDocument;

/** One child element of `<devices>`. */
export interface DeviceInfo {
  /** the element name as written: `interface`, `disk`, `hostdev` */
  readonly name: string;
  /** attributes, decoded */
  readonly attributes: Readonly<Record<string, string>>;
  /** the name of its `<alias name=.../>` child, when it has one */
  readonly alias: string | undefined;
  /** its position among the children of `<devices>` */
  readonly index: number;
  readonly node: XmlNode;
}

export type EditErrorCode =
  | 'NO_DEVICES' // the domain has no <devices> element
  | 'ALIAS_NOT_FOUND'
  | 'ALIAS_AMBIGUOUS' // two devices have the alias: libvirt refuses that, so the input is not one it ran
  | 'FRAGMENT_SYNTAX' // the fragment is not one well-formed element (parse has line:col in it)
  | 'FRAGMENT_ALIAS' // upsert: the fragment's alias is not the one asked for
  | 'RESULT_INVALID'; // the edited document does not parse (a namespace prefix the fragment needs, the size limit)

export interface EditError {
  readonly code: EditErrorCode;
  readonly message: string;
  /** for FRAGMENT_SYNTAX and RESULT_INVALID: where, in the fragment or in the edited document */
  readonly parse?: XmlParseError;
}

export type EditResult = { doc: DomainDocument } | { error: EditError };

/**
 * One edit of editDevices, against a device of the document it is applied to: replace it, or put
 * the fragment on its own line after or before it.
 */
export type DeviceEdit =
  | { replace: DeviceInfo; fragment: Fragment }
  | { after: DeviceInfo; fragment: Fragment }
  | { before: DeviceInfo; fragment: Fragment };

export interface InsertOptions {
  /** insert after the last device this accepts; when it accepts none, the default rule applies */
  after?: (device: DeviceInfo) => boolean;
  /** when `after` accepts none: insert before the first device this accepts (it takes that device's line) */
  before?: (device: DeviceInfo) => boolean;
}

/**
 * The order in which libvirt (9.0, domain_conf.c virDomainDefFormatInternal) writes the children
 * of `<devices>`; test/data/libvirt/*.dumpxml.xml show it. An inserted device goes where libvirt
 * would put it, so that a patched dumpxml reads as libvirt would print it back.
 */
export const LIBVIRT_DEVICE_ORDER: readonly string[] = [
  'emulator', 'disk', 'controller', 'lease', 'filesystem', 'interface', 'smartcard', 'serial', 'parallel',
  'console', 'channel', 'input', 'tpm', 'graphics', 'sound', 'audio', 'video', 'hostdev', 'redirdev',
  'redirfilter', 'hub', 'watchdog', 'memballoon', 'rng', 'panic', 'shmem', 'memory', 'iommu', 'vsock', 'crypto',
];

/** The decoded value of an attribute of `node`, or undefined. */
export function attributeOf(node: XmlNode | undefined, name: string): string | undefined {
  return node?.attributes.find((a) => a.name === name)?.value;
}

/** The first child of `node` with the (qualified) name, or undefined. */
export function childOf(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** How many levels below `node` its deepest element is (0 for a leaf). */
function depthOf(node: XmlNode): number {
  let d = 0;
  for (const c of node.children) d = Math.max(d, 1 + depthOf(c));
  return d;
}

// Array.prototype.findLast is ES2023; the project compiles against ES2022
function findLast<T>(list: readonly T[], accept: (t: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (accept(list[i] as T)) return list[i];
  return undefined;
}

/** A DeviceInfo whose attribute record is made when read: the sidecar lists a large domain's devices and reads none. */
class Device implements DeviceInfo {
  readonly name: string;
  readonly alias: string | undefined;
  private record: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly node: XmlNode,
    readonly index: number,
  ) {
    this.name = node.name;
    this.alias = attributeOf(childOf(node, 'alias'), 'name');
  }

  get attributes(): Readonly<Record<string, string>> {
    return (this.record ??= Object.fromEntries(this.node.attributes.map((a) => [a.name, a.value])));
  }
}

/** Parses a libvirt domain XML, or returns the first problem in it with its line and column. */
export function parseDomainDocument(text: string): { doc: DomainDocument } | { error: XmlParseError } {
  const r = parseXmlTree(text);
  if ('error' in r) return r;
  const { root } = r.tree;
  if (root.name !== 'domain' || root.uri !== '') {
    return { error: { message: `the root element is <${root.name}>, not the <domain> of a libvirt domain XML`, line: root.line, col: root.col, offset: root.start } };
  }
  return { doc: new DomainDocument(r.tree) };
}

export class DomainDocument {
  private parsed: XmlTree | undefined;
  private readonly text: string;

  /** use parseDomainDocument; a string is a text known to be a well-formed domain (editDevices), parsed when first read */
  constructor(tree: XmlTree | string) {
    if (typeof tree === 'string') this.text = tree;
    else {
      this.parsed = tree;
      this.text = tree.text;
    }
  }

  private get tree(): XmlTree {
    if (!this.parsed) {
      const r = parseDomainDocument(this.text);
      // editDevices checked what could make it fail: a failure here is a bug in that reasoning
      if ('error' in r) throw new Error(`internal error: an edited domain does not parse: ${r.error.message} at ${r.error.line}:${r.error.col}`);
      this.parsed = r.doc.tree;
    }
    return this.parsed;
  }

  get root(): XmlNode {
    return this.tree.root;
  }

  /** the text, byte for byte the parsed one outside what edits changed */
  toString(): string {
    return this.text;
  }

  /** The element at a path of child names below `<domain>` (`element('os', 'type')`), or undefined. */
  element(...path: string[]): XmlNode | undefined {
    let n: XmlNode | undefined = this.root;
    for (const name of path) n = childOf(n, name);
    return n;
  }

  /** `<domain type=...>`: kvm, qemu */
  get type(): string | undefined {
    return attributeOf(this.root, 'type');
  }

  get name(): string | undefined {
    return this.element('name')?.text;
  }

  get uuid(): string | undefined {
    return this.element('uuid')?.text;
  }

  /** `<os><type machine=...>`: q35, pc-q35-7.2 */
  get machine(): string | undefined {
    return attributeOf(this.element('os', 'type'), 'machine');
  }

  get devicesElement(): XmlNode | undefined {
    return this.element('devices');
  }

  devices(): DeviceInfo[] {
    return (this.devicesElement?.children ?? []).map((node, index) => new Device(node, index));
  }

  findDeviceByAlias(alias: string): DeviceInfo | undefined {
    return this.devices().find((d) => d.alias === alias);
  }

  /** Replaces the device with the alias by the fragment, where it stands. */
  replaceDevice(alias: string, fragment: Fragment): EditResult {
    const target = this.uniqueAlias(alias);
    if ('error' in target) return target;
    const frag = this.parseFragment(fragment);
    if ('error' in frag) return frag;
    const style = detectStyle(this.tree, target.device.node);
    const indent = indentOf(this.tree.text, target.device.node) ?? this.childIndent(target.device.node);
    const { node } = target.device;
    return this.splice(node.start, node.end, restyle(frag.tree, frag.tree.root, style, indent));
  }

  /**
   * Inserts the fragment among the devices: after the last device `options.after` accepts; else
   * before the first `options.before` accepts; else after the last device of the same element name (a new interface after the interfaces); else
   * after the last device libvirt writes before it (LIBVIRT_DEVICE_ORDER); else before the first
   * it writes after it; else (a name libvirt does not order) after the last device.
   */
  insertDevice(fragment: Fragment, options: InsertOptions = {}): EditResult {
    const devices = this.devicesElement;
    if (!devices) return { error: { code: 'NO_DEVICES', message: 'the domain has no <devices> element to insert a device into' } };
    const frag = this.parseFragment(fragment);
    if ('error' in frag) return frag;
    const style = detectStyle(this.tree);
    const indent = this.childIndent();
    const text = restyle(frag.tree, frag.tree.root, style, indent);
    const list = this.devices();
    const rank = (n: string): number => LIBVIRT_DEVICE_ORDER.indexOf(n);
    const own = rank(frag.tree.root.name);
    const first = options.before && !(options.after && findLast(list, options.after)) ? list.find(options.before) : undefined;
    if (first) return this.splice(first.node.start, first.node.start, `${text}${style.newline}${indent}`);
    const after =
      (options.after && findLast(list, options.after)) ??
      findLast(list, (d) => d.name === frag.tree.root.name) ??
      (own >= 0 ? findLast(list, (d) => rank(d.name) >= 0 && rank(d.name) < own) : list[list.length - 1]);
    if (after) return this.splice(after.node.end, after.node.end, `${style.newline}${indent}${text}`);
    const before = own >= 0 ? list.find((d) => rank(d.name) > own) : undefined;
    if (before) return this.splice(before.node.start, before.node.start, `${text}${style.newline}${indent}`);
    // no device to stand beside: the fragment goes last in <devices>, on its own line
    const outer = indentOf(this.tree.text, devices) ?? '';
    const block = `${style.newline}${indent}${text}${style.newline}${outer}`;
    if (devices.selfClosing) {
      const open = this.tree.text.slice(devices.start, devices.startTagEnd).replace(/\s*\/>$/, '>');
      return this.splice(devices.start, devices.end, `${open}${block}</${devices.name}>`);
    }
    const inner = this.tree.text.slice(devices.startTagEnd, devices.endTagStart);
    const keep = inner.trimEnd().length; // comments stay; the whitespace before </devices> is rewritten
    return this.splice(devices.startTagEnd + keep, devices.endTagStart, block);
  }

  /**
   * Replaces the device with the alias, or inserts the fragment when no device has it. The
   * fragment must carry that alias, so that a second call replaces what the first inserted:
   * doing it twice gives the bytes doing it once gives.
   */
  upsertDevice(alias: string, fragment: Fragment): EditResult {
    const frag = this.parseFragment(fragment);
    if ('error' in frag) return frag;
    const own = attributeOf(childOf(frag.tree.root, 'alias'), 'name');
    if (own !== alias) {
      return { error: { code: 'FRAGMENT_ALIAS', message: own === undefined ? `the device has no <alias name='${alias}'/>` : `the device's alias is '${own}', not '${alias}'` } };
    }
    return this.findDeviceByAlias(alias) ? this.replaceDevice(alias, fragment) : this.insertDevice(fragment);
  }

  /**
   * Several edits at once, each placed against this document's devices, with one parse of the
   * result instead of one per edit (the sidecar's latency is the parses of a large domain).
   * Fragments at one place keep the order of `edits`; each is written as replaceDevice and
   * insertDevice write it.
   */
  editDevices(edits: readonly DeviceEdit[]): EditResult {
    const devices = this.devicesElement;
    if (!devices) return { error: { code: 'NO_DEVICES', message: 'the domain has no <devices> element' } };
    const { text } = this.tree;
    const style = detectStyle(this.tree);
    const indent = this.childIndent();
    const splices: { from: number; to: number; text: string; seq: number }[] = [];
    let deepest = 0;
    for (const [seq, e] of edits.entries()) {
      const frag = this.parseFragment(e.fragment);
      if ('error' in frag) return frag;
      let body: string;
      if ('replace' in e) {
        const { node } = e.replace;
        body = restyle(frag.tree, frag.tree.root, detectStyle(this.tree, node), indentOf(text, node) ?? this.childIndent(node));
        splices.push({ from: node.start, to: node.end, text: body, seq });
      } else {
        body = restyle(frag.tree, frag.tree.root, style, indent);
        if ('after' in e) splices.push({ from: e.after.node.end, to: e.after.node.end, text: `${style.newline}${indent}${body}`, seq });
        else splices.push({ from: e.before.node.start, to: e.before.node.start, text: `${body}${style.newline}${indent}`, seq });
      }
      // what is spliced is what was written, parsed again (a few hundred bytes): a restyled
      // fragment that is not one well-formed element is caught here, not in a domain sent on
      const written = this.parseFragment(body);
      if ('error' in written) throw new Error(`internal error: a restyled device does not parse: ${written.error.message}`);
      deepest = Math.max(deepest, depthOf(written.tree.root));
    }
    splices.sort((a, b) => a.from - b.from || a.seq - b.seq);
    let out = '';
    let at = 0;
    for (const sp of splices) {
      if (sp.from < at) return { error: { code: 'RESULT_INVALID', message: 'two edits overlap: each device may be edited once' } };
      out += text.slice(at, sp.from) + sp.text;
      at = sp.to;
    }
    out += text.slice(at);
    // the limits parseXmlTree enforces, which a splice could cross: the parse says where, as before
    if (devices.depth + 1 + deepest >= MAX_XML_DEPTH || Buffer.byteLength(out, 'utf8') > MAX_XML_BYTES) return this.splice(0, text.length, out);
    return { doc: new DomainDocument(out) };
  }

  /** Removes the device with the alias, and the line it stood on when it stood alone. */
  removeDevice(alias: string): EditResult {
    const target = this.uniqueAlias(alias);
    if ('error' in target) return target;
    const { node } = target.device;
    const { text } = this.tree;
    const indent = indentOf(text, node);
    if (indent === undefined) return this.splice(node.start, node.end, '');
    let from = node.start - indent.length;
    if (text[from - 1] === '\n') from--;
    if (text[from - 1] === '\r') from--;
    return this.splice(from, node.end, '');
  }

  private uniqueAlias(alias: string): { device: DeviceInfo } | { error: EditError } {
    if (!this.devicesElement) return { error: { code: 'NO_DEVICES', message: 'the domain has no <devices> element' } };
    const found = this.devices().filter((d) => d.alias === alias);
    if (found.length === 0) return { error: { code: 'ALIAS_NOT_FOUND', message: `no device has the alias '${alias}'` } };
    if (found.length > 1) {
      const lines = found.map((d) => d.node.line).join(', ');
      return { error: { code: 'ALIAS_AMBIGUOUS', message: `${found.length} devices have the alias '${alias}' (lines ${lines}); libvirt refuses such a domain` } };
    }
    return { device: found[0] as DeviceInfo };
  }

  /** The indentation of a child of <devices>: that of an existing one, else one step more than <devices>. */
  private childIndent(skip?: XmlNode): string {
    const devices = this.devicesElement;
    const { text } = this.tree;
    for (const c of devices?.children ?? []) {
      const i = c === skip ? undefined : indentOf(text, c);
      if (i !== undefined) return i;
    }
    const outer = devices ? indentOf(text, devices) : undefined;
    return (outer ?? '') + detectStyle(this.tree, skip).unit;
  }

  private parseFragment(fragment: Fragment): { tree: XmlTree } | { error: EditError } {
    const text = typeof fragment === 'string' ? fragment : fragment.end();
    // the fragment may use the prefixes <domain> declares (qemu:), as it will once inserted
    const namespaces = Object.fromEntries(Object.entries(this.tree.rootNamespaces).filter(([p]) => p !== ''));
    const r = parseXmlTree(text, { namespaces });
    if ('error' in r) {
      return { error: { code: 'FRAGMENT_SYNTAX', message: `the device is not well-formed XML: ${r.error.message}`, parse: r.error } };
    }
    const { root } = r.tree;
    if (text.slice(0, root.start).trim() !== '' || text.slice(root.end).trim() !== '') {
      return { error: { code: 'FRAGMENT_SYNTAX', message: 'the device must be one element, with no declaration, comment or processing instruction around it' } };
    }
    return r;
  }

  private splice(from: number, to: number, replacement: string): EditResult {
    const { text } = this.tree;
    const r = parseDomainDocument(text.slice(0, from) + replacement + text.slice(to));
    if ('error' in r) {
      return { error: { code: 'RESULT_INVALID', message: `the edited domain is not well-formed: ${r.error.message}`, parse: r.error } };
    }
    return r;
  }
}
