import { interfaceDevices } from '../model/interface-device.js';
import type { Domain } from '../model/domain.js';
import { formatPciAddress } from '../model/pci-address.js';
import { input, type Options } from '../options.js';
import type { InterfaceDecision } from './decisions.js';

/** After placement: each interface's guest PCI address, and whether the VMI or placement chose it. */
export function recordGuestAddresses(decisions: InterfaceDecision[], domain: Domain, opts: Options): void {
  const deviceOf = interfaceDevices(domain);
  for (const d of decisions) {
    if (d.absent) continue;
    const placed = deviceOf(d.name);
    const address = (placed.interface ?? placed.hostdev)?.address;
    if (address?.type !== 'pci') continue;
    const value = formatPciAddress(address.pci);
    d.guestPci = d.iface.pciAddress
      ? { value, from: { source: 'vmi', pos: d.iface.pciAddress.pos } }
      : { value, from: { source: 'placement', note: `libvirt's order (${input('hotplugReserve')} ${opts.hotplugReserve})` } };
  }
}
