import type { XmlParent } from './builder.js';
import type { Address } from '../model/domain.js';
import type { PciAddress } from '../model/pci-address.js';

// <address> elements as libvirt prints them: PCI and ccw parts in hex, drive and virtio-serial parts in decimal.

export const hex = (n: number, w: number): string => `0x${n.toString(16).padStart(w, '0')}`;

export function pciAttrs(a: PciAddress): Record<string, string> {
  return { domain: hex(a.domain, 4), bus: hex(a.bus, 2), slot: hex(a.slot, 2), function: hex(a.function, 1) };
}

export function address(el: XmlParent, a: Address | undefined): void {
  if (!a) return;
  switch (a.type) {
    case 'pci': {
      const attrs: Record<string, string> = { type: 'pci', ...pciAttrs(a.pci) };
      if (a.multifunction) attrs.multifunction = 'on';
      el.ele('address', attrs);
      return;
    }
    case 'drive':
      el.ele('address', { type: 'drive', controller: String(a.controller), bus: String(a.bus), target: String(a.target), unit: String(a.unit) });
      return;
    case 'virtio-serial':
      el.ele('address', { type: 'virtio-serial', controller: String(a.controller), bus: String(a.bus), port: String(a.port) });
      return;
    case 'usb':
      el.ele('address', { type: 'usb', bus: String(a.bus), port: a.port });
      return;
    case 'ccw':
      // libvirt 9.0 prints cssid and devno in hex (devno four digits), ssid as 0x0
      el.ele('address', { type: 'ccw', cssid: hex(a.cssid, 2), ssid: hex(a.ssid, 1), devno: hex(a.devno, 4) });
  }
}
