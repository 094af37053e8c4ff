// KubeVirt's common instancetypes and preferences (u1.medium, fedora, ...), as virt-operator 1.9
// deploys them, for VMs that name one that is not in the inputs.
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { commonInstancetypes } from '../kubevirt/common-instancetypes-lazy.js';
import { readContext } from './context.js';
import type { Instancetype, Preference } from '../model/context.js';
import { parseObjects, type KubeObject } from '../source/documents.js';
import { makeSource } from '../source/source.js';

type BuiltinKind = 'VirtualMachineClusterInstancetype' | 'VirtualMachineClusterPreference';

/** The file name a built-in object's diagnostics point at. */
function builtinFile(kind: BuiltinKind): string {
  const bundle = kind === 'VirtualMachineClusterInstancetype' ? 'common-clusterinstancetypes-bundle.yaml' : 'common-clusterpreferences-bundle.yaml';
  return `<kubevirt-1.9 common-instancetypes ${builtinVersion()}>/${bundle}`;
}

/** The common-instancetypes release the table holds (loads the table: ask only once one is used). */
export function builtinVersion(): string {
  return commonInstancetypes().COMMON_INSTANCETYPES_VERSION;
}

const parsed = new Map<string, KubeObject[]>();

function objects(kind: BuiltinKind): KubeObject[] {
  let list = parsed.get(kind);
  if (!list) {
    const data = commonInstancetypes();
    const text = kind === 'VirtualMachineClusterInstancetype' ? data.COMMON_CLUSTER_INSTANCETYPES : data.COMMON_CLUSTER_PREFERENCES;
    // the bundles are sound YAML; a diagnostic here would be a bug in the data, not the user's input
    const scratch = new Diagnostics();
    list = parseObjects(makeSource(builtinFile(kind), text), scratch);
    if (scratch.hasErrors) throw new Error(`internal error: the built-in ${kind} bundle does not parse`);
    parsed.set(kind, list);
  }
  return list;
}

/**
 * The common cluster instancetype or preference of that name, read with `diags` (so what of it is
 * not translated is reported, at its place in the bundle), or undefined.
 */
export function builtin(kind: string, name: string, diags: Diagnostics): Instancetype | Preference | undefined {
  if (kind !== 'VirtualMachineClusterInstancetype' && kind !== 'VirtualMachineClusterPreference') return undefined;
  const obj = objects(kind).find((o) => o.root.at('metadata', 'name')?.scalar === name);
  if (!obj) return undefined;
  const ctx = readContext([obj], diags);
  return kind === 'VirtualMachineClusterInstancetype' ? ctx.instancetypes[0] : ctx.preferences[0];
}
