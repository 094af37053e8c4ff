// KubeVirt 1.9's inferFromVolume (pkg/instancetype/infer, run by the VM mutating webhook): the
// instancetype or preference named by labels of the volume's PVC, DataVolume (the VM's
// dataVolumeTemplate of that name first), or what the DataVolume is made from (a PVC, a
// VolumeSnapshot, a DataSource and what it points at), in volume.go's order. What KubeVirt
// cannot infer is an error at its message; with inferFromVolumeFailurePolicy: Ignore the
// "ignorable" failures leave the VM without an instancetype or preference, as KubeVirt clears the
// matcher. An object KubeVirt would read but the inputs do not hold is an error naming it.
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { LabeledKind, LabeledObject, VmContext, VolumeSourceRefs } from '../model/context.js';
import type { Vmi } from '../model/vmi.js';
import { input } from '../options.js';
import { readString, type Located, type YNode } from '../source/ynode.js';

const LABELS = {
  instancetype: ['instancetype.kubevirt.io/default-instancetype', 'instancetype.kubevirt.io/default-instancetype-kind'],
  preference: ['instancetype.kubevirt.io/default-preference', 'instancetype.kubevirt.io/default-preference-kind'],
} as const;

const RESOURCE: Record<LabeledKind, string> = { PersistentVolumeClaim: 'pvc', DataVolume: 'datavolume', DataSource: 'datasource', VolumeSnapshot: 'volumesnapshot' };

type Outcome =
  | { found: { name: Located<string>; kind?: Located<string> } }
  /** errors.go IgnoreableInferenceError: cleared with the Ignore policy; `at` is the object it concerns */
  | { ignorable: string; at?: Position; help?: string }
  | { fatal: string }
  | { missing: { kind: LabeledKind; name: string; namespace: string; alt?: LabeledKind } };

export interface InferInputs {
  /** the VM's spec (volumes are under template.spec) */
  vmSpec: YNode;
  namespace: string;
  dataVolumeTemplates: NonNullable<Vmi['dataVolumeTemplates']>;
  context: VmContext;
}

/**
 * The name and kind a matcher with inferFromVolume resolves to; undefined when it is reported
 * (an error) or cleared (Ignore policy, a warning). `clearMemory`: handler.go drops the
 * template's domain.memory when an instancetype is inferred under the Ignore policy.
 */
export function inferMatcher(m: YNode, what: 'instancetype' | 'preference', inputs: InferInputs, diags: Diagnostics): { name: Located<string>; kind?: Located<string>; clearMemory: boolean } | undefined {
  const volNode = m.get('inferFromVolume');
  const volume = readString(volNode, diags);
  if (!volNode || volume === undefined) return undefined;
  const policyNode = m.get('inferFromVolumeFailurePolicy');
  const policy = readString(policyNode, diags);
  // mutator.go validateInstancetypeMatcher / validatePreferenceMatcher
  let invalid = false;
  for (const k of ['name', 'kind'] as const) {
    const n = m.get(k);
    if (n && !n.isNull && n.scalar !== '') {
      diags.error('INVALID_VALUE', `${k === 'name' ? 'Name' : 'Kind'} already set, should be cleared before setting inferFromVolume`, n.pos, {
        help: `KubeVirt rejects a ${what} matcher with both: remove ${m.path}.${k}, or inferFromVolume`,
      });
      invalid = true;
    }
  }
  if (policy !== undefined && policy !== 'Ignore' && policy !== 'Reject') {
    diags.error('INVALID_VALUE', `Invalid value '${policy}' for InferFromVolumeFailurePolicy`, policyNode!.pos, { help: 'use Ignore or Reject' });
    invalid = true;
  }
  if (invalid) return undefined;
  const ignore = policy === 'Ignore';
  const [nameLabel, kindLabel] = LABELS[what];
  const outcome = fromVolumes(volume, nameLabel, kindLabel, inputs);
  const at = volNode.pos;
  if ('found' in outcome) return { ...outcome.found, clearMemory: ignore && what === 'instancetype' };
  if ('missing' in outcome) {
    const { kind, name, namespace, alt } = outcome.missing;
    diags.error('MISSING_INPUT', `${m.path}.inferFromVolume '${volume}': KubeVirt reads the ${what} from the labels of ${kind} '${name}' in namespace ${namespace}, which is not in the inputs`, at, {
      help: `pass it with ${input('file')} (kubectl get ${RESOURCE[kind]} ${name} -n ${namespace} -o yaml)${alt ? `, or the ${alt} of that name` : ''}, or name the ${what} in ${m.path}.name`,
    });
    return undefined;
  }
  if ('fatal' in outcome) {
    diags.error('INFER_FROM_VOLUME', outcome.fatal, at, { help: `name a volume of ${inputs.vmSpec.path}.template.spec.volumes, or name the ${what} in ${m.path}.name` });
    return undefined;
  }
  const related = outcome.at ? [{ message: 'the object KubeVirt looks at is here', pos: outcome.at }] : [];
  if (ignore) {
    diags.warn('INFER_FROM_VOLUME', `${outcome.ignorable}: with inferFromVolumeFailurePolicy Ignore the VM has no ${what}`, at, {
      help: `KubeVirt clears ${m.path}; ${outcome.help ? `${outcome.help}: ` : `label the volume with ${nameLabel} or `}name the ${what} to have one`, related,
    });
  } else {
    diags.error('INFER_FROM_VOLUME', outcome.ignorable, at, {
      help: `KubeVirt rejects the VM: ${outcome.help ? `${outcome.help}; ` : `label the volume with ${nameLabel}, `}name the ${what} in ${m.path}.name, or set inferFromVolumeFailurePolicy: Ignore`, related,
    });
  }
  return undefined;
}

function fromVolumes(volume: string, nameLabel: string, kindLabel: string, inputs: InferInputs): Outcome {
  for (const v of inputs.vmSpec.at('template', 'spec', 'volumes')?.items() ?? []) {
    if (v.get('name')?.scalar !== volume) continue;
    const pvc = v.at('persistentVolumeClaim', 'claimName')?.scalar;
    if (typeof pvc === 'string') return fromObject('PersistentVolumeClaim', pvc, inputs.namespace, nameLabel, kindLabel, inputs);
    const dv = v.at('dataVolume', 'name')?.scalar;
    if (typeof dv === 'string') return fromDataVolume(dv, nameLabel, kindLabel, inputs);
    return { ignorable: `unable to infer defaults from volume ${volume} as type is not supported`, help: 'KubeVirt infers from a persistentVolumeClaim or dataVolume volume only' };
  }
  return { fatal: `unable to find volume ${volume} to infer defaults` };
}

function find(kind: LabeledKind, name: string, namespace: string, inputs: InferInputs): LabeledObject | undefined {
  return inputs.context.labeled?.find((o) => o.kind === kind && o.name === name && o.namespace === namespace);
}

function fromLabels(o: LabeledObject, nameLabel: string, kindLabel: string): Outcome {
  const name = o.labels.get(nameLabel);
  if (!name) return { ignorable: `unable to find required ${nameLabel} label on the volume`, at: o.pos };
  const kind = o.labels.get(kindLabel);
  return { found: kind ? { name, kind } : { name } };
}

/** fromPVC, fromVolumeSnapshot, fromDataSource: the object's labels, then (a DataSource) what it points at. */
function fromObject(kind: LabeledKind, name: string, namespace: string, nameLabel: string, kindLabel: string, inputs: InferInputs): Outcome {
  const o = find(kind, name, namespace, inputs);
  if (!o) return { missing: { kind, name, namespace } };
  const labels = fromLabels(o, nameLabel, kindLabel);
  if (kind !== 'DataSource' || 'found' in labels) return labels;
  const s = o.source;
  if (s?.pvc) return fromObject('PersistentVolumeClaim', s.pvc.name, s.pvc.namespace ?? namespace, nameLabel, kindLabel, inputs);
  if (s?.snapshot) return fromObject('VolumeSnapshot', s.snapshot.name, s.snapshot.namespace ?? namespace, nameLabel, kindLabel, inputs);
  return { ignorable: "unable to infer defaults from DataSource that doesn't provide DataVolumeSourcePVC or DataVolumeSourceSnapshot", at: o.pos };
}

function fromDataVolume(name: string, nameLabel: string, kindLabel: string, inputs: InferInputs): Outcome {
  const dvt = inputs.dataVolumeTemplates.find((t) => t.name === name);
  if (dvt) return fromDataVolumeSpec(dvt.source, dvt.pos, nameLabel, kindLabel, inputs);
  const dv = find('DataVolume', name, inputs.namespace, inputs);
  if (!dv) {
    // a garbage-collected DataVolume: KubeVirt looks for the PVC of that name
    const pvc = find('PersistentVolumeClaim', name, inputs.namespace, inputs);
    if (pvc) return fromLabels(pvc, nameLabel, kindLabel);
    return { missing: { kind: 'DataVolume', name, namespace: inputs.namespace, alt: 'PersistentVolumeClaim' } };
  }
  const labels = fromLabels(dv, nameLabel, kindLabel);
  return 'found' in labels ? labels : fromDataVolumeSpec(dv.source, dv.pos, nameLabel, kindLabel, inputs);
}

function fromDataVolumeSpec(s: VolumeSourceRefs | undefined, at: Position, nameLabel: string, kindLabel: string, inputs: InferInputs): Outcome {
  // the namespace of a source left empty is the VM's (CDI's default)
  if (s?.pvc) return fromObject('PersistentVolumeClaim', s.pvc.name, s.pvc.namespace ?? inputs.namespace, nameLabel, kindLabel, inputs);
  if (s?.snapshot) return fromObject('VolumeSnapshot', s.snapshot.name, s.snapshot.namespace ?? inputs.namespace, nameLabel, kindLabel, inputs);
  if (s?.sourceRef) {
    if (s.sourceRef.kind !== 'DataSource') return { ignorable: `unable to infer defaults from DataVolumeSourceRef as Kind ${s.sourceRef.kind} is not supported`, at };
    return fromObject('DataSource', s.sourceRef.name, s.sourceRef.namespace ?? inputs.namespace, nameLabel, kindLabel, inputs);
  }
  return { ignorable: 'unable to infer defaults from DataVolumeSpec as DataVolumeSource is not supported', at };
}
