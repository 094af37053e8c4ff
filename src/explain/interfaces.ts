import { effectiveBinding } from '../kubevirt/bindings.js';
import { normalizeMac, stableMac, tapName } from '../kubevirt/names.js';
import type { Position } from '../diagnostics/diagnostics.js';
import type { Vmi, VmiInterface, VmiNetwork } from '../model/vmi.js';
import { deviceOfInterface } from '../model/interface-device.js';
import { formatPciAddress } from '../model/pci-address.js';
import type { PipelineOptions, PipelineResult } from '../pipeline.js';
import { nadRef } from '../kubevirt/nad-ref.js';
import { findNad } from '../resolve/nad-lookup.js';
import type { ResolvedDevice } from '../resolve/types.js';

/**
 * Where one value of an explained interface came from: an input position (the VMI, a NAD, the env
 * dump, network-status...) or, for values vdpa-xml derives, a note saying how.
 */
export interface Origin {
  /** vmi, nad, env, network-status, inventory... for values read from an input; derived or placement otherwise */
  source: string;
  pos?: Position;
  note?: string;
}

export type ExplainedField = 'network' | 'nad' | 'resource' | 'deviceId' | 'source' | 'mac' | 'guestPci';

/** One interface of the VMI and everything the translation decided for it. Unknown values are null. */
export interface ExplainedInterface {
  name: string;
  /** masquerade, bridge, sriov, vdpa; an untranslated binding by its KubeVirt name */
  binding: string | null;
  /** 'pod', or the Multus networkName as written */
  network: string | null;
  /** <namespace>/<name> of the NetworkAttachmentDefinition */
  nad: string | null;
  resource: string | null;
  /** the device plugin's device ID (the host PCI address of the VF) */
  deviceId: string | null;
  /** what the guest NIC is backed by: /dev/vhost-vdpa-N, the host PCI address (sriov) or the tap */
  source: string | null;
  queues: number | null;
  mac: string | null;
  /** the guest PCI address dddd:bb:ss.f */
  guestPci: string | null;
  /** 'absent' interfaces are not in the domain */
  state: string | null;
  from: Partial<Record<ExplainedField, Origin>>;
}

function bindingName(iface: VmiInterface, vdpaBindingName: string): string | null {
  const b = iface.binding;
  if (!b) return null;
  return effectiveBinding(iface, vdpaBindingName) ?? (b.kind === 'binding' ? `binding:${b.pluginName ?? ''}` : b.kind);
}

function isPodNetwork(net: VmiNetwork | undefined): boolean {
  return net?.source?.kind === 'pod' || (net?.source?.kind === 'multus' && net.source.isDefault);
}

function explainDevice(out: ExplainedInterface, dev: ResolvedDevice): void {
  out.nad = dev.nadRef;
  out.resource = dev.resource ?? null;
  out.deviceId = dev.deviceId;
  if (dev.nad) out.from.nad = { source: 'nad', pos: dev.nad.pos };
  if (dev.nad?.resourceName) out.from.resource = { source: 'nad', pos: dev.nad.resourceName.pos };
  // without a NAD, the resource came from KUBEVIRT_RESOURCE_NAME_<network>, or (network-status alone) is unknown
  else if (dev.resourceFrom) out.from.resource = { ...dev.resourceFrom, note: `KUBEVIRT_RESOURCE_NAME_${out.name}, no NAD given` };
  out.from.deviceId = dev.deviceFrom;
  if (dev.kind === 'vdpa') {
    out.source = dev.path ?? null;
    if (dev.pathFrom) out.from.source = dev.pathFrom;
  } else {
    out.source = formatPciAddress(dev.hostAddress);
    out.from.source = dev.deviceFrom;
  }
}

/** The MAC the builder gives an interface (for explaining a VMI whose domain could not be built). */
function expectedMac(vmi: Vmi, iface: VmiInterface, kind: string | undefined, opts: PipelineOptions): string | null {
  if (!kind || kind === 'sriov') return null;
  if (iface.macAddress) return normalizeMac(iface.macAddress.value);
  return opts.mac === 'stable' ? stableMac(vmi.namespace, vmi.name, iface.name) : null;
}

/** When resolution stopped short of a device, the NAD and resource it got to, so explain shows how far it went. */
function explainNadOnly(out: ExplainedInterface, vmi: Vmi, networkName: string, result: PipelineResult): void {
  const ref = nadRef(networkName, vmi.namespace);
  out.nad = `${ref.namespace}/${ref.name}`;
  const nad = findNad(result.nads, ref, vmi.namespace);
  if (!nad) return;
  out.from.nad = { source: 'nad', pos: nad.pos };
  if (nad.resourceName) {
    out.resource = nad.resourceName.value;
    out.from.resource = { source: 'nad', pos: nad.resourceName.pos };
  }
}

function explainOne(vmi: Vmi, iface: VmiInterface, result: PipelineResult, opts: PipelineOptions): ExplainedInterface {
  const net = vmi.networks.find((n) => n.name === iface.name);
  const kind = effectiveBinding(iface, opts.vdpaBindingName);
  const out: ExplainedInterface = {
    name: iface.name,
    binding: bindingName(iface, opts.vdpaBindingName),
    network: null,
    nad: null,
    resource: null,
    deviceId: null,
    source: null,
    queues: null,
    mac: null,
    guestPci: null,
    state: iface.state?.value ?? null,
    from: {},
  };
  if (net?.source?.kind === 'pod') {
    out.network = 'pod';
    out.from.network = { source: 'vmi', pos: net.source.pos };
  } else if (net?.source?.kind === 'multus' && net.source.networkName) {
    out.network = net.source.networkName.value;
    out.from.network = { source: 'vmi', pos: net.source.networkName.pos };
  }
  const dev = result.devices.get(iface.name);
  if (dev) explainDevice(out, dev);
  else if ((kind === 'vdpa' || kind === 'sriov') && net?.source?.kind === 'multus' && net.source.networkName) {
    explainNadOnly(out, vmi, net.source.networkName.value, result);
  }
  if (kind === 'masquerade' || kind === 'bridge') {
    out.source = tapName(iface.name, isPodNetwork(net));
    out.from.source = { source: 'derived', note: isPodNetwork(net) ? "KubeVirt's tap for the pod network" : "KubeVirt's tap: 'tap' + sha256(network)[:11]" };
  }

  const placed = result.domain && iface.state?.value !== 'absent' ? deviceOfInterface(result.domain, iface.name) : {};
  // queues and MAC as the domain has them; without a domain (errors) only what the VMI says
  out.queues = placed.interface?.driver?.queues ?? null;
  out.mac = placed.interface ? (placed.interface.mac ?? null) : expectedMac(vmi, iface, kind, opts);
  if (iface.macAddress) out.from.mac = { source: 'vmi', pos: iface.macAddress.pos };
  else if (kind && kind !== 'sriov') {
    out.from.mac = opts.mac === 'stable'
      ? { source: 'derived', note: `from ${vmi.namespace}/${vmi.name}/${iface.name} (--mac stable)` }
      : { source: 'libvirt', note: 'libvirt picks it when the domain is defined (--mac omit)' };
  }
  const address = (placed.interface ?? placed.hostdev)?.address;
  if (address?.type === 'pci') out.guestPci = formatPciAddress(address.pci);
  if (iface.pciAddress) out.from.guestPci = { source: 'vmi', pos: iface.pciAddress.pos };
  else if (out.guestPci) {
    out.from.guestPci = {
      source: 'placement',
      note: `libvirt's order (--hotplug-reserve ${opts.hotplugReserve})`,
    };
  }
  return out;
}

/** Every interface of the VMI in spec order, with whatever the translation got to (partial on errors). */
export function explainInterfaces(result: PipelineResult, opts: PipelineOptions): ExplainedInterface[] {
  const vmi = result.vmi;
  if (!vmi) return [];
  return vmi.interfaces.map((iface) => explainOne(vmi, iface, result, opts));
}
