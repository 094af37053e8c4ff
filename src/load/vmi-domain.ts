import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { HypervFeature, VmiClock, VmiCpu, VmiDomainSpec, VmiFeatures, VmiFirmware, VmiMemory } from '../model/vmi-domain.js';
import { readDevices, readDiskOptions } from './vmi-domain-devices.js';
import { expectMap, expectSeq, readBool, readString, readUint, type YNode } from '../source/ynode.js';
import { parseCpuQuantity, parseMemoryQuantity } from './quantity.js';
import { warnUntranslated } from './untranslated.js';
import { HYPERV_NEEDS, withHypervDependencies } from '../kubevirt/hyperv.js';
import { reportDomainFields } from './vmi-domain-reported.js';

/** The largest supplemental iothread pool vdpa-xml writes (see COUNT_TOO_LARGE). */
export const MAX_SUPPLEMENTAL_IOTHREADS = 4096;

// spec.domain beyond interfaces and disks (issue 11): what KubeVirt 1.9's converter configurators
// read (pkg/virt-launcher/virtwrap/converter/compute/*). Fields of these maps vdpa-xml does not
// translate are warned about here, where their parent is read.

/** spec.domain keys read here (readVmi lists them as known) */
export const DOMAIN_KEYS = ['firmware', 'features', 'clock', 'cpu', 'memory', 'ioThreadsPolicy', 'ioThreads'];
/** spec.domain.devices keys read here */
export const DEVICE_KEYS = [
  'inputs', 'video', 'watchdog', 'sound', 'tpm', 'filesystems', 'panicDevices', 'gpus', 'hostDevices', 'downwardMetrics',
  'blockMultiQueue', 'disableHotplug', 'autoattachVSOCK',
];

/** spec.domain.devices.disks[i] keys read here (readDisks lists them as known) */
export const DISK_OPTION_KEYS = ['io', 'errorPolicy', 'shareable', 'dedicatedIOThread'];

/** VMI hyperv names in the order KubeVirt's api.FeatureHyperv marshals them */
export const HYPERV_NAMES = [
  'relaxed', 'vapic', 'spinlocks', 'vpindex', 'runtime', 'synic', 'synictimer', 'reset', 'vendorid', 'frequencies',
  'reenlightenment', 'tlbflush', 'ipi', 'evmcs',
];
const TIMERS = ['rtc', 'pit', 'kvm', 'hpet', 'hyperv'];

const enabledOf = (n: YNode | undefined, diags: Diagnostics): boolean | undefined => readBool(expectMap(n, diags)?.get('enabled'), diags);

function readFirmware(domain: YNode, diags: Diagnostics): VmiFirmware {
  const fw = expectMap(domain.get('firmware'), diags);
  const out: VmiFirmware = {};
  if (!fw) return out;
  warnUntranslated(fw, ['uuid', 'serial', 'bootloader', 'kernelBoot'], diags);
  const uuid = readString(fw.get('uuid'), diags);
  if (uuid !== undefined) out.uuid = uuid;
  const serial = readString(fw.get('serial'), diags);
  if (serial !== undefined) out.serial = serial;
  const bl = expectMap(fw.get('bootloader'), diags);
  const efi = expectMap(bl?.get('efi'), diags);
  const bios = expectMap(bl?.get('bios'), diags);
  if (bl?.get('efi') && !bl.get('efi')!.isNull) {
    // an efi: {} with no fields: secureBoot defaults to true (manager.go, generateConverterContext)
    const sb = readBool(efi?.get('secureBoot'), diags);
    out.bootloader = { kind: 'efi', secureBoot: sb ?? true, persistent: readBool(efi?.get('persistent'), diags) ?? false };
    if (sb !== undefined) out.bootloader.secureBootPos = efi!.keyPos('secureBoot');
    out.bootloader.pos = bl.keyPos('efi');
    if (bl.get('bios') && !bl.get('bios')!.isNull) out.bootloader.biosPos = bl.keyPos('bios');
    if (expectMap(domain.get('launchSecurity'), diags)?.get('tdx')) out.bootloader.tdx = true;
  } else if (bios) {
    out.bootloader = { kind: 'bios', pos: bl!.keyPos('bios') };
    const useSerial = readBool(bios.get('useSerial'), diags);
    if (useSerial !== undefined) out.bootloader.useSerial = useSerial;
  }
  const kb = expectMap(fw.get('kernelBoot'), diags);
  if (kb) {
    const args = readString(kb.get('kernelArgs'), diags);
    if (args !== undefined) out.kernelArgs = args;
    const c = expectMap(kb.get('container'), diags);
    const kp = readString(c?.get('kernelPath'), diags);
    if (kp) out.kernelPath = kp;
    const ip = readString(c?.get('initrdPath'), diags);
    if (ip) out.initrdPath = ip;
  }
  return out;
}

function readHyperv(n: YNode, diags: Diagnostics): Map<string, HypervFeature> {
  warnUntranslated(n, HYPERV_NAMES, diags);
  const out = new Map<string, HypervFeature>();
  for (const name of HYPERV_NAMES) {
    const f = expectMap(n.get(name), diags);
    if (!n.get(name) || n.get(name)!.isNull) continue;
    const h: HypervFeature = {};
    const en = readBool(f?.get('enabled'), diags);
    if (en !== undefined) h.enabled = en;
    const retries = readUint(f?.get('spinlocks'), diags);
    if (retries !== undefined) h.retries = retries;
    const vendor = readString(f?.get('vendorid'), diags);
    if (vendor !== undefined) h.vendorId = vendor;
    for (const sub of ['direct', 'extended'] as const) {
      if (f?.get(sub) && !f.get(sub)!.isNull) {
        const e = enabledOf(f.get(sub), diags);
        h[sub] = e === undefined ? {} : { enabled: e };
      }
    }
    out.set(name, h);
  }
  // virt-api (pkg/defaults/hyperv.go TryToSetRequirement) rejects an enabled enlightenment whose
  // requirement the VMI disables, after enabling the requirements it leaves out
  const withNeeds = withHypervDependencies(out);
  for (const [feature, needs] of HYPERV_NEEDS) {
    if (withNeeds.get(feature)?.enabled !== false && withNeeds.has(feature) && withNeeds.get(needs)?.enabled === false) {
      diags.error('INVALID_VALUE', `${n.path}.${feature} requires ${n.path}.${needs}, which is disabled`, n.get(needs)?.pos ?? n.pos, {
        help: `enable ${needs} or disable ${feature}: virt-api rejects the VMI otherwise`,
      });
    }
  }
  return out;
}

function readFeatures(domain: YNode, diags: Diagnostics): VmiFeatures | undefined {
  const f = expectMap(domain.get('features'), diags);
  if (!f) return undefined;
  warnUntranslated(f, ['acpi', 'apic', 'smm', 'hyperv', 'hypervPassthrough', 'kvm', 'pvspinlock'], diags);
  const out: VmiFeatures = {};
  const acpi = enabledOf(f.get('acpi'), diags);
  if (acpi !== undefined) out.acpi = acpi;
  for (const k of ['apic', 'smm', 'pvspinlock'] as const) {
    if (!f.get(k) || f.get(k)!.isNull) continue;
    const e = enabledOf(f.get(k), diags);
    out[k] = e === undefined ? {} : { enabled: e };
  }
  const hv = expectMap(f.get('hyperv'), diags);
  if (hv) out.hyperv = readHyperv(hv, diags);
  const pass = enabledOf(f.get('hypervPassthrough'), diags);
  if (pass !== undefined) out.hypervPassthrough = pass;
  const kvm = expectMap(f.get('kvm'), diags);
  if (kvm) out.kvmHidden = readBool(kvm.get('hidden'), diags) ?? false;
  return out;
}

function readClock(domain: YNode, diags: Diagnostics): VmiClock | undefined {
  const c = expectMap(domain.get('clock'), diags);
  if (!c) return undefined;
  warnUntranslated(c, ['utc', 'timezone', 'timer'], diags);
  const out: VmiClock = { timers: [] };
  const utc = c.get('utc');
  if (utc && !utc.isNull) {
    const off = expectMap(utc, diags)?.get('offsetSeconds');
    const v = off?.scalar;
    out.utc = typeof v === 'number' && Number.isInteger(v) ? { offsetSeconds: v } : {};
  }
  const tz = readString(c.get('timezone'), diags);
  if (tz !== undefined) out.timezone = tz;
  const timers = expectMap(c.get('timer'), diags);
  if (timers) {
    warnUntranslated(timers, TIMERS, diags);
    for (const name of TIMERS) {
      const t = expectMap(timers.get(name), diags);
      if (!timers.get(name) || timers.get(name)!.isNull) continue;
      const timer: VmiClock['timers'][number] = { name };
      const en = readBool(t?.get('present'), diags);
      if (en !== undefined) timer.enabled = en;
      const tp = readString(t?.get('tickPolicy'), diags);
      if (tp) timer.tickPolicy = tp;
      const tr = readString(t?.get('track'), diags);
      if (tr) timer.track = tr;
      out.timers.push(timer);
    }
  }
  return out;
}

function readCpu(domain: YNode, diags: Diagnostics): VmiCpu {
  const cpu = expectMap(domain.get('cpu'), diags);
  const out: VmiCpu = { features: [], dedicatedCpuPlacement: false, isolateEmulatorThread: false, realtime: false, numaGuestMappingPassthrough: false };
  if (!cpu) return out;
  out.pos = cpu.pos;
  for (const k of ['sockets', 'cores', 'threads', 'maxSockets'] as const) {
    const n = cpu.get(k);
    if (n && !n.isNull) (out.countPos ??= {})[k] = n.pos;
  }
  warnUntranslated(cpu, ['sockets', 'cores', 'threads', 'model', 'features', 'maxSockets', 'dedicatedCpuPlacement', 'isolateEmulatorThread', 'realtime', 'numa'], diags);
  const model = readString(cpu.get('model'), diags);
  if (model) out.model = { value: model, pos: cpu.get('model')!.pos };
  for (const item of expectSeq(cpu.get('features'), diags)) {
    const m = expectMap(item, diags);
    const name = readString(m?.get('name'), diags);
    // no policy: KubeVirt writes none, and libvirt reads require
    const policy = readString(m?.get('policy'), diags);
    if (name) out.features.push(policy ? { name, policy } : { name });
  }
  if (['sockets', 'cores', 'threads'].some((k) => typeof cpu.get(k)?.scalar === 'number' && cpu.get(k)!.scalar !== 0)) {
    const s = cpu.get('sockets')?.scalar;
    out.specSockets = typeof s === 'number' && Number.isInteger(s) && s > 0 ? s : 0;
  }
  const ms = readUint(cpu.get('maxSockets'), diags);
  if (ms) out.maxSockets = ms;
  out.dedicatedCpuPlacement = readBool(cpu.get('dedicatedCpuPlacement'), diags) ?? false;
  out.isolateEmulatorThread = readBool(cpu.get('isolateEmulatorThread'), diags) ?? false;
  out.realtime = cpu.get('realtime') !== undefined && !cpu.get('realtime')!.isNull;
  out.numaGuestMappingPassthrough = cpu.at('numa', 'guestMappingPassthrough') !== undefined;
  return out;
}

function readMemory(domain: YNode, diags: Diagnostics): VmiMemory {
  const m = expectMap(domain.get('memory'), diags);
  const out: VmiMemory = { guestSet: m?.get('guest') !== undefined && !m.get('guest')!.isNull };
  if (!m) return out;
  warnUntranslated(m, ['guest', 'maxGuest', 'hugepages', 'reservedOverhead'], diags);
  const max = readString(m.get('maxGuest'), diags);
  if (max !== undefined) {
    const bytes = parseMemoryQuantity(max);
    if (bytes === undefined || bytes <= 0) diags.error('INVALID_VALUE', `${m.get('maxGuest')!.path} '${max}' is not a memory quantity`, m.get('maxGuest')!.pos, { help: "write a Kubernetes quantity such as '8Gi'" });
    else out.maxGuestBytes = bytes;
  }
  const hp = expectMap(m.get('hugepages'), diags);
  const size = readString(hp?.get('pageSize'), diags);
  if (hp) out.hugepages = { pageSize: size ?? '' };
  return out;
}

function wholeCpus(domain: YNode, diags: Diagnostics): number | undefined {
  const r = expectMap(domain.get('resources'), diags);
  for (const n of [r?.at('requests', 'cpu'), r?.at('limits', 'cpu')]) {
    const raw = n?.scalar;
    const v = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : undefined;
    const cpus = v === undefined ? undefined : parseCpuQuantity(v);
    // resource.Quantity.Value() rounds up
    if (cpus !== undefined) return cpus;
  }
  return undefined;
}

/** Reads spec.domain's firmware, features, clock, CPU, memory, iothreads and the extra devices. */
export function readDomainSpec(domain: YNode, status: YNode | undefined, diags: Diagnostics): VmiDomainSpec {
  const devices = expectMap(domain.get('devices'), diags);
  const policy = readString(domain.get('ioThreadsPolicy'), diags);
  reportDomainFields(domain, diags);
  const out: VmiDomainSpec = {
    firmware: readFirmware(domain, diags),
    cpu: readCpu(domain, diags),
    memory: readMemory(domain, diags),
    diskOptions: readDiskOptions(devices, diags),
    devices: readDevices(devices, diags),
  };
  const features = readFeatures(domain, diags);
  if (features) out.features = features;
  const clock = readClock(domain, diags);
  if (clock) out.clock = clock;
  if (policy) out.ioThreadsPolicy = policy;
  const poolNode = expectMap(domain.get('ioThreads'), diags)?.get('supplementalPoolThreadCount');
  const pool = readUint(poolNode, diags);
  // the converter writes an <iothread> per thread, and every virtio disk lists them all: a count
  // KubeVirt's uint32 allows would be billions of elements, which vdpa-xml does not build
  if (pool !== undefined && pool > MAX_SUPPLEMENTAL_IOTHREADS) {
    diags.error('COUNT_TOO_LARGE', `${poolNode!.path} is ${pool}, more iothreads than vdpa-xml writes (${MAX_SUPPLEMENTAL_IOTHREADS}, the most vCPUs a QEMU machine takes): the launcher would write an <iothread> for each, on every virtio disk`, poolNode!.pos, {
      help: 'give the disks a pool of at most a few threads per vCPU',
    });
  } else if (pool !== undefined) out.supplementalPoolThreadCount = pool;
  // vmi-create-admitter.go: supplementalPool needs ioThreads.supplementalPoolThreadCount of at least 1
  if (policy === 'supplementalPool' && !pool) {
    diags.error('INVALID_VALUE', `${domain.path}.ioThreadsPolicy supplementalPool needs ioThreads.supplementalPoolThreadCount of at least 1; KubeVirt's webhook refuses the VMI`, domain.get('ioThreadsPolicy')!.pos, {
      help: 'set spec.domain.ioThreads.supplementalPoolThreadCount (the number of iothreads the disks share), or use ioThreadsPolicy shared or auto',
    });
  }
  const cpus = wholeCpus(domain, diags);
  if (cpus !== undefined) out.resourceCpus = cpus;
  const cid = status?.isMap ? status.get('vsockCID')?.scalar : undefined;
  if (typeof cid === 'number') out.vsockCid = cid;
  // vmitrait.IsNonRoot: status.runtimeUser 0 is a root launcher; virt-controller sets 107 by default
  if (status?.isMap && status.get('runtimeUser')?.scalar === 0) out.rootLauncher = true;
  return out;
}
