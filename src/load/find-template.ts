// KubeVirt 1.9's lookup of the instancetype or preference a VirtualMachine names (pkg/instancetype
// find, preference/find): in the inputs, else among the common ones virt-operator deploys.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Instancetype, Preference } from '../model/context.js';
import type { TemplateRef } from '../model/vmi.js';
import { input } from '../options.js';
import { builtin, builtinVersion } from './builtin-instancetypes.js';

/** find/spec.go: kinds are matched lower-case, singular or plural; '' is the cluster kind. */
const KIND_ALIASES: Record<string, string> = {
  virtualmachineinstancetype: 'VirtualMachineInstancetype',
  virtualmachineinstancetypes: 'VirtualMachineInstancetype',
  virtualmachineclusterinstancetype: 'VirtualMachineClusterInstancetype',
  virtualmachineclusterinstancetypes: 'VirtualMachineClusterInstancetype',
  virtualmachinepreference: 'VirtualMachinePreference',
  virtualmachinepreferences: 'VirtualMachinePreference',
  virtualmachineclusterpreference: 'VirtualMachineClusterPreference',
  virtualmachineclusterpreferences: 'VirtualMachineClusterPreference',
};

export function findTemplate<T extends Instancetype | Preference>(ref: TemplateRef, what: 'instancetype' | 'preference', namespace: string, objects: readonly T[], diags: Diagnostics): T | undefined {
  const kind = KIND_ALIASES[ref.kind.toLowerCase()];
  const expected = what === 'instancetype' ? ['VirtualMachineInstancetype', 'VirtualMachineClusterInstancetype'] : ['VirtualMachinePreference', 'VirtualMachineClusterPreference'];
  if (!kind || !expected.includes(kind)) {
    diags.error('INVALID_VALUE', `spec.${what}.kind '${ref.kind}' is not a kind of ${what}`, ref.kindPos ?? ref.pos, { help: `use ${expected.join(' or ')}` });
    return undefined;
  }
  const cluster = kind.includes('Cluster');
  const found = objects.find((o) => o.kind === kind && o.name === ref.name.value && (cluster || o.namespace === namespace));
  if (found) return found;
  const resource = kind.toLowerCase();
  const common = builtin(kind, ref.name.value, diags) as T | undefined;
  if (common) {
    diags.warn('INSTANCETYPE_BUILT_IN', `${kind} '${ref.name.value}' is not in the inputs: the one KubeVirt 1.9's virt-operator deploys (common-instancetypes ${builtinVersion()}) is used`, ref.name.pos, {
      help: `a cluster may have changed or removed it: pass the cluster's with ${input('file')} (kubectl get ${resource} ${ref.name.value} -o yaml > ${what}.yaml)`,
    });
    return common;
  }
  diags.error('INSTANCETYPE_NOT_FOUND', `${kind} '${ref.name.value}'${cluster ? '' : ` in namespace ${namespace}`} is not in the inputs`, ref.name.pos, {
    help: `the VM takes its ${what === 'instancetype' ? 'CPUs and memory' : 'device preferences'} from it: pass it with ${input('file')} (kubectl get ${resource} ${ref.name.value}${cluster ? '' : ` -n ${namespace}`} -o yaml > ${what}.yaml)`,
  });
  return undefined;
}
