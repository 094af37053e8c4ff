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
  if (req.cpuGuest !== undefined) {
    if (it) {
      if (it.cpuGuest < req.cpuGuest) return fail(`insufficient CPU resources of ${it.cpuGuest} vCPU provided by instance type, preference requires ${req.cpuGuest} vCPU`, itPos);
    } else {
      const { provided, as } = providedCpus(vmi, pref!);
      if (provided < req.cpuGuest) return fail(`insufficient CPU resources of ${provided} vCPU provided by VirtualMachine, preference requires ${req.cpuGuest} vCPU provided as ${as}`, vmi.pos);
    }
  }
  if (req.memory && vmi.memoryBytes < req.memory.bytes) {
    const provided = it?.memoryText ?? `${vmi.memoryBytes}`;
    return fail(`insufficient Memory resources of ${provided} provided by ${it ? 'instance type' : 'VirtualMachine'}, preference requires ${req.memory.text}`, it ? itPos : vmi.pos);
  }
  if (req.architecture && vmi.architecture && vmi.architecture.value !== req.architecture) {
    fail(`preference requires architecture ${req.architecture} but ${vmi.architecture.value} is being requested`, vmi.architecture.pos);
  }
}

/** requirements/cpu.go: the vCPUs the template provides, counted along the preferred topology. */
function providedCpus(vmi: Vmi, pref: Preference): { provided: number; as: string } {
  switch (pref.topology ?? 'sockets') {
    case 'threads':
      return { provided: vmi.threads, as: 'threads' };
    case 'cores':
      return { provided: vmi.cores, as: 'cores' };
    case 'any':
      return { provided: vmi.sockets * vmi.cores * vmi.threads, as: 'cores, sockets and threads' };
    case 'spread':
      switch (pref.spreadAcross ?? 'SocketsCores') {
        case 'CoresThreads':
          return { provided: vmi.cores * vmi.threads, as: 'CoresThreads' };
        case 'SocketsCoresThreads':
          return { provided: vmi.sockets * vmi.cores * vmi.threads, as: 'SocketsCoresThreads' };
        default:
          return { provided: vmi.sockets * vmi.cores, as: 'SocketsCores' };
      }
    default:
      return { provided: vmi.sockets, as: 'sockets' };
  }
}
