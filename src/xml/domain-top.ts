import type { XmlParent } from './builder.js';
import type { Domain } from '../model/domain.js';

// The domain's elements outside <devices>, each in the order libvirt's virDomainDefFormat prints
// them (name, metadata, maxMemory, memory, memoryBacking, vcpu, vcpus, iothreads, sysinfo, os,
// features, cpu, clock), so a line diff against `virsh dumpxml` stays small.

/** <maxMemory>, <memory>, <memoryBacking>, <vcpu>, <vcpus>, <iothreads>, <cputune> */
export function writeResources(root: XmlParent, domain: Domain): void {
  // KubeVirt marshals api.MaxMemory with slots='0' (no memory slots: virtio-mem hotplug)
  if (domain.maxMemoryBytes !== undefined) root.ele('maxMemory', { unit: 'b', slots: '0' }).txt(String(domain.maxMemoryBytes));
  root.ele('memory', { unit: 'b' }).txt(String(domain.memoryBytes));
  if (domain.memoryBacking) {
    const mb = root.ele('memoryBacking');
    if (domain.memoryBacking.hugepages) mb.ele('hugepages');
    if (domain.memoryBacking.memfd) mb.ele('source', { type: 'memfd' });
    if (domain.memoryBacking.shared) mb.ele('access', { mode: 'shared' });
  }
  root.ele('vcpu', { placement: 'static' }).txt(String(domain.vcpus));
  if (domain.vcpuList) {
    const vs = root.ele('vcpus');
    for (const v of domain.vcpuList) {
      vs.ele('vcpu', { id: String(v.id), enabled: v.enabled ? 'yes' : 'no', hotpluggable: v.hotpluggable ? 'yes' : 'no' });
    }
  }
  if (domain.iothreads !== undefined) root.ele('iothreads').txt(String(domain.iothreads));
  if (domain.cputune) {
    const ct = root.ele('cputune');
    for (const v of domain.cputune.vcpupins) ct.ele('vcpupin', { vcpu: String(v.vcpu), cpuset: v.cpuset });
    if (domain.cputune.emulatorpin !== undefined) ct.ele('emulatorpin', { cpuset: domain.cputune.emulatorpin });
    for (const t of domain.cputune.iothreadpins) ct.ele('iothreadpin', { iothread: String(t.iothread), cpuset: t.cpuset });
  }
}

function sysinfo(p: XmlParent, domain: Domain): void {
  const si = p.ele('sysinfo', { type: 'smbios' });
  const sys = si.ele('system');
  if (domain.firmwareUuid) sys.ele('entry', { name: 'uuid' }).txt(domain.firmwareUuid);
  // compute/sysinfo.go buildSystem: serial after uuid, then the cluster's SMBIOS (KubeVirt's defaults)
  if (domain.firmwareSerial) sys.ele('entry', { name: 'serial' }).txt(domain.firmwareSerial);
  sys.ele('entry', { name: 'manufacturer' }).txt('KubeVirt');
  sys.ele('entry', { name: 'family' }).txt('KubeVirt');
  sys.ele('entry', { name: 'product' }).txt('None');
}

function os(p: XmlParent, domain: Domain): void {
  const o = domain.os;
  const el = p.ele('os', o.firmware ? { firmware: o.firmware } : {});
  el.ele('type', { arch: domain.arch, machine: domain.machineType }).txt('hvm');
  if (o.loader) {
    el.ele('loader', { readonly: o.loader.readonly ? 'yes' : 'no', secure: o.loader.secure ? 'yes' : 'no', type: o.loader.type }).txt(o.loader.path);
  }
  if (o.nvram) el.ele('nvram', o.nvram.template ? { template: o.nvram.template } : {}).txt(o.nvram.path);
  if (o.kernel) el.ele('kernel').txt(o.kernel);
  if (o.initrd) el.ele('initrd').txt(o.initrd);
  if (o.cmdline !== undefined) el.ele('cmdline').txt(o.cmdline);
  if (o.biosUseSerial) el.ele('bios', { useserial: 'yes' });
  // arch converter IsSMBiosNeeded: not on s390x (the sysinfo is written all the same)
  if (domain.arch !== 's390x') el.ele('smbios', { mode: 'sysinfo' });
}

function features(p: XmlParent, domain: Domain): void {
  const f = domain.features;
  const el = p.ele('features');
  if (f.acpi) el.ele('acpi');
  if (f.apic) el.ele('apic');
  if (f.hyperv) {
    const hv = el.ele('hyperv', f.hyperv.passthrough ? { mode: 'passthrough' } : {});
    for (const h of f.hyperv.items) {
      const attrs: Record<string, string> = { state: h.state };
      if (h.retries !== undefined) attrs.retries = String(h.retries);
      if (h.value !== undefined) attrs.value = h.value;
      const item = hv.ele(h.name, attrs);
      if (h.direct) item.ele('direct', { state: h.direct });
      if (h.extended) item.ele('extended', { state: h.extended });
    }
  }
  if (f.kvmHidden || f.kvmHintDedicated) {
    const kvm = el.ele('kvm');
    if (f.kvmHidden) kvm.ele('hidden', { state: f.kvmHidden });
    if (f.kvmHintDedicated) kvm.ele('hint-dedicated', { state: 'on' });
  }
  if (f.pvspinlock) el.ele('pvspinlock', { state: f.pvspinlock });
  if (f.pmuOff) el.ele('pmu', { state: 'off' });
  if (f.vmport) el.ele('vmport', { state: 'off' });
  if (f.smm) el.ele('smm');
}

function cpu(p: XmlParent, domain: Domain): void {
  const c = domain.cpu;
  const el = p.ele('cpu', { mode: c.mode });
  if (c.model) el.ele('model').txt(c.model);
  el.ele('topology', { sockets: String(c.sockets), cores: String(c.cores), threads: String(c.threads) });
  // KubeVirt leaves the policy out when the VMI does; libvirt reads require and dumpxml prints it
  // (its schema wants one)
  for (const f of c.features) el.ele('feature', { policy: f.policy ?? 'require', name: f.name });
  if (c.numaCell) {
    el.ele('numa').ele('cell', { id: '0', cpus: c.numaCell.cpus, memory: String(c.numaCell.memoryKiB), unit: 'KiB' });
  }
}

function clock(p: XmlParent, domain: Domain): void {
  const c = domain.clock;
  if (!c) return;
  const attrs: Record<string, string> = {};
  if (c.offset) attrs.offset = c.offset;
  if (c.adjustment) attrs.adjustment = c.adjustment;
  if (c.timezone) attrs.timezone = c.timezone;
  const el = p.ele('clock', attrs);
  for (const t of c.timers) {
    const a: Record<string, string> = { name: t.name };
    if (t.tickpolicy) a.tickpolicy = t.tickpolicy;
    if (t.track) a.track = t.track;
    if (t.present) a.present = t.present;
    el.ele('timer', a);
  }
}

/** <sysinfo>, <os>, <features>, <cpu>, <clock> */
export function writePlatform(root: XmlParent, domain: Domain): void {
  sysinfo(root, domain);
  os(root, domain);
  features(root, domain);
  cpu(root, domain);
  clock(root, domain);
}
