// KubeVirt 1.9's preference requirements (pkg/instancetype/preference/requirements), checked by
// the VM admitter after defaulting: a VM that does not meet them is rejected with
// "failure checking preference requirements: ...".
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { Instancetype, Preference } from '../model/context.js';
import type { Vmi } from '../model/vmi.js';

export function checkRequirements(vmi: Vmi, it: Instancetype | undefined, pref: Preference | undefined, diags: Diagnostics): void {
  const req = pref?.requirements;
  if (!req) return;
  const fail = (message: string, at: Position): void =>
    diags.error('PREFERENCE_REQUIREMENTS', `failure checking preference requirements: ${message}`, at, {
      help: `${pref!.kind} '${pref!.name}' sets spec.requirements: give the VM ${it ? 'a larger instancetype' : 'what it asks for'}, or choose another preference`,
      related: [{ message: 'the requirements are here', pos: req.pos }],
    });
  const itPos = vmi.instancetypeRef?.pos ?? vmi.pos;
  // KubeVirt names the conflicting VM field (cpu.go, memory.go): the first of them the template writes
  const domain = 'spec.template.spec.domain.';
  const fields = vmi.templateFields ?? {};
  const at = (...paths: string[]): Position => paths.map((p) => fields[domain + p]).find((p) => p) ?? vmi.domainSpec.cpu.pos ?? vmi.pos;
  if (req.cpuGuest !== undefined) {
    if (it) {
      if (it.cpuGuest < req.cpuGuest) return fail(`insufficient CPU resources of ${it.cpuGuest} vCPU provided by instance type, preference requires ${req.cpuGuest} vCPU`, itPos);
    } else {
      const { provided, as, fields: named } = providedCpus(vmi, pref!);
      if (provided < req.cpuGuest) return fail(`insufficient CPU resources of ${provided} vCPU provided by VirtualMachine, preference requires ${req.cpuGuest} vCPU provided as ${as}`, at(...named.map((f) => `cpu.${f}`)));
    }
  }
  if (req.memory && vmi.memoryBytes < req.memory.bytes) {
    // the template's memory.guest after virt-api's setGuestMemory, as resource.Quantity prints it
    const provided = it?.memoryText ?? quantity(vmi.memoryBytes);
    const memAt = fields[`${domain}memory.guest`] ?? fields[`${domain}resources.requests.memory`] ?? fields[`${domain}resources.limits.memory`] ?? vmi.pos;
    return fail(`insufficient Memory resources of ${provided} provided by ${it ? 'instance type' : 'VirtualMachine'}, preference requires ${req.memory.text}`, it ? itPos : memAt);
  }
  if (req.architecture && vmi.architecture && vmi.architecture.value !== req.architecture) {
    fail(`preference requires architecture ${req.architecture} but ${vmi.architecture.value} is being requested`, vmi.architecture.pos);
  }
}

/** requirements/cpu.go: the vCPUs the template provides, counted along the preferred topology, and the fields it names. */
function providedCpus(vmi: Vmi, pref: Preference): { provided: number; as: string; fields: string[] } {
  switch (pref.topology ?? 'sockets') {
    case 'threads':
      return { provided: vmi.threads, as: 'threads', fields: ['threads'] };
    case 'cores':
      return { provided: vmi.cores, as: 'cores', fields: ['cores'] };
    case 'any':
      return { provided: vmi.sockets * vmi.cores * vmi.threads, as: 'cores, sockets and threads', fields: ['cores', 'sockets', 'threads'] };
    case 'spread':
      switch (pref.spreadAcross ?? 'SocketsCores') {
        case 'CoresThreads':
          return { provided: vmi.cores * vmi.threads, as: 'CoresThreads', fields: ['cores', 'threads'] };
        case 'SocketsCoresThreads':
          return { provided: vmi.sockets * vmi.cores * vmi.threads, as: 'SocketsCoresThreads', fields: ['sockets', 'cores', 'threads'] };
        default:
          return { provided: vmi.sockets * vmi.cores, as: 'SocketsCores', fields: ['sockets', 'cores'] };
      }
    default:
      return { provided: vmi.sockets, as: 'sockets', fields: ['sockets'] };
  }
}

/** resource.Quantity's canonical form of a byte count: the largest binary suffix that divides it. */
function quantity(bytes: number): string {
  const suffixes = ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'];
  for (let i = 0; i < suffixes.length; i++) {
    const unit = 2 ** (10 * (suffixes.length - i));
    if (bytes >= unit && bytes % unit === 0) return `${bytes / unit}${suffixes[i]}`;
  }
  return `${bytes}`;
}
