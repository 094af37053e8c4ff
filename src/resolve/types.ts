import type { Position } from '../diagnostics/diagnostics.js';
import type { Nad } from '../load/nad.js';
import type { PciAddress } from '../model/pci-address.js';

/** Where a resolved value was read from, for explain output and conflict messages. */
export interface Provenance {
  /** env, network-status, network-info, inventory or device-plugin (the config + inventory simulation) */
  source: string;
  pos: Position;
}

/** What a vdpa or sriov interface resolved to on the host. */
export interface ResolvedDevice {
  kind: 'vdpa' | 'hostdev';
  interfaceName: string;
  nad?: Nad;
  /** <namespace>/<name> of the NAD the network names */
  nadRef: string;
  /** undefined when only network-status named the device (no NAD or env to say the resource) */
  resource?: string;
  /** where the resource was named: the NAD's annotation, or KUBEVIRT_RESOURCE_NAME_<network> in the env */
  resourceFrom?: Provenance;
  /** the device plugin's device ID: the host PCI address */
  deviceId: string;
  hostAddress: PciAddress;
  /** /dev/vhost-vdpa-N, for vdpa */
  path?: string;
  deviceFrom: Provenance;
  pathFrom?: Provenance;
  /** the pod interface's MAC, from the network-status (or network-info) entry of the network */
  podMac?: { value: string; from: Provenance };
}
