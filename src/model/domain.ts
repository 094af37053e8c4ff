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
export type Address = PciAddressInfo | DriveAddress | VirtioSerialAddress;

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
  driver: { name: 'qemu'; type: 'raw' | 'qcow2'; cache?: string; errorPolicy?: string; discard?: string; io?: string };
  source: string;
  backingStore?: { format: 'raw' | 'qcow2'; file: string };
  target: { dev: string; bus: 'virtio' | 'sata' | 'scsi' };
  /** virtio-non-transitional / virtio-transitional, for bus virtio */
  model?: string;
  readonly: boolean;
  bootOrder?: number;
  serial?: string;
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

export interface Interface extends DeviceBase {
  type: 'ethernet' | 'vdpa';
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
}

export interface Hostdev extends DeviceBase {
  source: PciAddress;
  bootOrder?: number;
}

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
  model: 'vga';
  vram: number;
  heads: number;
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
}

export type MachineFamily = 'q35' | 'pc';

export interface Domain {
  name: string;
  /** the VMI uid, kept in the KubeVirt metadata */
  vmiUid: string;
  memoryBytes: number;
  vcpus: number;
  cpu: { sockets: number; cores: number; threads: number };
  machine: MachineFamily;
  /** the machine type string as written in <os><type machine=...> */
  machineType: string;
  firmwareUuid?: string;
  devices: Devices;
}

export function emptyDevices(): Devices {
  return { disks: [], controllers: [], interfaces: [], serials: [], consoles: [], channels: [], graphics: [], videos: [], hostdevs: [], rngs: [] };
}
