import { podInterfaceName } from '../kubevirt/names.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { NetworkStatus, NetworkStatusEntry } from '../load/network-status.js';
import type { Vmi, VmiNetwork } from '../model/vmi.js';
import { nadRef } from '../kubevirt/nad-ref.js';

/** A network's entry, or 'ambiguous' when several could be (already reported). */
export type StatusMatch = NetworkStatusEntry | 'ambiguous';

// KubeVirt namescheme: a pod whose network-status has an interface named like net1, net2... uses
// the ordinal (legacy) scheme for every secondary network (CreateFromNetworkStatuses).
const ORDINAL = /^net[0-9]+$/;

/** The pod interface name KubeVirt gives each secondary Multus network under a naming scheme. */
export function podInterfaceNames(vmi: Vmi, ordinal: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const secondary = vmi.networks.filter((n) => n.source?.kind === 'multus' && !n.source.isDefault);
  secondary.forEach((n, i) => out.set(n.name, ordinal ? `net${i + 1}` : podInterfaceName(n.name, false)));
  return out;
}

/**
 * Finds the entry of each network that needs a device. network-info entries name the VMI network
 * itself. network-status entries are matched as KubeVirt does, by pod interface name ('pod' +
 * sha256(network)[:11], or net1, net2... in order of the secondary Multus networks); when no entry
 * has that interface, by the NAD (`<namespace>/<name>`) if exactly one entry not matched by
 * interface has it and only this network uses it.
 */
export function matchNetworkStatus(vmi: Vmi, status: NetworkStatus, networks: readonly VmiNetwork[], diags: Diagnostics): Map<string, StatusMatch> {
  const out = new Map<string, StatusMatch>();
  const entries = status.entries.filter((e) => !e.isDefault);
  if (status.form === 'network-info') {
    for (const net of networks) {
      const found = entries.filter((e) => e.network?.value === net.name);
      const m = unique(found, net, `network '${net.name}'`, status, diags);
      if (m) out.set(net.name, m);
    }
    return out;
  }
  const ordinal = entries.some((e) => e.interface && ORDINAL.test(e.interface.value));
  const ifaceNames = podInterfaceNames(vmi, ordinal);
  // an entry whose interface is some network's pod interface is that network's, never another's
  const known = new Set(ifaceNames.values());
  const unclaimed = entries.filter((e) => !e.interface || !known.has(e.interface.value));
  for (const net of networks) {
    const expected = ifaceNames.get(net.name);
    const byIface = entries.filter((e) => e.interface?.value === expected);
    if (byIface.length > 0) {
      const m = unique(byIface, net, `interface ${expected}`, status, diags);
      if (m) out.set(net.name, m);
      continue;
    }
    if (net.source?.kind !== 'multus' || !net.source.networkName) continue;
    const ref = refText(net.source.networkName.value, vmi.namespace);
    const byNad = unclaimed.filter((e) => e.name && refText(e.name.value, vmi.namespace) === ref);
    if (byNad.length === 0) continue;
    const sharing = networks.filter((n) => n.source?.kind === 'multus' && n.source.networkName && refText(n.source.networkName.value, vmi.namespace) === ref);
    if (byNad.length === 1 && sharing.length === 1) {
      out.set(net.name, byNad[0]!);
      continue;
    }
    diags.error('NETWORK_STATUS_AMBIGUOUS', `no entry of ${status.origin} has interface ${expected} (network '${net.name}'), and NAD ${ref} cannot tell which entry is this network's`, net.source.networkName.pos, {
      help:
        `${byNad.length} entr${byNad.length === 1 ? 'y names' : 'ies name'} ${ref} and ${sharing.length} network(s) use it (${sharing.map((n) => n.name).join(', ')}); ` +
        `KubeVirt matches entries by pod interface name (${expected}${ordinal ? '' : ', or net1, net2... on older launchers'}): pass the network-status of this VMI's launcher pod`,
      related: byNad.map((e) => ({ message: `entry for ${ref}${e.interface ? ` (interface ${e.interface.value})` : ''}`, pos: e.pos })),
    });
    out.set(net.name, 'ambiguous');
  }
  return out;
}

function unique(found: NetworkStatusEntry[], net: VmiNetwork, what: string, status: NetworkStatus, diags: Diagnostics): StatusMatch | undefined {
  if (found.length === 0) return undefined;
  if (found.length === 1) return found[0];
  diags.error('NETWORK_STATUS_AMBIGUOUS', `${status.origin} has ${found.length} entries for ${what}`, found[1]!.pos, {
    help: `one attachment per network: the file may hold the statuses of two pods; network '${net.name}' is resolved from neither`,
    related: [{ message: 'first entry here', pos: found[0]!.pos }],
  });
  return 'ambiguous';
}

function refText(networkName: string, namespace: string): string {
  const r = nadRef(networkName, namespace);
  return `${r.namespace}/${r.name}`;
}

/** How an entry for a network would be recognised, for messages: its interface name, or the network name. */
export function expectedEntryName(vmi: Vmi, status: NetworkStatus, net: VmiNetwork): string {
  if (status.form === 'network-info') return `an entry with "network": "${net.name}"`;
  const ordinal = status.entries.some((e) => !e.isDefault && e.interface && ORDINAL.test(e.interface.value));
  return `interface ${podInterfaceNames(vmi, ordinal).get(net.name) ?? '?'}`;
}
