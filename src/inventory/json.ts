import { DEVICE_FIELDS, VDPA_FIELDS } from '../load/host-inventory.js';

/** One device of the host inventory format (README, "Host inventory"), as `vdpa-xml inventory` writes it. */
export interface InventoryDevice {
  address: string;
  vendor?: string;
  device?: string;
  driver?: string;
  numaNode?: number;
  netdev?: string;
  linkType?: string;
  pfAddress?: string;
  pfName?: string;
  vfIndex?: number;
  sriovNumVfs?: number;
  acpiIndex?: number;
  rdma?: boolean;
  iommuGroup?: number;
  ddpProfile?: string;
  pKey?: string;
  vdpa?: { name: string; driver?: string; path?: string };
}

export interface InventoryJson {
  devices: InventoryDevice[];
}

/** The inventory as JSON text: devices in address order, fields in the documented order, 2-space indent. */
export function formatInventory(inv: InventoryJson): string {
  const devices = [...inv.devices].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)).map((d) => {
    const o: Record<string, unknown> = {};
    for (const k of DEVICE_FIELDS) {
      const v = d[k];
      if (v === undefined) continue;
      if (k === 'vdpa' && d.vdpa) {
        const vd: Record<string, unknown> = {};
        for (const f of VDPA_FIELDS) if (d.vdpa[f] !== undefined) vd[f] = d.vdpa[f];
        o[k] = vd;
      } else {
        o[k] = v;
      }
    }
    return o;
  });
  return `${JSON.stringify({ devices }, null, 2)}\n`;
}
