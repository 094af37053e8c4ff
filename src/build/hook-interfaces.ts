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
 * Where a binding's sidecar puts one interface among the domain's interfaces, given as their
 * aliases in document order (undefined: no alias, as the launcher's placeholders): the one rule
 * the model's hook (vdpaHook) and the real domain's edit (src/patch/insert.ts) both follow.
 * - the same alias there: replaced where it stands (every define calls the hook; the second one's
 *   domain may hold the first one's NIC);
 * - vmi-order (vdpa-xml's sidecar): after the last interface whose alias is that of an interface
 *   before it in the VMI (`vmiIndex`: alias to VMI position), so the guest sees the VMI's order;
 *   else before the first interface, so alias-less placeholders stay after it;
 * - append (kubevirt/vdpa-network-binding-plugin, VdpaNetworkConfigurator.Mutate): after every
 *   interface there;
 * - `none`: there is no interface to stand beside.
 */
export type HookPlacement = 'vmi-order' | 'append';
export type HookSpot = { replace: number } | { after: number } | { before: number } | { none: true };

export function hookSpot(aliases: readonly (string | undefined)[], alias: string, vmiIndex: ReadonlyMap<string, number>, placement: HookPlacement): HookSpot {
  const same = aliases.indexOf(alias);
  if (same !== -1) return { replace: same };
  if (aliases.length === 0) return { none: true };
  if (placement === 'append') return { after: aliases.length - 1 };
  const mine = vmiIndex.get(alias)!;
  let after = -1;
  aliases.forEach((a, k) => {
    const idx = a !== undefined ? vmiIndex.get(a) : undefined;
    if (idx !== undefined && idx < mine) after = k;
  });
  return after === -1 ? { before: 0 } : { after };
}

/**
 * The interfaces a binding sidecar writes (not `state: absent`), in the order it takes them:
 * kubevirt/vdpa-network-binding-plugin walks spec.networks (sidecar/domain/configurator.go),
 * vdpa-xml's sidecar the VMI's interfaces.
 */
export function hookedInOrder(decisions: readonly InterfaceDecision[], networkOrder: readonly string[]): InterfaceDecision[] {
  const hooked = decisions.filter((d) => d.hook && !d.absent);
  if (hooked[0]?.hook !== 'kubevirt') return hooked;
  const rank = new Map(networkOrder.map((n, i) => [n, i]));
  return hooked.sort((a, b) => (rank.get(a.name) ?? -1) - (rank.get(b.name) ?? -1));
}

/**
 * The hook of the vDPA binding: undefined when no interface uses it. Each interface of the
 * binding, in the order its sidecar takes them (kubevirt: spec.networks'; vdpa-xml: the VMI's),
 * goes where hookSpot says.
 */
export function vdpaHook(decisions: readonly InterfaceDecision[], networkOrder: readonly string[]): DomainHook | undefined {
  const ordered = hookedInOrder(decisions, networkOrder);
  if (!ordered.length) return undefined;
  const kubevirt = ordered[0]!.hook === 'kubevirt';
  const vmiIndex = new Map(decisions.map((d, i) => [`ua-${d.name}`, i]));
  return (domain) => {
    const list = domain.devices.interfaces;
    for (const d of ordered) {
      const fresh = hookInterface(d);
      const spot = hookSpot(list.map((i) => i.alias), fresh.alias!, vmiIndex, kubevirt ? 'append' : 'vmi-order');
      if ('replace' in spot) list[spot.replace] = fresh;
      else if ('after' in spot) list.splice(spot.after + 1, 0, fresh);
      else list.splice(0, 0, fresh); // before the first, or the first of an empty list
    }
  };
}
