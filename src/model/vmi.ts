import type { Position } from '../diagnostics/diagnostics.js';
import type { Located } from '../source/ynode.js';
import type { VmiDomainSpec } from './vmi-domain.js';

/** The ways KubeVirt connects an interface to the guest (InterfaceBindingMethod). */
export type BindingKind = 'masquerade' | 'bridge' | 'sriov' | 'vdpa' | 'slirp' | 'passt' | 'macvtap' | 'binding';

export interface Binding {
  kind: BindingKind;
  pos: Position;
  /** for `binding: {name: X}` (network binding plugins) */
  pluginName?: string;
}

/** spec.domain.devices.interfaces[i] */
export interface VmiInterface {
  name: string;
  namePos: Position;
  pos: Position;
  /** undefined when the interface has no binding or several (already reported) */
  binding?: Binding;
  model?: Located<string>;
  macAddress?: Located<string>;
  pciAddress?: Located<string>;
  bootOrder?: Located<number>;
  acpiIndex?: Located<number>;
  state?: Located<string>;
}

export type NetworkSource =
  | { kind: 'pod'; pos: Position }
  | { kind: 'multus'; pos: Position; networkName?: Located<string>; isDefault: boolean };

/** spec.networks[i] */
export interface VmiNetwork {
  name: string;
  namePos: Position;
  pos: Position;
  source?: NetworkSource;
}

export type DiskDevice = 'disk' | 'cdrom' | 'lun';

/** spec.domain.devices.disks[i] */
export interface VmiDisk {
  name: string;
  namePos: Position;
  pos: Position;
  device: DiskDevice;
  bus?: Located<string>;
  readonly: boolean;
  bootOrder?: Located<number>;
  serial?: Located<string>;
  cache?: string;
  pciAddress?: Located<string>;
}

export type VolumeKind =
  | 'containerDisk'
  | 'persistentVolumeClaim'
  | 'dataVolume'
  | 'emptyDisk'
  | 'ephemeral'
  | 'hostDisk'
  | 'cloudInitNoCloud'
  | 'cloudInitConfigDrive';

/** spec.volumes[i] */
export interface VmiVolume {
  name: string;
  namePos: Position;
  pos: Position;
  kind?: VolumeKind;
  /** hostDisk.path */
  path?: string;
  /** hostDisk.type: Disk or DiskOrCreate */
  hostDiskType?: string;
}

/** spec.domain.memory.reservedOverhead (KubeVirt 1.8+) */
export interface ReservedOverhead {
  pos: Position;
  /** Required or NotRequired */
  memLock?: Located<string>;
  /** a quantity, as written */
  addedOverhead?: Located<string>;
}

/** A VirtualMachineInstance (or a VirtualMachine's template) as far as the domain depends on it. */
export interface Vmi {
  kind: 'VirtualMachineInstance' | 'VirtualMachine';
  name: string;
  namespace: string;
  uid: string;
  pos: Position;
  /** metadata.annotations (a VM: spec.template.metadata.annotations), by key */
  annotations: Map<string, Located<string>>;
  machineType?: Located<string>;
  sockets: number;
  cores: number;
  threads: number;
  /** guest memory in bytes */
  memoryBytes: number;
  firmwareUuid?: string;
  interfaces: VmiInterface[];
  networks: VmiNetwork[];
  disks: VmiDisk[];
  volumes: VmiVolume[];
  useVirtioTransitional: boolean;
  networkInterfaceMultiqueue: boolean;
  autoattachGraphicsDevice: boolean;
  autoattachMemBalloon: boolean;
  autoattachSerialConsole: boolean;
  /** whether spec.domain.devices.interfaces and spec.networks were both absent (KubeVirt adds the default pod network) */
  interfacesDefaulted: boolean;
  rng: boolean;
  /** firmware, features, clock, CPU, memory, iothreads and the devices besides NICs and disks */
  domainSpec: VmiDomainSpec;
  reservedOverhead?: ReservedOverhead;
  /** where metadata.name and metadata.namespace were written, when they were */
  namePos?: Position;
  namespacePos?: Position;
}
