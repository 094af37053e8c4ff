import { childKey } from './identity.js';
import { libvirtAddition, libvirtRewrite } from './libvirt-defaults.js';
import { attrValue, SCALED, sameValue, scaledBytes, scaledText } from './normalize.js';
import { isModelledAttribute, isModelledElement, MODELLED_SYSINFO_ENTRIES } from './vocabulary.js';
import type { XmlNode } from './xml-tree.js';

/** One step of an element path: the tag and what picks the element among its siblings. */
export interface PathStep {
  name: string;
  /** identity, e.g. alias=ua-offload, type=pci,index=1 */
  key?: string;
  /** 1-based rank among same-tag siblings, shown when there are several */
  rank?: number;
}

export type DifferenceKind = 'changed' | 'ours-only' | 'theirs-only';
/** meaningful differences count; the others are shown with --strict */
export type Category = 'meaningful' | 'libvirt' | 'not-modelled';

export interface Difference {
  steps: PathStep[];
  /** the attribute that differs; none for an element or its text */
  attr?: string;
  kind: DifferenceKind;
  /** the value, or the element in short form; undefined when that side has none */
  ours?: string;
  theirs?: string;
  /** line of the element in the other file */
  theirsLine?: number;
  category: Category;
  /** why a libvirt or not-modelled difference is not counted */
  reason?: string;
  /** the device (child of <devices>) the difference is in, for --ignore */
  device?: { name: string; attrs: ReadonlyMap<string, string> };
}

/** /domain/devices/interface[alias=ua-offload]/source/@dev */
export function formatPath(d: Pick<Difference, 'steps' | 'attr'>): string {
  const steps = d.steps.map((s) => `${s.name}${s.key ? `[${s.key}]` : s.rank ? `[${s.rank}]` : ''}`);
  return `/${steps.join('/')}${d.attr !== undefined ? `/@${d.attr}` : ''}`;
}

const quote = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An element in one line: its start tag, its text if short, an ellipsis for children. */
export function shortElement(n: XmlNode): string {
  const attrs = [...n.attrs].map(([k, v]) => ` ${k}="${quote(v)}"`).join('');
  const inner = n.children.length ? '…' : quote(n.text);
  const s = inner ? `<${n.name}${attrs}>${inner}</${n.name}>` : `<${n.name}${attrs}/>`;
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

interface Walk {
  steps: PathStep[];
  tagPath: string;
  /** our element the walked one is (or would be) a child of */
  oursParent?: XmlNode;
  device?: Difference['device'];
  out: Difference[];
}

function push(w: Walk, d: Omit<Difference, 'steps' | 'device'>): void {
  const diff: Difference = { steps: w.steps, ...d };
  if (w.device) diff.device = w.device;
  w.out.push(diff);
}

function theirsOnlyElement(w: Walk, t: XmlNode): void {
  const added = libvirtAddition(w.tagPath, t, undefined, w.oursParent);
  let category: Category = 'meaningful';
  let reason: string | undefined;
  if (added) {
    category = 'libvirt';
    reason = added;
  } else if (w.tagPath === 'domain/sysinfo/system/entry' && !MODELLED_SYSINFO_ENTRIES.has(t.attrs.get('name') ?? '')) {
    category = 'not-modelled';
    reason = 'vdpa-xml writes only the uuid, serial, manufacturer, family and product entries';
  } else if (!isModelledElement(w.tagPath) && !(w.steps.length === 3 && w.tagPath.startsWith('domain/devices/'))) {
    // a whole device vdpa-xml does not render (a tablet, a watchdog...) is a real difference
    category = 'not-modelled';
    reason = 'vdpa-xml does not write it';
  }
  push(w, { kind: 'theirs-only', theirs: shortElement(t), theirsLine: t.line, category, ...(reason ? { reason } : {}) });
}

function compareAttributes(w: Walk, o: XmlNode, t: XmlNode): void {
  const names = [...new Set([...o.attrs.keys(), ...t.attrs.keys()])];
  for (const attr of names) {
    if (SCALED.has(o.name) && attr === 'unit') continue;
    const ov = attrValue(o, attr);
    const tv = attrValue(t, attr);
    if (ov !== undefined && tv !== undefined && sameValue(ov, tv, o.name, attr)) continue;
    const base = { attr, theirsLine: t.line };
    if (ov !== undefined && tv !== undefined) {
      const rewrite = libvirtRewrite(w.tagPath, attr, ov, tv);
      push(w, { ...base, kind: 'changed', ours: ov, theirs: tv, category: rewrite ? 'libvirt' : 'meaningful', ...(rewrite ? { reason: rewrite } : {}) });
    } else if (ov !== undefined) {
      push(w, { ...base, kind: 'ours-only', ours: ov, category: 'meaningful' });
    } else {
      const added = libvirtAddition(w.tagPath, t, attr);
      const modelled = isModelledAttribute(w.tagPath, attr);
      const category: Category = added ? 'libvirt' : modelled ? 'meaningful' : 'not-modelled';
      const reason = added ?? (modelled ? undefined : 'vdpa-xml does not write it');
      push(w, { ...base, kind: 'theirs-only', theirs: tv!, category, ...(reason ? { reason } : {}) });
    }
  }
}

function compareText(w: Walk, o: XmlNode, t: XmlNode): void {
  if (SCALED.has(o.name)) {
    const ob = scaledBytes(o);
    const tb = scaledBytes(t);
    if (ob !== undefined && ob === tb) return;
    push(w, { kind: 'changed', ours: scaledText(o), theirs: scaledText(t), theirsLine: t.line, category: 'meaningful' });
    return;
  }
  if (sameValue(o.text, t.text, o.name)) return;
  push(w, { kind: 'changed', ours: o.text, theirs: t.text, theirsLine: t.line, category: 'meaningful' });
}

interface Keyed {
  node: XmlNode;
  step: PathStep;
}

/** Children by identity, in document order. */
function keyedChildren(tagPath: string, n: XmlNode, counts: Map<string, number>): Map<string, Keyed> {
  const out = new Map<string, Keyed>();
  const ranks = new Map<string, number>();
  for (const c of n.children) {
    const tag = `${c.ns ?? ''}|${c.name}`;
    const rank = (ranks.get(tag) ?? 0) + 1;
    ranks.set(tag, rank);
    const key = childKey(tagPath, c);
    let id = key !== undefined ? `${tag}[${key}]` : `${tag}#${rank}`;
    if (out.has(id)) id = `${id}#${rank}`;
    const step: PathStep = { name: c.name };
    if (key !== undefined) step.key = key;
    else if ((counts.get(tag) ?? 0) > 1) step.rank = rank;
    out.set(id, { node: c, step });
  }
  return out;
}

function tagCounts(...nodes: XmlNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const own = new Map<string, number>();
    for (const c of n.children) own.set(`${c.ns ?? ''}|${c.name}`, (own.get(`${c.ns ?? ''}|${c.name}`) ?? 0) + 1);
    for (const [k, v] of own) counts.set(k, Math.max(counts.get(k) ?? 0, v));
  }
  return counts;
}

/** Ours in order, with each element only they have placed after its neighbour in their file. */
function mergedOrder(ours: readonly string[], theirs: readonly string[]): string[] {
  const inOurs = new Set(ours);
  const out: string[] = [];
  const done = new Set<string>();
  let next = 0;
  for (const id of theirs) {
    if (!inOurs.has(id)) {
      out.push(id);
      continue;
    }
    const at = ours.indexOf(id);
    for (; next <= at; next++) {
      if (!done.has(ours[next]!)) {
        out.push(ours[next]!);
        done.add(ours[next]!);
      }
    }
  }
  for (; next < ours.length; next++) if (!done.has(ours[next]!)) out.push(ours[next]!);
  return out;
}

function walk(w: Walk, o: XmlNode | undefined, t: XmlNode | undefined): void {
  if (o && !t) {
    push(w, { kind: 'ours-only', ours: shortElement(o), category: 'meaningful' });
    return;
  }
  if (!o || !t) {
    if (t) theirsOnlyElement(w, t);
    return;
  }
  compareAttributes(w, o, t);
  compareText(w, o, t);
  const counts = tagCounts(o, t);
  const ours = keyedChildren(w.tagPath, o, counts);
  const theirs = keyedChildren(w.tagPath, t, counts);
  for (const id of mergedOrder([...ours.keys()], [...theirs.keys()])) {
    const a = ours.get(id);
    const b = theirs.get(id);
    const node = (a ?? b)!;
    const child: Walk = { steps: [...w.steps, node.step], tagPath: `${w.tagPath}/${node.node.name}`, out: w.out, oursParent: o };
    const device = w.tagPath === 'domain/devices' ? { name: node.node.name, attrs: node.node.attrs } : w.device;
    if (device) child.device = device;
    walk(child, a?.node, b?.node);
  }
}

/** Every difference between two domains, by meaning, in document order. */
export function compareDomains(ours: XmlNode, theirs: XmlNode): Difference[] {
  const out: Difference[] = [];
  walk({ steps: [{ name: ours.name }], tagPath: ours.name, out }, ours, theirs);
  return out;
}
