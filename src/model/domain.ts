// The libvirt domain model: one interface per libvirt element, fields named after its attributes,
// so serializing is mechanical and the PCI pass can work class by class as libvirt does.
import type { PciAddress } from './pci-address.js';

export interface PciAddressInfo {
  type: 'pci';
  pci: PciAddress;
  multifunction?: boolean;
}
export interface DriveAddress {
  type: 'drive';
  controller: number;
  bus: number;
  target: number;
  unit: number;
}
export interface VirtioSerialAddress {
  type: 'virtio-serial';
  controller: number;
  bus: number;
  port: number;
}
export interface UsbAddress {
  type: 'usb';
  bus: number;
  /** '1', or '1.2' behind a hub */
  port: string;
}
/** s390x: a virtio device on the channel subsystem (libvirt's virDomainDeviceCCWAddress) */
export interface CcwAddress {
  type: 'ccw';
  cssid: number;
  ssid: number;
  devno: number;
}
export type Address = PciAddressInfo | DriveAddress | VirtioSerialAddress | UsbAddress | CcwAddress;

/** Fields every device may carry. */
export interface DeviceBase {
  alias?: string;
  address?: Address;
  /** the address was asked for in the VMI (pciAddress): the PCI pass must keep it */
  userAddress?: boolean;
}

export interface Disk extends DeviceBase {
  device: 'disk' | 'cdrom' | 'lun';
  type: 'file' | 'block';
  driver: { name: 'qemu'; type: 'raw' | 'qcow2'; cache?: string; errorPolicy?: string; discard?: string; io?: string; iothread?: number; queues?: number;
    /** the supplementalPool policy: <iothreads> with iothreads 1..n (libvirt 10.0+ maps the disk's queues to them) */
    iothreadPool?: number };
  source: string;
  backingStore?: { format: 'raw' | 'qcow2'; file: string };
  target: { dev: string; bus: 'virtio' | 'sata' | 'scsi'; tray?: string };
  /** virtio-non-transitional / virtio-transitional, for bus virtio */
  model?: string;
  readonly: boolean;
  bootOrder?: number;
  serial?: string;
  shareable?: boolean;
}

/** libvirt's <controller type='pci' model=...> values vdpa-xml places devices on. */
export type PciControllerModel =
  | 'pci-root'
  | 'pcie-root'
  | 'pcie-root-port'
  | 'pcie-to-pci-bridge'
  | 'pci-bridge'
  | 'dmi-to-pci-bridge'
  | 'pcie-switch-upstream-port'
  | 'pcie-switch-downstream-port';

export interface Controller extends DeviceBase {
  type: 'usb' | 'scsi' | 'virtio-serial' | 'sata' | 'ide' | 'pci';
  index: number;
  model?: string;
  /** pci controllers: <model name='...'/> (the QEMU device libvirt picks) */
  modelName?: string;
  /** pci controllers: <target chassis port/> or <target chassisNr/> */
  target?: { chassis?: number; port?: number; chassisNr?: number };
}

/** A passt interface's <portForward proto>: its port ranges (a start each, as KubeVirt writes them; exclude='yes' for Istio's). */
export interface PortForward {
  proto: 'tcp' | 'udp';
  ranges: { start: number; exclude?: boolean }[];
}

export interface Interface extends DeviceBase {
  type: 'ethernet' | 'vdpa' | 'vhostuser';
  mac?: string;
  /** vdpa: the /dev/vhost-vdpa-N */
  sourceDev?: string;
  /** ethernet: the tap device */
  target?: { dev: string; managed: 'no' };
  model: string;
  driver?: { name: 'vhost'; queues?: number };
  bootOrder?: number;
  linkDown?: boolean;
  romDisabled?: boolean;
  acpiIndex?: number;
  /** vhostuser: passt's <backend type='passt' logFile> and its port forwards */
  passt?: { logFile: string; portForwards: PortForward[] };
}

/** A vGPU's display: KubeVirt writes display='on' and, with it, ramfb='on' or nothing. */
export interface HostdevDisplay {
  ramfb: boolean;
}

/** <hostdev type='pci' managed='no'>: an SR-IOV VF, a GPU or a host device from PCI_RESOURCE_. */
export interface PciHostdev extends DeviceBase {
  type?: 'pci';
  source: PciAddress;
  display?: HostdevDisplay;
  bootOrder?: number;
}

/** <hostdev type='mdev' model='vfio-pci'>: a mediated device (vGPU) by its UUID (MDEV_PCI_RESOURCE_). */
export interface MdevHostdev extends DeviceBase {
  type: 'mdev';
  uuid: string;
  display?: HostdevDisplay;
}

/** <hostdev type='usb'>: a host USB device by its bus and device number (USB_RESOURCE_); a USB address. */
export interface UsbHostdev extends DeviceBase {
  type: 'usb';
  /** as the env gives them (decimal), written as they are */
  bus: string;
  device: string;
}

export type Hostdev = PciHostdev | MdevHostdev | UsbHostdev;

export interface Channel extends DeviceBase {
  type: 'unix';
  sourcePath?: string;
  targetName: string;
}

export interface Serial extends DeviceBase {
  socketPath: string;
  logFile: string;
}

export interface Console extends DeviceBase {
  type: 'pty';
}

export interface Graphics {
  type: 'vnc';
  socket: string;
}

export interface Video extends DeviceBase {
  /** vga, bochs, virtio, ... (spec.domain.devices.video.type) */
  model: string;
  vram?: number;
  heads: number;
}

export interface Input extends DeviceBase {
  type: string;
  bus: string;
  /** virtio on the virtio bus */
  model?: string;
}

export interface Filesystem extends DeviceBase {
  /** the virtiofsd socket */
  socket: string;
  /** the mount tag */
  targetDir: string;
}

export interface Watchdog extends DeviceBase {
  model: string;
  action: string;
}

export interface Sound extends DeviceBase {
  model: string;
}

export interface Tpm {
  model: 'tpm-tis' | 'tpm-crb';
  persistentState: boolean;
}

export interface Panic {
  model?: string;
}

export interface Vsock extends DeviceBase {
  model: string;
  cid: number;
}

export interface Memballoon extends DeviceBase {
  model: string;
  statsPeriod: number;
  freePageReporting: boolean;
}

export interface Rng extends DeviceBase {
  model: string;
  backend: string;
}

/** Devices by class, in the order libvirt prints them. */
export interface Devices {
  disks: Disk[];
  controllers: Controller[];
  interfaces: Interface[];
  serials: Serial[];
  consoles: Console[];
  channels: Channel[];
  graphics: Graphics[];
  videos: Video[];
  hostdevs: Hostdev[];
  memballoon?: Memballoon;
  rngs: Rng[];
  filesystems: Filesystem[];
  inputs: Input[];
  tpms: Tpm[];
  sounds: Sound[];
  watchdogs: Watchdog[];
  panics: Panic[];
  vsock?: Vsock;
}

/** <os> beyond the machine type (KubeVirt compute/os.go). */
export interface DomainOs {
  /** libvirt's firmware auto-selection (os firmware='efi') */
  firmware?: 'efi';
  firmwareFeatures?: { name: string; enabled: boolean }[];
  loader?: { path: string; readonly: boolean; secure: boolean; type: 'pflash' | 'rom' };
  nvram?: { path: string; template?: string; format?: string };
  biosUseSerial?: boolean;
  kernel?: string;
  initrd?: string;
  cmdline?: string;
}

export interface HypervItem {
  /** the libvirt element: relaxed, vapic, spinlocks, stimer, vendor_id... */
  name: string;
  state: 'on' | 'off';
  retries?: number;
  value?: string;
  direct?: 'on' | 'off';
  extended?: 'on' | 'off';
}

/** <features> (KubeVirt compute/hypervisor_features.go) */
export interface Features {
  acpi: boolean;
  apic: boolean;
  smm: boolean;
  hyperv?: { passthrough: boolean; items: HypervItem[] };
  kvmHidden?: 'on' | 'off';
  /** <kvm><hint-dedicated state='on'/>: dedicated CPUs on amd64 */
  kvmHintDedicated?: boolean;
  pvspinlock?: 'on' | 'off';
  /** <pmu state='off'/>: realtime */
  pmuOff?: boolean;
  vmport: boolean;
}

export interface Timer {
  name: string;
  tickpolicy?: string;
  present?: 'yes' | 'no';
  track?: string;
}

export interface Clock {
  offset?: 'utc' | 'timezone';
  adjustment?: string;
  timezone?: string;
  timers: Timer[];
}

export interface DomainCpu {
  mode: 'host-model' | 'host-passthrough' | 'custom';
  model?: string;
  sockets: number;
  cores: number;
  threads: number;
  features: { name: string; policy?: string }[];
  /** one NUMA cell for memfd backing (converter.go: memfd needs NUMA) */
  numaCell?: { cpus: string; memoryKiB: number };
}

/** q35 and pc (x86), virt (arm64: PCIe like q35), s390-ccw (s390x: no PCI devices, ccw addresses) */
export type MachineFamily = 'q35' | 'pc' | 'virt' | 's390-ccw';

export interface Domain {
  name: string;
  /** the VMI uid, kept in the KubeVirt metadata */
  vmiUid: string;
  memoryBytes: number;
  /** <maxMemory slots='0'>: memory hotplug (KubeVirt's LiveUpdate default, memory.maxGuest) */
  maxMemoryBytes?: number;
  memoryBacking?: { hugepages: boolean; memfd: boolean; shared: boolean };
  /** <vcpu>: every vCPU the domain may have (with hotplug, the maximum) */
  vcpus: number;
  /** <vcpus>: per vCPU, for CPU hotplug (compute/cpu.go domainVCPUTopologyForHotplug) */
  vcpuList?: { id: number; enabled: boolean; hotpluggable: boolean }[];
  iothreads?: number;
  /** <cputune>: dedicated CPUs pinned to the pod's cpuset */
  cputune?: { vcpupins: { vcpu: number; cpuset: string }[]; emulatorpin?: string; iothreadpins: { iothread: number; cpuset: string }[] };
  cpu: DomainCpu;
  os: DomainOs;
  features: Features;
  clock?: Clock;
  /** the sysinfo serial entry (firmware.serial) */
  firmwareSerial?: string;
  /** <os><type arch=...> (libvirt's name of the VMI's architecture) */
  arch: 'x86_64' | 'aarch64' | 's390x';
  machine: MachineFamily;
  /** the machine type string as written in <os><type machine=...> */
  machineType: string;
  firmwareUuid?: string;
  devices: Devices;
}

export function emptyDevices(): Devices {
  return {
    disks: [], controllers: [], interfaces: [], serials: [], consoles: [], channels: [], graphics: [], videos: [], hostdevs: [], rngs: [],
    filesystems: [], inputs: [], tpms: [], sounds: [], watchdogs: [], panics: [],
  };
}
