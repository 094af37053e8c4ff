import type { Position } from '../diagnostics/diagnostics.js';
import { effectiveBinding, type TranslatedBinding } from '../kubevirt/bindings.js';
import { isPodNetwork } from '../kubevirt/networks.js';
import { normalizeMac, stableMac, tapName } from '../kubevirt/names.js';
import { formatPciAddress } from '../model/pci-address.js';
import type { Vmi, VmiInterface } from '../model/vmi.js';
import { input, type Options } from '../options.js';
import type { ResolvedDevice } from '../resolve/types.js';

/**
 * Where one value of the translation came from: an input position (the VMI, a NAD, the env dump,
 * network-status...) or, for values vdpa-xml derives, a note saying how. explain, check and diff
 * read these instead of working them out again (issue #9, provenance as data).
 */
export interface Origin {
  /** vmi, nad, env, network-status, inventory... for values read from an input; derived, libvirt or placement otherwise */
  source: string;
  pos?: Position;
  note?: string;
}

export interface Decided<T> {
  value: T;
  from: Origin;
}

/** What the translation decided for one VMI interface, before PCI placement. */
export interface InterfaceDecision {
  name: string;
  iface: VmiInterface;
  /** the binding vdpa-xml translates it as; undefined for an untranslated one */
  binding?: TranslatedBinding;
  /** 'absent' interfaces are not in the domain (KubeVirt's converter drops them) */
  absent: boolean;
  /** 'pod', or the Multus networkName as written */
  network?: Decided<string>;
  /** the host device of a vdpa or sriov interface, with where each part of it came from */
  device?: ResolvedDevice;
  /** what backs the guest NIC: /dev/vhost-vdpa-N, the host PCI address (sriov) or the tap */
  source?: Decided<string>;
  /** undefined: no MAC (sriov, or libvirt picks it: from says so) */
  mac?: Decided<string>;
  macLeftTo?: Origin;
  queues?: Decided<number>;
  /** set after placement: the guest PCI address and whether the VMI or placement chose it */
  guestPci?: Decided<string>;
}

/** Multiqueue: queues = vCPUs, capped at 256, for virtio-model interfaces (KubeVirt, facts.md §2). */
export function networkQueues(vmi: Vmi): number | undefined {
  return vmi.networkInterfaceMultiqueue ? Math.min(vmi.sockets * vmi.cores * vmi.threads, 256) : undefined;
}

function decideMac(vmi: Vmi, iface: VmiInterface, opts: Options): Pick<InterfaceDecision, 'mac' | 'macLeftTo'> {
  if (iface.macAddress) return { mac: { value: normalizeMac(iface.macAddress.value), from: { source: 'vmi', pos: iface.macAddress.pos } } };
  if (opts.mac === 'stable') {
    return { mac: { value: stableMac(vmi.namespace, vmi.name, iface.name), from: { source: 'derived', note: `from ${vmi.namespace}/${vmi.name}/${iface.name} (${input('mac')} stable)` } } };
  }
  return { macLeftTo: { source: 'libvirt', note: `libvirt picks it when the domain is defined (${input('mac')} omit)` } };
}

/**
 * Decides every value of each interface that does not depend on placement, from the VMI and the
 * devices resolution found (possibly not all of them: explain shows how far each got).
 */
export function decideInterfaces(vmi: Vmi, devices: ReadonlyMap<string, ResolvedDevice>, opts: Options): InterfaceDecision[] {
  const queues = networkQueues(vmi);
  return vmi.interfaces.map((iface) => {
    const binding = effectiveBinding(iface, opts.vdpaBindingName);
    const net = vmi.networks.find((n) => n.name === iface.name);
    const out: InterfaceDecision = { name: iface.name, iface, absent: iface.state?.value === 'absent' };
    if (binding) out.binding = binding;
    if (net?.source?.kind === 'pod') out.network = { value: 'pod', from: { source: 'vmi', pos: net.source.pos } };
    else if (net?.source?.kind === 'multus' && net.source.networkName) {
      out.network = { value: net.source.networkName.value, from: { source: 'vmi', pos: net.source.networkName.pos } };
    }
    const dev = devices.get(iface.name);
    if (dev) out.device = dev;
    if (binding === 'vdpa' && dev?.path) out.source = { value: dev.path, from: dev.pathFrom! };
    if (binding === 'sriov' && dev) out.source = { value: formatPciAddress(dev.hostAddress), from: dev.deviceFrom };
    if (binding === 'masquerade' || binding === 'bridge') {
      const pod = isPodNetwork(net);
      out.source = {
        value: tapName(iface.name, pod),
        from: { source: 'derived', note: pod ? "KubeVirt's tap for the pod network" : "KubeVirt's tap: 'tap' + sha256(network)[:11]" },
      };
    }
    if (binding && binding !== 'sriov') Object.assign(out, decideMac(vmi, iface, opts));
    const virtio = binding === 'vdpa' || ((binding === 'masquerade' || binding === 'bridge') && (iface.model?.value ?? 'virtio') === 'virtio');
    if (queues && virtio) out.queues = { value: queues, from: { source: 'derived', note: 'vCPUs (sockets x cores x threads, at most 256): networkInterfaceMultiqueue' } };
    return out;
  });
}
