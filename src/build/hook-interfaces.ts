import type { Domain, Interface } from '../model/domain.js';
import { parsePciAddress } from '../model/pci-address.js';
import type { InterfaceDecision } from './decisions.js';

/**
 * What a network binding plugin's hook sidecar does to the domain on every define virt-launcher
 * makes (virtwrap/util SetDomainSpecStrWithHooks; kubevirt-hooks-and-vdpa-plugin.md §2): adds or
 * replaces, by alias, one interface per interface of the binding. Applied by the PCI stage to the
 * domain of each define, since libvirt places what the hook returns.
 */
export type DomainHook = (domain: Domain) => void;

/** The <interface> a sidecar writes for one decision, fresh (no address but the user's); src/patch writes the same one into a real domain. */
export function hookInterface(d: InterfaceDecision): Interface {
  const out: Interface = { type: 'vdpa', sourceDev: d.source?.value ?? '', model: 'virtio' };
  if (d.hook === 'vdpa-xml' && d.queues) out.driver = { name: 'vhost', queues: d.queues.value };
  if (d.mac) out.mac = d.mac.value;
  out.alias = `ua-${d.name}`;
  if (d.hook === 'vdpa-xml') {
    if (d.iface.bootOrder) out.bootOrder = d.iface.bootOrder.value;
    if (d.iface.state?.value === 'down') out.linkDown = true;
  }
  if (d.iface.acpiIndex && d.iface.acpiIndex.value > 0) out.acpiIndex = d.iface.acpiIndex.value;
  const pci = d.iface.pciAddress ? parsePciAddress(d.iface.pciAddress.value) : undefined;
  if (pci) Object.assign(out, { address: { type: 'pci', pci }, userAddress: true });
  return out;
}

/**
 * The hook of the vDPA binding: undefined when no interface uses it.
 * - kubevirt/vdpa-network-binding-plugin (VdpaNetworkConfigurator.Mutate): in the order of
 *   spec.networks, replaces the interface of the same alias in place, else appends it after every
 *   interface there (the converter's and the launcher's placeholders).
 * - vdpa-xml's sidecar: replaces in place too, else inserts each interface where the VMI has it,
 *   after the interface before it in the VMI, so the guest sees the seed design's order.
 */
export function vdpaHook(decisions: readonly InterfaceDecision[], networkOrder: readonly string[]): DomainHook | undefined {
  const hooked = decisions.filter((d) => d.hook && !d.absent);
  if (!hooked.length) return undefined;
  const kubevirt = hooked[0]!.hook === 'kubevirt';
  const ordered = kubevirt ? [...hooked].sort((a, b) => networkOrder.indexOf(a.name) - networkOrder.indexOf(b.name)) : hooked;
  const vmiIndex = new Map(decisions.map((d, i) => [`ua-${d.name}`, i]));
  return (domain) => {
    const list = domain.devices.interfaces;
    for (const d of ordered) {
      const fresh = hookInterface(d);
      const at = list.findIndex((i) => i.alias === fresh.alias);
      if (at !== -1) {
        list[at] = fresh;
        continue;
      }
      if (kubevirt) {
        list.push(fresh);
        continue;
      }
      const mine = vmiIndex.get(fresh.alias!)!;
      let after = -1;
      list.forEach((i, k) => {
        const idx = i.alias !== undefined ? vmiIndex.get(i.alias) : undefined;
        if (idx !== undefined && idx < mine) after = k;
      });
      list.splice(after + 1, 0, fresh);
    }
  };
}
