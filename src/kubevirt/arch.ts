import type { Vmi } from '../model/vmi.js';

// What differs per architecture in the domain KubeVirt 1.9's converter writes: the facts of its
// arch package (pkg/virt-launcher/virtwrap/converter/arch/{amd64,arm64,s390x}.go, the Converter
// interface), the per-arch branches of the compute configurators, and virt-config's defaults.

export type KubevirtArch = 'amd64' | 'arm64' | 's390x';

/** The architectures KubeVirt 1.9 runs (converter/arch NewConverter). */
export const KUBEVIRT_ARCHES: readonly KubevirtArch[] = ['amd64', 'arm64', 's390x'];

export interface ArchTraits {
  /** <os><type arch=...>: libvirt's name (converter.go: arm64 is aarch64, amd64 x86_64) */
  libvirtArch: 'x86_64' | 'aarch64' | 's390x';
  /** virt-config DefaultAMD64MachineType / DefaultAARCH64MachineType / DefaultS390XMachineType */
  defaultMachine: string;
  /** TransitionalModelType: s390x has only plain 'virtio' (no transitional variants) */
  plainVirtio: boolean;
  /** SCSIControllerModel: s390x always virtio-scsi, the others the virtio model */
  scsiIsVirtioScsi: boolean;
  /** IsUSBNeeded: arm64 always (its usb tablet and keyboard), s390x never, amd64 when a device asks */
  usb: 'always' | 'never' | 'when-asked';
  /** IsSMBiosNeeded: <smbios mode='sysinfo'/> in <os> (the sysinfo itself is written on every arch) */
  smbios: boolean;
  /** HasVMPort: <vmport state='off'/> */
  vmport: boolean;
  /** IsROMTuningSupported: <rom enabled='no'/> on interfaces */
  romTuning: boolean;
  /** RequiresMPXCPUValidation: a named CPU model gets mpx disabled */
  mpx: boolean;
  /** SupportCPUHotplug: the <vcpus> hotplug layout (arm64 also skips setupHotplug in pkg/defaults) */
  cpuHotplug: boolean;
  /** PCI devices at all: s390x puts virtio devices on the channel subsystem (ccw) */
  pci: boolean;
}

export const ARCH_TRAITS: Readonly<Record<KubevirtArch, ArchTraits>> = {
  amd64: { libvirtArch: 'x86_64', defaultMachine: 'q35', plainVirtio: false, scsiIsVirtioScsi: false, usb: 'when-asked', smbios: true, vmport: true, romTuning: true, mpx: true, cpuHotplug: true, pci: true },
  arm64: { libvirtArch: 'aarch64', defaultMachine: 'virt', plainVirtio: false, scsiIsVirtioScsi: false, usb: 'always', smbios: true, vmport: false, romTuning: true, mpx: false, cpuHotplug: false, pci: true },
  s390x: { libvirtArch: 's390x', defaultMachine: 's390-ccw-virtio', plainVirtio: true, scsiIsVirtioScsi: true, usb: 'never', smbios: false, vmport: false, romTuning: false, mpx: false, cpuHotplug: true, pci: false },
};

/** The VMI's architecture once the defaults stage filled it in (amd64 before that, or when invalid). */
export function archOf(vmi: Vmi): KubevirtArch {
  const a = vmi.architecture?.value;
  return a === 'arm64' || a === 's390x' ? a : 'amd64';
}

export function archTraits(vmi: Vmi): ArchTraits {
  return ARCH_TRAITS[archOf(vmi)];
}
