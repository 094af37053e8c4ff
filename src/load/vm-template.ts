// The VirtualMachine around a template: spec.instancetype, spec.preference and dataVolumeTemplates.
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { TemplateRef, Vmi } from '../model/vmi.js';
import { expectMap, expectSeq, located, readString, type YNode } from '../source/ynode.js';
import type { VmContext } from '../model/context.js';
import { dataVolumeBlock } from './context.js';
import { inferMatcher, type InferInputs } from './infer-from-volume.js';
import { readSourceRefs } from './volume-sources.js';
import { warnUntranslated } from './untranslated.js';

/** VirtualMachine.spec fields besides the template: none changes the domain but those read here. */
const VM_SPEC_KNOWN = ['template', 'instancetype', 'preference', 'dataVolumeTemplates', 'runStrategy', 'running', 'updateVolumesStrategy'];

type VmTemplateFields = Pick<Vmi, 'instancetypeRef' | 'preferenceRef' | 'dataVolumeTemplates'> & {
  /** infer/handler.go: an instancetype inferred under the Ignore policy drops the template's domain.memory */
  clearMemory?: boolean;
};

/** `context`: the objects inferFromVolume reads labels of; `namespace`: the VM's. */
export function readVmTemplate(vmSpec: YNode, diags: Diagnostics, namespace = 'default', context?: VmContext): VmTemplateFields {
  warnUntranslated(vmSpec, VM_SPEC_KNOWN, diags);
  const out: VmTemplateFields = {};
  const dvts = expectSeq(vmSpec.get('dataVolumeTemplates'), diags).flatMap((raw) => {
    const item = expectMap(raw, diags);
    const name = readString(item?.at('metadata', 'name'), diags);
    if (!item || name === undefined) return [];
    const spec = expectMap(item.get('spec'), diags);
    const block = dataVolumeBlock(spec, diags);
    const source = readSourceRefs(spec, diags);
    return [{ name, ...(block === undefined ? {} : { block }), pos: item.pos, ...(source ? { source } : {}) }];
  });
  if (dvts.length) out.dataVolumeTemplates = dvts;
  const inputs: InferInputs = { vmSpec, namespace, dataVolumeTemplates: dvts, context: context ?? { instancetypes: [], preferences: [], claims: [] } };
  const it = readRef(vmSpec.get('instancetype'), 'instancetype', inputs, diags);
  if (it) out.instancetypeRef = it.ref;
  if (it?.clearMemory) out.clearMemory = true;
  const pref = readRef(vmSpec.get('preference'), 'preference', inputs, diags);
  if (pref) out.preferenceRef = pref.ref;
  return out;
}

/** spec.instancetype / spec.preference: kind defaults to the cluster kind (KubeVirt's VM mutator). */
function readRef(node: YNode | undefined, what: 'instancetype' | 'preference', inputs: InferInputs, diags: Diagnostics): { ref: TemplateRef; clearMemory?: boolean } | undefined {
  const m = expectMap(node, diags);
  if (!m) return undefined;
  const defaultKind = what === 'instancetype' ? 'VirtualMachineClusterInstancetype' : 'VirtualMachineClusterPreference';
  // revisionName: KubeVirt uses the ControllerRevision stored when the VM was created, which may
  // differ from the object given here (reported)
  warnUntranslated(m, ['name', 'kind', 'inferFromVolume', 'inferFromVolumeFailurePolicy'], diags);
  const inferNode = m.get('inferFromVolume');
  if (inferNode && !inferNode.isNull && inferNode.scalar !== '') {
    const inferred = inferMatcher(m, what, inputs, diags);
    if (!inferred) return undefined;
    const kind = inferred.kind?.value;
    const ref: TemplateRef = { kind: kind === undefined || kind === '' ? defaultKind : kind, name: inferred.name, pos: m.pos };
    if (inferred.kind) ref.kindPos = inferred.kind.pos;
    return { ref, ...(inferred.clearMemory ? { clearMemory: true } : {}) };
  }
  const name = located(readString(m.get('name'), diags), m.get('name'));
  if (!name) {
    // mutator.go validateInstancetypeMatcher
    diags.error('MISSING_FIELD', `Either Name or InferFromVolume should be provided within the ${what === 'instancetype' ? 'InstancetypeMatcher' : 'PreferenceMatcher'}`, m.pos, {
      help: `name the ${what} in ${m.path}.name, or the volume whose labels name it in ${m.path}.inferFromVolume`,
    });
    return undefined;
  }
  const kindNode = m.get('kind');
  const kind = readString(kindNode, diags);
  const ref: TemplateRef = { kind: kind === undefined || kind === '' ? defaultKind : kind, name, pos: m.pos };
  if (kindNode) ref.kindPos = kindNode.pos;
  return { ref };
}

/** The template fields an instancetype conflicts with (KubeVirt 1.9 instancetype/apply cpu.go, memory.go). */
const CONFLICT_PATHS = [
  ['resources', 'requests', 'cpu'], ['resources', 'limits', 'cpu'], ['cpu', 'sockets'], ['cpu', 'cores'], ['cpu', 'threads'], ['cpu', 'model'],
  ['memory', 'guest'], ['resources', 'requests', 'memory'], ['resources', 'limits', 'memory'],
];

export function conflictFields(domain: YNode): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const keys of CONFLICT_PATHS) {
    const parent = domain.at(...keys.slice(0, -1));
    const n = domain.at(...keys);
    if (n && !n.isNull && parent) out[`${domain.path}.${keys.join('.')}`] = parent.keyPos(keys[keys.length - 1]!);
  }
  return out;
}
