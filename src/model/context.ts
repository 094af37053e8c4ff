import type { Position } from '../diagnostics/diagnostics.js';
import type { Located, YNode } from '../source/ynode.js';

// Objects a VirtualMachine is completed from before it becomes a VMI (KubeVirt 1.9's instancetype
// expansion) and the claims its disks sit on, as far as the domain depends on them.

export type InstancetypeKind = 'VirtualMachineInstancetype' | 'VirtualMachineClusterInstancetype';
export type PreferenceKind = 'VirtualMachinePreference' | 'VirtualMachineClusterPreference';

/** instancetype.kubevirt.io/v1beta1 VirtualMachine(Cluster)Instancetype spec. */
export interface Instancetype {
  kind: InstancetypeKind;
  name: string;
  /** undefined for the cluster kind */
  namespace?: string;
  pos: Position;
  /** spec.cpu.guest: vCPUs */
  cpuGuest: number;
  /** spec.memory.guest in bytes, and as written */
  memoryBytes: number;
  memoryText?: string;
  cpuModel?: Located<string>;
  /** spec.annotations: laid onto the VMI's where it has none (apply/annotations.go) */
  annotations?: Map<string, Located<string>>;
}

/** The CPU topology a preference asks vCPUs to be laid out in (v1beta1 PreferredCPUTopology). */
export type PreferredTopology = 'sockets' | 'cores' | 'threads' | 'spread' | 'any';
export type SpreadAcross = 'SocketsCores' | 'CoresThreads' | 'SocketsCoresThreads';

/** instancetype.kubevirt.io/v1beta1 VirtualMachine(Cluster)Preference spec, the fields that shape the domain. */
export interface Preference {
  kind: PreferenceKind;
  name: string;
  namespace?: string;
  pos: Position;
  topology?: PreferredTopology;
  spreadRatio?: number;
  spreadAcross?: SpreadAcross;
  diskBus?: string;
  cdromBus?: string;
  lunBus?: string;
  diskCache?: string;
  diskIO?: string;
  diskDedicatedIoThread?: boolean;
  interfaceModel?: string;
  /**
   * the spec as written: what is applied to the VM's template before it is read
   * (src/load/preference-overlay.ts), every preference but the per-disk and per-NIC ones above
   */
  spec?: YNode;
  /** spec.requirements: what the VM must provide (preference/requirements) */
  requirements?: { cpuGuest?: number; memory?: { bytes: number; text: string }; architecture?: string; pos: Position };
}

/** A PersistentVolumeClaim or DataVolume (or a VM's dataVolumeTemplate): whether its disk is a block device. */
export interface Claim {
  kind: 'PersistentVolumeClaim' | 'DataVolume';
  name: string;
  namespace: string;
  /** undefined for a DataVolume whose StorageProfile picks the volumeMode */
  block?: boolean;
  pos: Position;
}

/** Where a DataVolume (or dataVolumeTemplate) or DataSource takes its data from, as far as inferFromVolume follows it. */
export interface VolumeSourceRefs {
  /** spec.source.pvc */
  pvc?: { name: string; namespace?: string };
  /** spec.source.snapshot */
  snapshot?: { name: string; namespace?: string };
  /** a DataVolume's spec.sourceRef */
  sourceRef?: { kind: string; name: string; namespace?: string };
}

export type LabeledKind = 'PersistentVolumeClaim' | 'DataVolume' | 'DataSource' | 'VolumeSnapshot';

/** An object whose labels inferFromVolume reads (pkg/instancetype/infer). */
export interface LabeledObject {
  kind: LabeledKind;
  name: string;
  namespace: string;
  pos: Position;
  /** metadata.labels, each with the place of its value */
  labels: Map<string, Located<string>>;
  source?: VolumeSourceRefs;
}

/** The context objects of a translation (the VMI stream and `{input:file}`). */
export interface VmContext {
  instancetypes: Instancetype[];
  preferences: Preference[];
  claims: Claim[];
  /** PVCs, DataVolumes, DataSources and VolumeSnapshots with their labels (for inferFromVolume) */
  labeled?: LabeledObject[];
}
