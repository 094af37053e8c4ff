// KubeVirt 1.9's instancetype expansion of a VirtualMachine (pkg/instancetype: find, apply,
// preference/apply), as far as the domain depends on it.
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { Instancetype, Preference, VmContext } from '../model/context.js';
import type { Vmi } from '../model/vmi.js';
import { findTemplate } from '../load/find-template.js';

/** conflict/conflicts.go: "VM field(s) %s conflicts with selected instance type". */
const conflictMessage = (path: string): string => `VM field(s) ${path} conflicts with selected instance type`;

const CPU_CONFLICTS = ['resources.requests.cpu', 'resources.limits.cpu', 'cpu.sockets', 'cpu.cores', 'cpu.threads'];
const MEMORY_CONFLICTS = ['memory.guest', 'resources.requests.memory', 'resources.limits.memory'];

/** The instancetype and preference applied (undefined when absent, not found or in conflict), for the requirements check. */
export function applyInstancetype(vmi: Vmi, ctx: VmContext, diags: Diagnostics): { it?: Instancetype; pref?: Preference } {
  const it = vmi.instancetypeRef ? findTemplate(vmi.instancetypeRef, 'instancetype', vmi.namespace, ctx.instancetypes, diags) : undefined;
  // the preference was found, and its spec applied to the template, when the VM was read (load/preference-overlay.ts)
  const pref = vmi.preference;
  if (it && !applyInstancetypeSpec(vmi, it, pref, diags)) return {};
  if (pref) applyPreference(vmi, pref);
  // a named instancetype that was not found leaves nothing to check against
  if (vmi.instancetypeRef && !it) return {};
  return { ...(it ? { it } : {}), ...(pref ? { pref } : {}) };
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
  // apply/annotations.go applyInstanceTypeAnnotations: an annotation the template carries with
  // another value is a conflict ("annotations.<key>"); one it lacks is added to the VMI's
  const added: [string, { value: string; pos: Position }][] = [];
  for (const [key, a] of it.annotations ?? []) {
    const mine = vmi.annotations.get(key);
    if (!mine) added.push([key, a]);
    else if (mine.value !== a.value) {
      conflicts.push(`annotations.${key}`);
      diags.error('INSTANCETYPE_CONFLICT', conflictMessage(`annotations.${key}`), mine.pos, {
        help: `${it.kind} '${it.name}' sets annotation ${key} to '${a.value}': remove it from the VM's template or give it the same value`,
        related: [{ message: `${it.kind} '${it.name}' sets it here`, pos: a.pos }],
      });
    }
  }
  if (conflicts.length) return false;
  for (const [key, a] of added) vmi.annotations.set(key, a);
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

/**
 * preference/apply disk.go and interface.go for the disks and NICs: each preferred value fills a
 * field the VMI left unset, on the disks KubeVirt added for volumes too (util.SetDefaultVolumeDisk
 * and the default pod interface come first). The rest of the preference was applied to the
 * template when it was read (load/preference-overlay.ts).
 */
function applyPreference(vmi: Vmi, p: Preference): void {
  for (const d of vmi.disks) {
    const bus = d.device === 'disk' ? p.diskBus : d.device === 'cdrom' ? p.cdromBus : p.lunBus;
    if (bus && !d.bus) d.bus = { value: bus, pos: p.pos };
    if (d.device !== 'disk') continue;
    if (p.diskCache && d.cache === undefined) Object.assign(d, { cache: p.diskCache, cachePos: p.pos });
    const opts = vmi.domainSpec.diskOptions.get(d.name) ?? {};
    if (p.diskIO && opts.io === undefined) Object.assign(opts, { io: p.diskIO, pos: { ...opts.pos, io: p.pos } });
    // only a disk whose bus is virtio by then (the template's or the preference's; the VMI defaults come later)
    if (p.diskDedicatedIoThread !== undefined && opts.dedicatedIOThread === undefined && d.bus?.value === 'virtio') {
      Object.assign(opts, { dedicatedIOThread: p.diskDedicatedIoThread, pos: { ...opts.pos, dedicatedIOThread: p.pos } });
    }
    if (Object.keys(opts).length) vmi.domainSpec.diskOptions.set(d.name, opts);
  }
  if (p.interfaceModel) for (const i of vmi.interfaces) if (!i.model) i.model = { value: p.interfaceModel, pos: p.pos };
}
