import type { Clock, Domain, DomainOs, Features, HypervItem } from '../model/domain.js';
import type { Vmi } from '../model/vmi.js';
import type { HypervFeature } from '../model/vmi-domain.js';
import { withHypervDependencies } from '../kubevirt/hyperv.js';
import { launcherOf } from '../kubevirt/versions.js';
import { archOf, archTraits } from '../kubevirt/arch.js';
import type { Options } from '../options.js';

// <os>, <features> and <clock> as KubeVirt 1.9's converter writes them (arm64 and s390x where they differ):
// compute/os.go, compute/hypervisor_features.go, compute/clock.go; EFI paths from the launcher
// image of the modelled release (virt-config DefaultARCHOVMFPath, virtwrap/efi/efi.go).


const onOff = (v: boolean | undefined, dflt: boolean): 'on' | 'off' => ((v ?? dflt) ? 'on' : 'off');
const yesNo = (v: boolean | undefined, dflt: boolean): 'yes' | 'no' => ((v ?? dflt) ? 'yes' : 'no');

/** VMI hyperv names -> libvirt's elements (api.FeatureHyperv's xml names) */
const HYPERV_ELEMENT: Record<string, string> = { synictimer: 'stimer', vendorid: 'vendor_id' };

/** virt-config DefaultAARCH64OVMFPath (the same in 1.5-1.9) */
const AAVMF_PATH = '/usr/share/AAVMF';

/**
 * os.go convert_v1_Firmware_To_related_apis: EFI as a pflash loader over OVMF (the secboot code;
 * secure boot: the secboot vars and secure='yes') with the NVRAM at <nvram dir>/<vmi name>_VARS.fd (firmware
 * auto-selection is an alpha gate, off by default); bios useSerial; kernel boot paths and args.
 */
export function buildOs(vmi: Vmi, opts: Options): DomainOs {
  // the launcher image's OVMF directory (virt-config DefaultARCHOVMFPath: /usr/share/edk2/ovmf from 1.9)
  const ovmf = launcherOf(opts).ovmfPath;
  const fw = vmi.domainSpec.firmware;
  const os: DomainOs = {};
  const bl = fw.bootloader;
  if (bl?.kind === 'efi' && archOf(vmi) === 'arm64') {
    // arm64: efi.go DetectEFIEnvironment takes AAVMF_CODE.fd and AAVMF_VARS.fd (no secure boot
    // pair: the validate stage refuses secureBoot) from the arm64 OVMF path virt-handler gives the
    // launcher (virt-config DefaultAARCH64OVMFPath /usr/share/AAVMF, GetOVMFPath)
    const nvramDir = vmi.domainSpec.rootLauncher ? '/var/lib/libvirt/qemu/nvram' : '/var/run/kubevirt-private/libvirt/qemu/nvram';
    os.loader = { path: `${AAVMF_PATH}/AAVMF_CODE.fd`, readonly: true, secure: false, type: 'pflash' };
    os.nvram = { path: `${nvramDir}/${vmi.name}_VARS.fd`, template: `${AAVMF_PATH}/AAVMF_VARS.fd` };
  } else if (bl?.kind === 'efi') {
    // efi.go DetectEFIEnvironment on the launcher image: the secboot code always (preferred over
    // plain OVMF_CODE.fd when it exists, as it does there), the secboot vars with secure boot, else
    // OVMF_VARS.fd
    // util.PathForNVram: non-root launchers (the default) keep it under kubevirt-private
    const nvramDir = vmi.domainSpec.rootLauncher ? '/var/lib/libvirt/qemu/nvram' : '/var/run/kubevirt-private/libvirt/qemu/nvram';
    os.loader = { path: `${ovmf}/OVMF_CODE.secboot.fd`, readonly: true, secure: bl.secureBoot, type: 'pflash' };
    os.nvram = { path: `${nvramDir}/${vmi.name}_VARS.fd`, template: `${ovmf}/OVMF_VARS${bl.secureBoot ? '.secboot' : ''}.fd` };
  } else if (bl?.kind === 'bios' && bl.useSerial) {
    os.biosUseSerial = true;
  }
  // container-disk.go GetKernelBootArtifactPathFromLauncherView: the file's base name under
  // /var/run/kubevirt/container-disks/kernel-boot
  const artifact = (p: string): string => `/var/run/kubevirt/container-disks/kernel-boot/${p.split('/').filter(Boolean).pop() ?? ''}`;
  if (fw.kernelPath) os.kernel = artifact(fw.kernelPath);
  if (fw.initrdPath) os.initrd = artifact(fw.initrdPath);
  if (fw.kernelArgs !== undefined) os.cmdline = fw.kernelArgs;
  return os;
}

function hypervItem(name: string, f: HypervFeature): HypervItem {
  const item: HypervItem = { name: HYPERV_ELEMENT[name] ?? name, state: onOff(f.enabled, true) };
  // api core/v1 defaults.go SetDefaults_FeatureSpinlocks: enabled spinlocks retry 4096 times unless set
  if (name === 'spinlocks' && (f.retries !== undefined || item.state === 'on')) item.retries = f.retries ?? 4096;
  if (name === 'vendorid' && f.vendorId !== undefined) item.value = f.vendorId;
  if ((name === 'synictimer' || name === 'tlbflush') && f.direct) item.direct = onOff(f.direct.enabled, true);
  if (name === 'tlbflush' && f.extended) item.extended = onOff(f.extended.enabled, true);
  return item;
}

/**
 * hypervisor_features.go: acpi unless disabled (features are always there once defaulted: an
 * empty features still gives acpi), apic and smm unless disabled, every hyperv enlightenment the
 * VMI lists (enabled defaults to true) or hyperv passthrough, kvm hidden, pvspinlock, and on amd64
 * vmport off (arch converter HasVMPort). compute/cpu.go-independent: the VMI's features only.
 */
export function buildFeatures(vmi: Vmi): Features {
  const f = vmi.domainSpec.features;
  const out: Features = {
    // pkg/defaults setS390xDefaultFeatures: ACPI off on s390x unless the VMI enables it
    acpi: f?.acpi ?? archOf(vmi) !== 's390x',
    apic: f?.apic !== undefined && (f.apic.enabled ?? true),
    smm: f?.smm !== undefined && (f.smm.enabled ?? true),
    vmport: archTraits(vmi).vmport,
  };
  if (f?.hyperv) {
    const hv = withHypervDependencies(f.hyperv);
    out.hyperv = { passthrough: false, items: HYPERV_ORDER.filter((n) => hv.has(n)).map((n) => hypervItem(n, hv.get(n)!)) };
  }
  else if (f?.hypervPassthrough) out.hyperv = { passthrough: true, items: [] };
  if (f?.kvmHidden !== undefined) out.kvmHidden = f.kvmHidden ? 'on' : 'off';
  if (f?.pvspinlock) out.pvspinlock = onOff(f.pvspinlock.enabled, true);
  // vcpu.go AdjustDomainForTopologyAndCPUSet: amd64 dedicated CPUs get kvm hint-dedicated, realtime
  // turns the PMU off (neither depends on which host CPUs the pod gets)
  const cpu = vmi.domainSpec.cpu;
  if (cpu.dedicatedCpuPlacement) {
    if (archOf(vmi) === 'amd64') out.kvmHintDedicated = true;
    if (cpu.realtime) out.pmuOff = true;
  }
  return out;
}

/** api.FeatureHyperv's field order */
const HYPERV_ORDER = [
  'relaxed', 'vapic', 'spinlocks', 'vpindex', 'runtime', 'synic', 'synictimer', 'reset', 'vendorid', 'frequencies',
  'reenlightenment', 'tlbflush', 'ipi', 'evmcs',
];

/** VMI timer names -> libvirt's */
const TIMER_ELEMENT: Record<string, string> = { kvm: 'kvmclock', hyperv: 'hypervclock' };

/**
 * clock.go convert_v1_Clock_To_api_Clock: utc with adjustment reset (or offsetSeconds), or a
 * timezone; timers rtc, pit, kvmclock, hpet, hypervclock in that order, present yes unless
 * disabled, with the tick policy and track the VMI gives.
 */
export function buildClock(vmi: Vmi): Clock | undefined {
  const c = vmi.domainSpec.clock;
  if (!c) return undefined;
  // neither utc nor timezone: KubeVirt writes <clock> with no offset (libvirt reads utc)
  const clock: Clock = { timers: timers(c.timers) };
  if (c.utc) Object.assign(clock, { offset: 'utc', adjustment: c.utc.offsetSeconds !== undefined ? String(c.utc.offsetSeconds) : 'reset' });
  else if (c.timezone !== undefined) Object.assign(clock, { offset: 'timezone', timezone: c.timezone });
  return clock;
}

function timers(list: NonNullable<Vmi['domainSpec']['clock']>['timers']): Clock['timers'] {
  return list.map((t) => {
    const out: Clock['timers'][number] = { name: TIMER_ELEMENT[t.name] ?? t.name, present: yesNo(t.enabled, true) };
    if (t.tickPolicy && (t.name === 'rtc' || t.name === 'pit' || t.name === 'hpet')) out.tickpolicy = t.tickPolicy;
    if (t.track && t.name === 'rtc') out.track = t.track;
    return out;
  });
}

/** Applies the three to a domain. */
export function buildFirmwareAndFeatures(domain: Domain, vmi: Vmi, opts: Options): void {
  domain.os = buildOs(vmi, opts);
  domain.features = buildFeatures(vmi);
  const clock = buildClock(vmi);
  if (clock) domain.clock = clock;
  if (vmi.domainSpec.firmware.serial) domain.firmwareSerial = vmi.domainSpec.firmware.serial;
}
