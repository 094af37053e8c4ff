// The VirtualMachine around a template: spec.instancetype, spec.preference and dataVolumeTemplates.
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { TemplateRef, Vmi } from '../model/vmi.js';
import { expectMap, expectSeq, located, readString, type YNode } from '../source/ynode.js';
import { dataVolumeBlock } from './context.js';
import { warnUntranslated } from './untranslated.js';

/** VirtualMachine.spec fields besides the template: none changes the domain but those read here. */
const VM_SPEC_KNOWN = ['template', 'instancetype', 'preference', 'dataVolumeTemplates', 'runStrategy', 'running', 'updateVolumesStrategy'];

type VmTemplateFields = Pick<Vmi, 'instancetypeRef' | 'preferenceRef' | 'dataVolumeTemplates'>;

export function readVmTemplate(vmSpec: YNode, diags: Diagnostics): VmTemplateFields {
  warnUntranslated(vmSpec, VM_SPEC_KNOWN, diags);
  const out: VmTemplateFields = {};
  const it = readRef(vmSpec.get('instancetype'), 'VirtualMachineClusterInstancetype', diags);
  if (it) out.instancetypeRef = it;
  const pref = readRef(vmSpec.get('preference'), 'VirtualMachineClusterPreference', diags);
  if (pref) out.preferenceRef = pref;
  const dvts = expectSeq(vmSpec.get('dataVolumeTemplates'), diags).flatMap((raw) => {
    const item = expectMap(raw, diags);
    const name = readString(item?.at('metadata', 'name'), diags);
    if (!item || name === undefined) return [];
    const block = dataVolumeBlock(expectMap(item.get('spec'), diags), diags);
    return [{ name, ...(block === undefined ? {} : { block }), pos: item.pos }];
  });
  if (dvts.length) out.dataVolumeTemplates = dvts;
  return out;
}

/** spec.instancetype / spec.preference: kind defaults to the cluster kind (KubeVirt's VM mutator). */
function readRef(node: YNode | undefined, defaultKind: string, diags: Diagnostics): TemplateRef | undefined {
  const m = expectMap(node, diags);
  if (!m) return undefined;
  // revisionName: KubeVirt uses the ControllerRevision stored when the VM was created, which may
  // differ from the object given here (reported)
  warnUntranslated(m, ['name', 'kind', 'inferFromVolume', 'inferFromVolumeFailurePolicy'], diags);
  const name = located(readString(m.get('name'), diags), m.get('name'));
  if (!name) {
    const infer = m.get('inferFromVolume') !== undefined;
    diags.error(infer ? 'UNSUPPORTED_FIELD' : 'MISSING_FIELD', infer ? `${m.path}.inferFromVolume is not translated` : `${m.path} has no name`, infer ? m.keyPos('inferFromVolume') : m.pos, {
      help: infer
        ? 'KubeVirt infers the name from the volume\'s labels: write the name it infers (kubectl get vm -o yaml shows it) in name'
        : 'name the instancetype or preference',
    });
    return undefined;
  }
  const kindNode = m.get('kind');
  const kind = readString(kindNode, diags);
  const ref: TemplateRef = { kind: kind === undefined || kind === '' ? defaultKind : kind, name, pos: m.pos };
  if (kindNode) ref.kindPos = kindNode.pos;
  return ref;
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
