import type { Position } from '../diagnostics/diagnostics.js';
import { virtioModel } from '../kubevirt/virtio-model.js';
import { parsePciAddress, type PciAddress } from '../model/pci-address.js';
import type { Vmi } from '../model/vmi.js';
import { goAtoi, PCI_INTERFACE_SLOT_COUNT, PLACE_PCI_DEVICES_ON_ROOT_COMPLEX } from '../kubevirt/annotations.js';

/**
 * What the PCI pass needs to know of the VMI besides the domain: how virt-launcher reserves
 * hotplug ports for it, and where in the inputs each device came from, so a placement problem is
 * reported at the field at fault without the pass reading the VMI.
 */
export interface PlacementRequest {
  /** len(vmi.spec.domain.devices.interfaces): virt-launcher's placeholder count is over this list (SR-IOV and absent ones included) */
  interfaceCount: number;
  /** the model of virt-launcher's placeholder interfaces */
  placeholderModel: string;
  /** by device alias: the pciAddress the VMI gave it, else its entry in the VMI */
  origins: Map<string, Position>;
  /** the guest addresses the VMI asked for, with where */
  requested: { address: PciAddress; pos: Position }[];
  /** where a problem no device explains is reported: the VMI */
  fallback: Position;
  /** kubevirt.io/placePCIDevicesOnRootComplex: "true" (exactly, as KubeVirt compares it) */
  rootComplex?: Position;
  /** kubevirt.io/pci-interface-slot-count, when it is an integer (validation reports one that is not) */
  slotCount?: { value: number; pos: Position };
  /** where the machine type was given, for a launcher that cannot start this machine */
  machinePos: Position;
}

export function placementRequest(vmi: Vmi): PlacementRequest {
  const origins = new Map<string, Position>();
  const requested: PlacementRequest['requested'] = [];
  const note = (aliases: string[], entry: { pos: Position; pciAddress?: { value: string; pos: Position } }): void => {
    const pos = entry.pciAddress?.pos ?? entry.pos;
    for (const a of aliases) if (!origins.has(a)) origins.set(a, pos);
    const address = entry.pciAddress ? parsePciAddress(entry.pciAddress.value) : undefined;
    if (address) requested.push({ address, pos: entry.pciAddress!.pos });
  };
  // an interface and a disk of the same name: the interface is the one at fault, as it is placed first
  for (const i of vmi.interfaces) note([`ua-${i.name}`, `ua-sriov-${i.name}`], i);
  for (const d of vmi.disks) note([`ua-${d.name}`], d);
  const req: PlacementRequest = { interfaceCount: vmi.interfaces.length, placeholderModel: virtioModel(vmi), origins, requested, fallback: vmi.pos, machinePos: vmi.machineType?.pos ?? vmi.pos };
  const rootComplex = vmi.annotations.get(PLACE_PCI_DEVICES_ON_ROOT_COMPLEX);
  if (rootComplex?.value === 'true') req.rootComplex = rootComplex.pos;
  const slots = vmi.annotations.get(PCI_INTERFACE_SLOT_COUNT);
  const n = slots ? goAtoi(slots.value) : undefined;
  if (slots && n !== undefined) req.slotCount = { value: n, pos: slots.pos };
  return req;
}

