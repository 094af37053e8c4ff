// What inferFromVolume reads of PVCs, DataVolumes, DataSources and VolumeSnapshots (KubeVirt 1.9
// pkg/instancetype/infer/volume.go): their labels, and where a DataVolume, dataVolumeTemplate or
// DataSource takes its data from.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { LabeledKind, LabeledObject, VolumeSourceRefs } from '../model/context.js';
import { expectMap, readString, type Located, type YNode } from '../source/ynode.js';

export function readLabels(meta: YNode | undefined, diags: Diagnostics): Map<string, Located<string>> {
  const out = new Map<string, Located<string>>();
  for (const e of expectMap(meta?.get('labels'), diags)?.entries() ?? []) {
    const v = readString(e.value, diags);
    if (v !== undefined) out.set(e.key, { value: v, pos: e.value.pos });
  }
  return out;
}

function ref(n: YNode | undefined, diags: Diagnostics): { name: string; namespace?: string } | undefined {
  const m = expectMap(n, diags);
  const name = readString(m?.get('name'), diags);
  if (!m || !name) return undefined;
  const namespace = readString(m.get('namespace'), diags);
  return namespace ? { name, namespace } : { name };
}

/** A DataVolume's (or dataVolumeTemplate's) spec.source.pvc / .snapshot and spec.sourceRef; a DataSource's spec.source. */
export function readSourceRefs(spec: YNode | undefined, diags: Diagnostics): VolumeSourceRefs | undefined {
  const source = expectMap(spec?.get('source'), diags);
  const out: VolumeSourceRefs = {};
  const pvc = ref(source?.get('pvc'), diags);
  if (pvc) out.pvc = pvc;
  const snapshot = ref(source?.get('snapshot'), diags);
  if (snapshot) out.snapshot = snapshot;
  const sr = expectMap(spec?.get('sourceRef'), diags);
  const srName = readString(sr?.get('name'), diags);
  if (sr && srName) {
    const namespace = readString(sr.get('namespace'), diags);
    out.sourceRef = { kind: readString(sr.get('kind'), diags) ?? '', name: srName, ...(namespace ? { namespace } : {}) };
  }
  return Object.keys(out).length ? out : undefined;
}

/** `spec` as the caller read it (a mapping, or undefined). */
export function readLabeled(kind: LabeledKind, name: string, namespace: string, root: YNode, spec: YNode | undefined, diags: Diagnostics): LabeledObject {
  const o: LabeledObject = { kind, name, namespace, pos: root.pos, labels: readLabels(root.get('metadata'), diags) };
  if (kind === 'DataVolume' || kind === 'DataSource') {
    const source = readSourceRefs(spec, diags);
    if (source) o.source = source;
  }
  return o;
}
