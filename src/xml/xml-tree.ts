// The span tree both XML readers produce (document-parse.ts: saxes; xml-fast.ts: the shapes
// virt-launcher and libvirt write), and the limits they share.

/** The first problem in an XML text. line and col are 1-based; offset is 0-based. */
export interface XmlParseError {
  message: string;
  line: number;
  col: number;
  offset: number;
}

export interface XmlAttribute {
  /** the qualified name as written (`type`, `xmlns:qemu`) */
  name: string;
  /** the value with entities and character references decoded */
  value: string;
  /** the value as written between its quotes */
  raw: string;
  quote: '"' | "'";
}

/** An element: its name, attributes, decoded text and where each part of it sits in the text. */
export interface XmlNode {
  /** the qualified name as written (`interface`, `qemu:commandline`) */
  readonly name: string;
  readonly local: string;
  /** the namespace URI the element is in ('' for none) */
  readonly uri: string;
  readonly attributes: readonly XmlAttribute[];
  /** character data directly inside the element (text and CDATA, decoded), in order */
  readonly text: string;
  readonly children: readonly XmlNode[];
  readonly depth: number;
  /** offset of the start tag's `<` */
  readonly start: number;
  /** offset just after the start tag's `>` */
  readonly startTagEnd: number;
  /** offset of the end tag's `<` (startTagEnd when the element is `<a/>`) */
  readonly endTagStart: number;
  /** offset just after the end tag (or `/>`) */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly line: number;
  readonly col: number;
}

export interface XmlTree {
  readonly text: string;
  readonly root: XmlNode;
  /** namespace prefixes declared on the root (prefix '' for a default namespace) */
  readonly rootNamespaces: Readonly<Record<string, string>>;
}

/** The libvirt domain XML schema has no limit; these keep a hostile input from costing much. */
export const MAX_XML_BYTES = 16 * 1024 * 1024;
/** A libvirt domain nests about 6 deep; 64 is the nesting limit the YAML and JSON loaders use too. */
export const MAX_XML_DEPTH = 64;

/** An XmlNode while its reader fills it in. */
export type MutableNode = {
  -readonly [K in keyof XmlNode]: XmlNode[K] extends ReadonlyArray<infer T> ? T[] : XmlNode[K];
};

export interface ParseOptions {
  /** prefixes a fragment may use without declaring them (the document's, for an inserted device) */
  namespaces?: Readonly<Record<string, string>>;
}
