import type { InterfaceDecision, Origin } from '../build/index.js';
import type { VmiInterface } from '../model/vmi.js';
import type { PipelineResult } from '../pipeline.js';

export type { Origin };

export type ExplainedField = 'network' | 'nad' | 'resource' | 'deviceId' | 'source' | 'target' | 'mac' | 'guestPci';

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
  /** the device a binding plugin's symlink source points at (kubevirt/vdpa-network-binding-plugin) */
  target: string | null;
  queues: number | null;
  mac: string | null;
  /** the guest PCI address dddd:bb:ss.f */
  guestPci: string | null;
  /** 'absent' interfaces are not in the domain */
  state: string | null;
  from: Partial<Record<ExplainedField, Origin>>;
}

function bindingName(d: InterfaceDecision): string | null {
  const b: VmiInterface['binding'] = d.iface.binding;
  if (!b) return null;
  return d.binding ?? (b.kind === 'binding' ? `binding:${b.pluginName ?? ''}` : b.kind);
}

/**
 * One interface as explain shows it, read from what the translation decided (build's decisions,
 * resolution's devices, placement's addresses): nothing is worked out again here.
 */
function explainOne(d: InterfaceDecision, result: PipelineResult): ExplainedInterface {
  const out: ExplainedInterface = {
    name: d.name,
    binding: bindingName(d),
    network: d.network?.value ?? null,
    nad: null,
    resource: null,
    deviceId: null,
    source: d.source?.value ?? null,
    target: d.symlinkTarget?.value ?? null,
    queues: null,
    mac: d.mac?.value ?? null,
    guestPci: d.guestPci?.value ?? null,
    state: d.iface.state?.value ?? null,
    from: {},
  };
  if (d.network) out.from.network = d.network.from;
  const dev = d.device;
  if (dev) {
    out.nad = dev.nadRef;
    out.resource = dev.resource ?? null;
    out.deviceId = dev.deviceId;
    if (dev.nad) out.from.nad = { source: 'nad', pos: dev.nad.pos };
    if (dev.nad?.resourceName) out.from.resource = { source: 'nad', pos: dev.nad.resourceName.pos };
    // without a NAD, the resource came from KUBEVIRT_RESOURCE_NAME_<network>, or (network-status alone) is unknown
    else if (dev.resourceFrom) out.from.resource = { ...dev.resourceFrom, note: `KUBEVIRT_RESOURCE_NAME_${d.name}, no NAD given` };
    out.from.deviceId = dev.deviceFrom;
  } else {
    // resolution stopped short of a device: show the NAD and resource it got to
    const progress = result.resolution?.unresolved.get(d.name);
    if (progress) {
      out.nad = progress.ref;
      if (progress.nad) {
        out.from.nad = { source: 'nad', pos: progress.nad.pos };
        if (progress.nad.resourceName) {
          out.resource = progress.nad.resourceName.value;
          out.from.resource = { source: 'nad', pos: progress.nad.resourceName.pos };
        }
      }
    }
  }
  if (d.source) out.from.source = d.source.from;
  if (d.symlinkTarget) out.from.target = d.symlinkTarget.from;
  // queues as the domain has them: only once it was built
  if (result.domain && !d.absent) out.queues = d.queues?.value ?? null;
  if (d.mac) out.from.mac = d.mac.from;
  else if (d.iface.macAddress) out.from.mac = { source: 'vmi', pos: d.iface.macAddress.pos };
  else if (d.macLeftTo) out.from.mac = d.macLeftTo;
  if (d.guestPci) out.from.guestPci = d.guestPci.from;
  else if (d.iface.pciAddress) out.from.guestPci = { source: 'vmi', pos: d.iface.pciAddress.pos };
  return out;
}

/** Every interface of the VMI in spec order, with whatever the translation got to (partial on errors). */
export function explainInterfaces(result: PipelineResult): ExplainedInterface[] {
  return result.decisions.map((d) => explainOne(d, result));
}
