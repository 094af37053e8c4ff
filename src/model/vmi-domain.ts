import type { Position } from '../diagnostics/diagnostics.js';
import type { Located } from '../source/ynode.js';

// spec.domain beyond interfaces and disks, as far as the domain XML depends on it: firmware,
// features, clock, CPU, memory, iothreads and the devices other than NICs and disks. Read by
// src/load/vmi-domain.ts; each field is named after the VMI field it holds. Booleans that KubeVirt
// defaults are kept as written (undefined = unset) so the builder applies KubeVirt's default.

/** features.hyperv.<name>: enabled, plus the extra fields some enlightenments carry */
export interface HypervFeature {
  enabled?: boolean;
  /** spinlocks.spinlocks */
  retries?: number;
  /** vendorid.vendorid */
  vendorId?: string;
  /** synictimer.direct, tlbflush.direct */
  direct?: { enabled?: boolean };
  /** tlbflush.extended */
  extended?: { enabled?: boolean };
}

export interface VmiFeatures {
  /** features.acpi.enabled (features.acpi is always there once KubeVirt defaulted the VMI) */
  acpi?: boolean;
  apic?: { enabled?: boolean };
  smm?: { enabled?: boolean };
  /** the enlightenments in KubeVirt's api.FeatureHyperv order, by VMI name */
  hyperv?: Map<string, HypervFeature>;
  hypervPassthrough?: boolean;
  kvmHidden?: boolean;
  pvspinlock?: { enabled?: boolean };
}

export interface VmiTimer {
  /** rtc, pit, kvm, hpet, hyperv (VMI names) */
  name: string;
  enabled?: boolean;
  tickPolicy?: string;
  track?: string;
}

export interface VmiClock {
  utc?: { offsetSeconds?: number };
  timezone?: string;
  timers: VmiTimer[];
}

export type VmiBootloader =
  | { kind: 'bios'; useSerial?: boolean; pos?: Position }
  | {
      kind: 'efi';
      secureBoot: boolean;
      persistent: boolean;
      /** secureBoot was written (arm64 defaults an unwritten one to false) */
      secureBootPos?: Position;
      /** where efi is */
      pos?: Position;
      /** bios is written beside efi (the webhook refuses both) */
      biosPos?: Position;
      /** launchSecurity.tdx is set: its firmware needs no SMM */
      tdx?: boolean;
    };

export interface VmiFirmware {
  uuid?: string;
  serial?: string;
  bootloader?: VmiBootloader;
  kernelArgs?: string;
  kernelPath?: string;
  initrdPath?: string;
}

export interface VmiCpu {
  /** cpu.model as written: host-model, host-passthrough or a named model */
  model?: Located<string>;
  features: { name: string; policy?: string }[];
  maxSockets?: number;
  /** cpu.sockets when sockets, cores or threads is written (0 if sockets is not); undefined when none is (sockets then come from resources) */
  specSockets?: number;
  dedicatedCpuPlacement: boolean;
  isolateEmulatorThread: boolean;
  realtime: boolean;
  numaGuestMappingPassthrough: boolean;
  /** where spec.domain.cpu is, for the node-dependence warning */
  pos?: Position;
  /** where sockets, cores, threads and maxSockets are written, for a count no launcher can give */
  countPos?: Partial<Record<'sockets' | 'cores' | 'threads' | 'maxSockets', Position>>;
}

export interface VmiMemory {
  /** memory.maxGuest in bytes */
  maxGuestBytes?: number;
  /** memory.guest was set (memory hotplug needs it) */
  guestSet: boolean;
  hugepages?: { pageSize: string };
}

/** Disk options read beside what load/vmi-devices.ts reads, by disk name. */
export interface VmiDiskOptions {
  io?: string;
  errorPolicy?: string;
  shareable?: boolean;
  dedicatedIOThread?: boolean;
  /** where each was written (a preferred value: the preference) */
  pos?: { io?: Position; errorPolicy?: Position; dedicatedIOThread?: Position };
  /** cdrom.readonly as written (KubeVirt: a cdrom without it is read-only) */
  cdromReadonly?: boolean;
  tray?: string;
}

export interface VmiInput {
  name: string;
  type: string;
  bus: string;
  pos: Position;
}

/** a GPU's virtualGPUOptions.display: enabled and ramFB.enabled as set (undefined when unset) */
export interface VgpuDisplayOptions {
  enabled?: boolean;
  ramfb?: boolean;
}

/** a gpu or hostDevice, taken from the device plugin (KubeVirt's PCI_RESOURCE_, MDEV_PCI_RESOURCE_ or USB_RESOURCE_<resource> env) */
export interface VmiHostDevice {
  name: string;
  deviceName: Located<string>;
  pos: Position;
  /** a GPU's virtualGPUOptions (display: undefined when not set) */
  vgpu?: { display?: VgpuDisplayOptions };
}

export interface VmiDomainDevices {
  inputs: VmiInput[];
  video?: { type: string; pos?: Position };
  /** the watchdog and its devices as written (i6300esb, diag288: their action, '' when unset) */
  watchdog?: { name: string; pos: Position; i6300esb?: { action: string }; diag288?: { action: string } };
  sound?: { name: string; model?: string; pos?: Position };
  tpm?: { persistent: boolean };
  /** virtiofs filesystems, by name */
  filesystems: string[];
  panicDevices: { model?: string }[];
  gpus: VmiHostDevice[];
  hostDevices: VmiHostDevice[];
  downwardMetrics: boolean;
  blockMultiQueue: boolean;
  disableHotplug: boolean;
  autoattachVSOCK: boolean;
}

/** Everything of spec.domain (and status.vsockCID) src/load/vmi-domain.ts reads. */
export interface VmiDomainSpec {
  firmware: VmiFirmware;
  features?: VmiFeatures;
  clock?: VmiClock;
  cpu: VmiCpu;
  memory: VmiMemory;
  ioThreadsPolicy?: string;
  supplementalPoolThreadCount?: number;
  /** resources.requests.cpu, else limits.cpu, in whole CPUs (the auto iothread pool is twice it) */
  resourceCpus?: number;
  diskOptions: Map<string, VmiDiskOptions>;
  devices: VmiDomainDevices;
  /** status.vsockCID, assigned by virt-controller */
  vsockCid?: number;
  /** status.runtimeUser is 0: a root launcher (paths under /var/lib/libvirt instead of kubevirt-private) */
  rootLauncher?: boolean;
}
