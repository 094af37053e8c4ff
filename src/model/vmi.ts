import type { Position } from '../diagnostics/diagnostics.js';
import type { Located } from '../source/ynode.js';
import type { VmiDomainSpec } from './vmi-domain.js';
import type { Preference, VolumeSourceRefs } from './context.js';

/** The ways KubeVirt connects an interface to the guest (InterfaceBindingMethod). */
export type BindingKind = 'masquerade' | 'bridge' | 'sriov' | 'vdpa' | 'slirp' | 'passt' | 'passtBinding' | 'macvtap' | 'binding';

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
  /** ports: the ports a passtBinding interface forwards (protocol as written, TCP when unset) */
  ports?: { port: number; protocol: string }[];
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
  /** where cache was written (a preferred one: the preference) */
  cachePos?: Position;
  pciAddress?: Located<string>;
  /** added by KubeVirt's defaulting for a volume that had no disk (util.SetDefaultVolumeDisk) */
  defaulted?: boolean;
  /** the bus is the architecture's default (virtio on arm64 and s390x), not written */
  busFromArch?: boolean;
}

export type VolumeKind =
  | 'containerDisk'
  | 'persistentVolumeClaim'
  | 'dataVolume'
  | 'emptyDisk'
  | 'ephemeral'
  | 'hostDisk'
  | 'cloudInitNoCloud'
  | 'cloudInitConfigDrive'
  | 'configMap'
  | 'secret'
  | 'serviceAccount'
  | 'downwardAPI'
  | 'sysprep'
  | 'downwardMetrics';

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
  /** persistentVolumeClaim.claimName or dataVolume.name: the claim whose volumeMode decides file or block */
  claimName?: Located<string>;
  /** the claim is in volumeMode Block (from a PVC, DataVolume or dataVolumeTemplate of the inputs) */
  block?: boolean;
}

/** spec.instancetype or spec.preference of a VirtualMachine. */
export interface TemplateRef {
  kind: string;
  kindPos?: Position;
  name: Located<string>;
  pos: Position;
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
  /** where networkInterfaceMultiqueue is written (absent when it is not, or comes from a preference) */
  networkInterfaceMultiqueuePos?: Position;
  autoattachGraphicsDevice: boolean;
  autoattachMemBalloon: boolean;
  autoattachSerialConsole: boolean;
  /** whether spec.domain.devices.interfaces and spec.networks were both absent (KubeVirt adds the default pod network) */
  interfacesDefaulted: boolean;
  rng: boolean;
  /** firmware, features, clock, CPU, memory, iothreads and the devices besides NICs and disks */
  domainSpec: VmiDomainSpec;
  /** a VirtualMachine's spec.instancetype / spec.preference (KubeVirt expands them into the VMI) */
  instancetypeRef?: TemplateRef;
  preferenceRef?: TemplateRef;
  /** the preference preferenceRef names, found when the VM was read (its spec is applied to the template then) */
  preference?: Preference;
  /**
   * Where the template sets the fields an instancetype also sets (paths as KubeVirt's conflicts
   * name them: spec.template.spec.domain.memory.guest, ...), for conflict reports.
   */
  templateFields?: Record<string, Position>;
  /** the VM's spec.dataVolumeTemplates, by name: whether each is in volumeMode Block */
  dataVolumeTemplates?: { name: string; block?: boolean; pos: Position; source?: VolumeSourceRefs }[];
  /** spec.architecture as written (amd64, arm64, s390x); the defaults stage fills in the cluster's */
  architecture?: Located<string>;
  /** names of spec.domain.devices.filesystems: their volumes get no disk */
  filesystemNames?: string[];
  reservedOverhead?: ReservedOverhead;
  /** where metadata.name and metadata.namespace were written, when they were */
  namePos?: Position;
  namespacePos?: Position;
}
