// KubeVirt 1.9's instancetype expansion of a VirtualMachine (pkg/instancetype: find, apply,
// preference/apply), as far as the domain depends on it.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Instancetype, Preference, VmContext } from '../model/context.js';
import type { TemplateRef, Vmi } from '../model/vmi.js';
import { COMMON_INSTANCETYPES_VERSION } from '../kubevirt/common-instancetypes-1.9.js';
import { input } from '../options.js';
import { builtin } from './builtin-instancetypes.js';

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

/** conflict/conflicts.go: "VM field(s) %s conflicts with selected instance type". */
const conflictMessage = (path: string): string => `VM field(s) ${path} conflicts with selected instance type`;

const CPU_CONFLICTS = ['resources.requests.cpu', 'resources.limits.cpu', 'cpu.sockets', 'cpu.cores', 'cpu.threads'];
const MEMORY_CONFLICTS = ['memory.guest', 'resources.requests.memory', 'resources.limits.memory'];

/** The instancetype and preference applied (undefined when absent, not found or in conflict), for the requirements check. */
export function applyInstancetype(vmi: Vmi, ctx: VmContext, diags: Diagnostics): { it?: Instancetype; pref?: Preference } {
  const it = vmi.instancetypeRef ? find(vmi.instancetypeRef, 'instancetype', vmi, ctx.instancetypes, diags) : undefined;
  const pref = vmi.preferenceRef ? find(vmi.preferenceRef, 'preference', vmi, ctx.preferences, diags) : undefined;
  if (it && !applyInstancetypeSpec(vmi, it, pref, diags)) return {};
  if (pref) applyPreference(vmi, pref);
  // a named instancetype that was not found leaves nothing to check against
  if (vmi.instancetypeRef && !it) return {};
  return { ...(it ? { it } : {}), ...(pref ? { pref } : {}) };
}

function find<T extends Instancetype | Preference>(ref: TemplateRef, what: 'instancetype' | 'preference', vmi: Vmi, objects: readonly T[], diags: Diagnostics): T | undefined {
  const kind = KIND_ALIASES[ref.kind.toLowerCase()];
  const expected = what === 'instancetype' ? ['VirtualMachineInstancetype', 'VirtualMachineClusterInstancetype'] : ['VirtualMachinePreference', 'VirtualMachineClusterPreference'];
  if (!kind || !expected.includes(kind)) {
    diags.error('INVALID_VALUE', `spec.${what}.kind '${ref.kind}' is not a kind of ${what}`, ref.kindPos ?? ref.pos, { help: `use ${expected.join(' or ')}` });
    return undefined;
  }
  const cluster = kind.includes('Cluster');
  const found = objects.find((o) => o.kind === kind && o.name === ref.name.value && (cluster || o.namespace === vmi.namespace));
  if (found) return found;
  const resource = kind.toLowerCase();
  const common = builtin(kind, ref.name.value, diags) as T | undefined;
  if (common) {
    diags.warn('INSTANCETYPE_BUILT_IN', `${kind} '${ref.name.value}' is not in the inputs: the one KubeVirt 1.9's virt-operator deploys (common-instancetypes ${COMMON_INSTANCETYPES_VERSION}) is used`, ref.name.pos, {
      help: `a cluster may have changed or removed it: pass the cluster's with ${input('file')} (kubectl get ${resource} ${ref.name.value} -o yaml > ${what}.yaml)`,
    });
    return common;
  }
  diags.error('INSTANCETYPE_NOT_FOUND', `${kind} '${ref.name.value}'${cluster ? '' : ` in namespace ${vmi.namespace}`} is not in the inputs`, ref.name.pos, {
    help: `the VM takes its ${what === 'instancetype' ? 'CPUs and memory' : 'device preferences'} from it: pass it with ${input('file')} (kubectl get ${resource} ${ref.name.value}${cluster ? '' : ` -n ${vmi.namespace}`} -o yaml > ${what}.yaml)`,
  });
  return undefined;
}

/** apply/vmi.go ApplyToVMI: conflicts first (each at the VM field), then CPU and memory. */
function applyInstancetypeSpec(vmi: Vmi, it: Instancetype, pref: Preference | undefined, diags: Diagnostics): boolean {
  const fields = vmi.templateFields ?? {};
  const base = 'spec.template.spec.domain.';
  const conflicts = CPU_CONFLICTS.filter((p) => fields[base + p]);
  if (it.cpuModel && fields[`${base}cpu.model`]) conflicts.push('cpu.model');
  // memory.go returns its first conflict only
  const mem = MEMORY_CONFLICTS.find((p) => fields[base + p]);
  if (mem) conflicts.push(mem);
  for (const c of conflicts) {
    diags.error('INSTANCETYPE_CONFLICT', conflictMessage(base + c), fields[base + c]!, {
      help: `${it.kind} '${it.name}' sets the ${c.includes('cpu') ? 'vCPUs' : 'memory'}: remove this field from the VM's template`,
      related: [{ message: `${it.kind} '${it.name}' is here`, pos: it.pos }],
    });
  }
  if (conflicts.length) return false;
  Object.assign(vmi, guestTopology(it.cpuGuest, pref));
  vmi.memoryBytes = it.memoryBytes;
  if (it.cpuModel && it.cpuModel.value !== 'host-model') {
    diags.warn('UNSUPPORTED_FIELD', `cpu model '${it.cpuModel.value}' is not translated: the domain uses host-model`, it.cpuModel.pos);
  }
  return true;
}

/** apply/cpu.go applyGuestCPUTopology: vCPUs laid out as the preference asks, sockets by default. */
function guestTopology(vcpus: number, pref: Preference | undefined): { sockets: number; cores: number; threads: number } {
  const t = { sockets: 1, cores: 1, threads: 1 };
  if (vcpus === 1) return t;
  switch (pref?.topology ?? 'sockets') {
    case 'cores':
      t.cores = vcpus;
      break;
    case 'threads':
      t.threads = vcpus;
      break;
    case 'spread': {
      const ratio = pref?.spreadRatio ?? 2;
      switch (pref?.spreadAcross ?? 'SocketsCores') {
        case 'SocketsCores':
          Object.assign(t, { cores: ratio, sockets: Math.floor(vcpus / ratio) });
          break;
        case 'CoresThreads':
          Object.assign(t, { threads: ratio, cores: Math.floor(vcpus / ratio) });
          break;
        case 'SocketsCoresThreads':
          Object.assign(t, { threads: 2, cores: ratio, sockets: Math.floor(vcpus / 2 / ratio) });
      }
      break;
    }
    default:
      t.sockets = vcpus;
  }
  return t;
}

/** preference/apply: each preferred value fills a field the VMI left unset. */
function applyPreference(vmi: Vmi, p: Preference): void {
  for (const d of vmi.disks) {
    const bus = d.device === 'disk' ? p.diskBus : d.device === 'cdrom' ? p.cdromBus : p.lunBus;
    if (bus && !d.bus) d.bus = { value: bus, pos: p.pos };
    if (d.device === 'disk' && p.diskCache && d.cache === undefined) d.cache = p.diskCache;
  }
  if (p.interfaceModel) for (const i of vmi.interfaces) if (!i.model) i.model = { value: p.interfaceModel, pos: p.pos };
  if (p.machineType && !vmi.machineType) vmi.machineType = { value: p.machineType, pos: p.pos };
  if (p.architecture && !vmi.architecture) vmi.architecture = { value: p.architecture, pos: p.pos };
}
