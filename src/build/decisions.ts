import type { Position } from '../diagnostics/diagnostics.js';
import { effectiveBinding, type TranslatedBinding } from '../kubevirt/bindings.js';
import { isPodNetwork, networkOf } from '../kubevirt/networks.js';
import { normalizeMac, stableMac, tapName } from '../kubevirt/names.js';
import { formatPciAddress } from '../model/pci-address.js';
import type { Vmi, VmiInterface } from '../model/vmi.js';
import { input, type Options, type VdpaSidecar } from '../options.js';
import type { LauncherProfile } from '../kubevirt/versions.js';
import { podInterfaceName } from '../kubevirt/names.js';
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
  /**
   * `binding: {name: <vdpa binding>}`: the converter writes nothing for it, and the binding
   * plugin's hook sidecar adds the interface on every define; whose sidecar (--vdpa-sidecar)
   */
  hook?: VdpaSidecar;
  /** the kubevirt plugin's <source dev> is a symlink: the device it points at */
  symlinkTarget?: Decided<string>;
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

/** The directory virt-launcher and its hook sidecars share (pkg/hooks HookSocketsSharedDirectory). */
export const HOOK_SOCKETS_DIR = '/var/run/kubevirt-hooks';

/**
 * Decides every value of each interface that does not depend on placement, from the VMI and the
 * devices resolution found (possibly not all of them: explain shows how far each got).
 */
export function decideInterfaces(vmi: Vmi, devices: ReadonlyMap<string, ResolvedDevice>, opts: Options, launcher?: LauncherProfile): InterfaceDecision[] {
  const queues = networkQueues(vmi);
  return vmi.interfaces.map((iface) => {
    const binding = effectiveBinding(iface, opts.vdpaBindingName);
    const net = networkOf(vmi, iface.name);
    const out: InterfaceDecision = { name: iface.name, iface, absent: iface.state?.value === 'absent' };
    if (binding) out.binding = binding;
    if (net?.source?.kind === 'pod') out.network = { value: 'pod', from: { source: 'vmi', pos: net.source.pos } };
    else if (net?.source?.kind === 'multus' && net.source.networkName) {
      out.network = { value: net.source.networkName.value, from: { source: 'vmi', pos: net.source.networkName.pos } };
    }
    const dev = devices.get(iface.name);
    if (dev) out.device = dev;
    if (binding === 'vdpa' && iface.binding?.kind === 'binding') {
      out.hook = opts.vdpaSidecar;
      return opts.vdpaSidecar === 'kubevirt' ? decideKubevirtPlugin(out, iface, dev, opts, launcher) : decideVdpaXmlSidecar(out, vmi, iface, dev, opts, queues, launcher);
    }
    if (binding === 'vdpa' && dev?.path) out.source = { value: dev.path, from: dev.pathFrom! };
    if (binding === 'sriov' && dev) out.source = { value: formatPciAddress(dev.hostAddress), from: dev.deviceFrom };
    if (binding === 'masquerade' || binding === 'bridge') {
      const pod = isPodNetwork(net);
      out.source = {
        value: tapName(iface.name, pod),
        from: { source: 'derived', note: pod ? "KubeVirt's tap for the pod network" : "KubeVirt's tap: 'tap' + sha256(network)[:11]" },
      };
    }
    if (binding === 'passt') {
      // network/configurator.go passtBindingOptions: the pod interface virt-handler records in
      // status.interfaces (podInterfaceName), eth0 for the pod network passt is limited to
      out.source = { value: 'eth0', from: { source: 'derived', note: "the pod network's pod interface (status.interfaces podInterfaceName), passt's upstream" } };
      // no tap generator runs for passt (domainspec DomainAttachmentByInterfaceName): the MAC is the VMI's or libvirt's
      if (iface.macAddress) out.mac = { value: normalizeMac(iface.macAddress.value), from: { source: 'vmi', pos: iface.macAddress.pos } };
      else out.macLeftTo = { source: 'libvirt', note: 'KubeVirt writes no MAC for a passt interface without macAddress: libvirt picks one when the domain is defined' };
    } else if (binding && binding !== 'sriov') Object.assign(out, decideMac(vmi, iface, opts));
    const virtio = binding === 'vdpa' || ((binding === 'masquerade' || binding === 'bridge' || binding === 'passt') && (iface.model?.value ?? 'virtio') === 'virtio');
    if (queues && virtio) out.queues = { value: queues, from: { source: 'derived', note: 'vCPUs (sockets x cores x threads, at most 256): networkInterfaceMultiqueue' } };
    return out;
  });
}

/**
 * kubevirt/vdpa-network-binding-plugin (sidecar/domain/configurator.go generateInterfaces): source
 * dev is the symlink it makes in the hook sockets volume, /var/run/kubevirt-hooks/<CONTAINER_NAME>/
 * <pod interface name>, pointing at network-info's vdpa.path; MAC the VMI's macAddress, else
 * network-info's mac (KubeVirt 1.8+), else none; model virtio; pciAddress and acpiIndex kept; no
 * queues, boot order or link state. It adds state: absent interfaces too (it walks spec.networks).
 */
function decideKubevirtPlugin(out: InterfaceDecision, iface: VmiInterface, dev: ResolvedDevice | undefined, opts: Options, launcher: LauncherProfile | undefined): InterfaceDecision {
  out.absent = false;
  const link = `${HOOK_SOCKETS_DIR}/${opts.sidecarContainer}/${podInterfaceName(iface.name, false)}`;
  out.source = {
    value: link,
    from: { source: 'derived', note: `the symlink the vdpa binding plugin makes: ${HOOK_SOCKETS_DIR}/<container>/<pod interface name> (${input('sidecarContainer')} ${opts.sidecarContainer})` },
  };
  if (dev?.path) out.symlinkTarget = { value: dev.path, from: dev.pathFrom! };
  if (iface.macAddress) out.mac = { value: iface.macAddress.value, from: { source: 'vmi', pos: iface.macAddress.pos } };
  else if (launcher?.networkInfoMac && dev?.podMac) out.mac = { value: dev.podMac.value, from: { ...dev.podMac.from, note: "network-info's mac (KubeVirt 1.8+)" } };
  else {
    out.macLeftTo = {
      source: 'libvirt',
      note: launcher?.networkInfoMac
        ? "the plugin takes network-info's mac, which the inputs do not have: pass network-info"
        : `KubeVirt ${launcher?.release ?? ''} puts no mac in network-info, so the plugin writes none and libvirt picks a random one`,
    };
  }
  return out;
}

/** vdpa-xml's own sidecar: everything render gives a vDPA interface; the MAC falls back to network-info's, then the stable one. */
function decideVdpaXmlSidecar(out: InterfaceDecision, vmi: Vmi, iface: VmiInterface, dev: ResolvedDevice | undefined, opts: Options, queues: number | undefined, launcher: LauncherProfile | undefined): InterfaceDecision {
  if (dev?.path) out.source = { value: dev.path, from: dev.pathFrom! };
  if (iface.macAddress) out.mac = { value: normalizeMac(iface.macAddress.value), from: { source: 'vmi', pos: iface.macAddress.pos } };
  else if (launcher?.networkInfoMac && dev?.podMac) out.mac = { value: normalizeMac(dev.podMac.value), from: { ...dev.podMac.from, note: "network-info's mac (KubeVirt 1.8+)" } };
  else Object.assign(out, decideMac(vmi, iface, opts));
  if (queues) out.queues = { value: queues, from: { source: 'derived', note: 'vCPUs (sockets x cores x threads, at most 256): networkInterfaceMultiqueue' } };
  return out;
}
