// Probes how vdpa-xml treats each field path of KubeVirt 1.9's specs (the field inventory test).
import { isMap, isSeq, parseDocument, stringify, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../../src/diagnostics/diagnostics.js';
import { fieldInventory, type Schema } from '../../src/kubevirt/field-inventory.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { runPipeline } from '../../src/pipeline.js';
import { makeSource } from '../../src/source/source.js';

/** Codes that say "vdpa-xml does not translate this". */
const REPORTING = new Set(['UNSUPPORTED_FIELD', 'UNSUPPORTED_BINDING', 'UNSUPPORTED_ARCHITECTURE']);

export type Treatment = 'reported' | 'silent' | 'unknown';

function sampleValue(type: string): unknown {
  if (type.startsWith('list:')) return [sampleValue(type.slice(5))];
  switch (type) {
    case 'bool':
      return true;
    case 'int':
    case 'number':
      return 1;
    case 'quantity':
      return '1Gi';
    case 'string':
      return 'x';
    default:
      return {};
  }
}

/** Sets `path` (inventory form, `a.b[].c`) inside obj; list items are maps with a name. */
function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  let cur: Record<string, unknown> = obj;
  const segs = path.split('.');
  segs.forEach((seg, i) => {
    const list = seg.endsWith('[]');
    const key = list ? seg.slice(0, -2) : seg;
    const last = i === segs.length - 1;
    if (list) {
      if (last && !(value && typeof value === 'object' && !Array.isArray(value))) {
        cur[key] = Array.isArray(value) ? value : [value];
        return;
      }
      const item: Record<string, unknown> = last ? { ...(value as object) } : {};
      cur[key] = [item];
      cur = item;
      return;
    }
    if (last) cur[key] = value;
    else cur = (cur[key] ??= {}) as Record<string, unknown>;
  });
}

const BASE_VMI = (): Record<string, unknown> => ({ domain: { memory: { guest: '1Gi' }, devices: {} } });

function documents(schema: Schema, path: string, type: string): Record<string, unknown>[] {
  const vmiSpec = BASE_VMI();
  const meta = { name: 'probe', namespace: 'default' };
  if (schema === 'vmi') {
    setPath(vmiSpec, path, sampleValue(type));
    return [{ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachineInstance', metadata: meta, spec: vmiSpec }];
  }
  if (schema === 'vm') {
    const vmSpec: Record<string, unknown> = { template: { spec: vmiSpec } };
    setPath(vmSpec, path, sampleValue(type));
    return [{ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: meta, spec: vmSpec }];
  }
  const spec: Record<string, unknown> = schema === 'instancetype' ? { cpu: { guest: 1 }, memory: { guest: '1Gi' } } : {};
  setPath(spec, path, sampleValue(type));
  const kind = schema === 'instancetype' ? 'VirtualMachineClusterInstancetype' : 'VirtualMachineClusterPreference';
  delete (vmiSpec.domain as Record<string, unknown>).memory;
  const vm = {
    apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: meta,
    spec: { [schema]: { name: 'p' }, ...(schema === 'preference' ? {} : {}), template: { spec: schema === 'preference' ? BASE_VMI() : vmiSpec } },
  };
  return [vm, { apiVersion: 'instancetype.kubevirt.io/v1beta1', kind, metadata: { name: 'p' }, spec }];
}

/** The offsets of the keys along `path` in the document that holds it (the last document). */
function keyOffsets(text: string, docIndex: number, prefix: (string | number)[], path: string): number[] {
  const docs = text.split(/^---$/m);
  const base = docs.slice(0, docIndex).reduce((n, d) => n + d.length + 3, 0);
  const doc = parseDocument(docs[docIndex]!);
  const out: number[] = [];
  let node: Node | null | undefined = doc.contents as Node;
  const keys: (string | number)[] = [...prefix];
  for (const seg of path.split('.')) {
    keys.push(seg.replace(/\[\]$/, ''));
    if (seg.endsWith('[]')) keys.push(0);
  }
  for (const k of keys) {
    if (typeof k === 'number') {
      node = isSeq(node) ? (node.items[k] as Node) : undefined;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((p) => (p.key as { value?: unknown }).value === k) as Pair<Node, Node> | undefined;
    if (!pair) break;
    out.push(base + (pair.key.range?.[0] ?? -1));
    node = pair.value;
  }
  return out.slice(prefix.length);
}

export function probe(schema: Schema, path: string): { treatment: Treatment; diagnostics: Diagnostic[] } {
  const type = fieldInventory(schema).types.get(path)!;
  const docs = documents(schema, path, type);
  const text = docs.map((d) => stringify(d)).join('---\n');
  const r = runPipeline({ main: makeSource('probe.yaml', text), nads: [] }, DEFAULT_OPTIONS);
  const docIndex = schema === 'instancetype' || schema === 'preference' ? 1 : 0;
  const offsets = new Set(keyOffsets(text, docIndex, ['spec'], path));
  const at = r.diagnostics.filter((d) => d.pos && offsets.has(d.pos.offset));
  if (at.some((d) => d.code === 'UNKNOWN_VMI_FIELD')) return { treatment: 'unknown', diagnostics: at };
  return { treatment: at.some((d) => REPORTING.has(d.code)) ? 'reported' : 'silent', diagnostics: r.diagnostics };
}
