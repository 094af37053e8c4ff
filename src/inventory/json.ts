import { DEVICE_FIELDS, VDPA_FIELDS, type InventoryDevice, type InventoryJson } from '../load/host-inventory.js';

export type { InventoryDevice, InventoryJson };

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
