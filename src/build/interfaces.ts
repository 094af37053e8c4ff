import { virtioModel } from '../kubevirt/virtio-model.js';
import { archTraits } from '../kubevirt/arch.js';
import type { Domain, Interface, PciHostdev, PortForward } from '../model/domain.js';
import { parsePciAddress } from '../model/pci-address.js';
import type { Vmi, VmiInterface } from '../model/vmi.js';
import type { InterfaceDecision } from './decisions.js';

/**
 * Interfaces in VMI order, from what was decided for each: masquerade and bridge as ethernet + tap,
 * vdpa as <interface type='vdpa'>; sriov as <hostdev> with alias ua-sriov-<name>. state: absent
 * interfaces are left out, as KubeVirt's converter drops them.
 */
export function buildInterfaces(domain: Domain, vmi: Vmi, decisions: readonly InterfaceDecision[]): void {
  for (const d of decisions) {
    const { iface } = d;
    // a binding plugin's interface is the hook sidecar's to add (hook-interfaces.ts), not the converter's
    if (d.absent || d.hook) continue;
    const pci = iface.pciAddress ? parsePciAddress(iface.pciAddress.value) : undefined;
    const address = pci ? { type: 'pci' as const, pci } : undefined;

    if (d.binding === 'sriov') {
      if (!d.device) continue;
      const h: PciHostdev = { source: d.device.hostAddress, alias: `ua-sriov-${iface.name}` };
      if (iface.bootOrder) h.bootOrder = iface.bootOrder.value;
      if (address) Object.assign(h, { address, userAddress: true });
      domain.devices.hostdevs.push(h);
      continue;
    }

    let out: Interface;
    if (d.binding === 'vdpa') {
      if (!d.source) continue;
      // libvirt: the model of a vdpa interface must be exactly virtio (facts.md §1)
      out = { type: 'vdpa', sourceDev: d.source.value, model: 'virtio' };
      if (d.queues) out.driver = { name: 'vhost', queues: d.queues.value };
    } else if (d.binding === 'masquerade' || d.binding === 'bridge') {
      const model = iface.model?.value ?? 'virtio';
      out = { type: 'ethernet', target: { dev: d.source!.value, managed: 'no' }, model: model === 'virtio' ? virtioModel(vmi) : model };
      if (d.queues) out.driver = { name: 'vhost', queues: d.queues.value };
      // KubeVirt: <rom enabled='no'/> on tap interfaces that do not boot, where the arch converter
      // IsROMTuningSupported (not s390x)
      if (!iface.bootOrder && archTraits(vmi).romTuning) out.romDisabled = true;
    } else if (d.binding === 'passt') {
      const model = iface.model?.value ?? 'virtio';
      out = { type: 'vhostuser', sourceDev: d.source!.value, model: model === 'virtio' ? virtioModel(vmi) : model, passt: { logFile: PASST_LOG, portForwards: passtPortForwards(vmi, iface) } };
      if (d.queues) out.driver = { name: 'vhost', queues: d.queues.value };
    } else {
      continue;
    }
    if (d.mac) out.mac = d.mac.value;
    out.alias = `ua-${iface.name}`;
    // boot order and link state are the tap binding's options (configurator.go tapBindingOptions): passt gets neither
    const tap = d.binding !== 'passt';
    if (iface.bootOrder && tap) out.bootOrder = iface.bootOrder.value;
    if (iface.state?.value === 'down' && tap) out.linkDown = true;
    if (iface.acpiIndex && iface.acpiIndex.value > 0) out.acpiIndex = iface.acpiIndex.value;
    if (address) Object.assign(out, { address, userAddress: true });
    domain.devices.interfaces.push(out);
  }
}

/** network/configurator.go passtLogFilePath */
const PASST_LOG = '/var/run/kubevirt/passt.log';

/**
 * network/passt.go generatePasstPortForward: the interface's ports by protocol (TCP when unset,
 * protocols matched case-insensitively, others dropped), tcp before udp; with the
 * sidecar.istio.io/inject annotation true, Istio's reserved ports excluded first (exclude='yes');
 * with no range at all, every tcp and udp port.
 */
function passtPortForwards(vmi: Vmi, iface: VmiInterface): PortForward[] {
  const tcp: number[] = [];
  const udp: number[] = [];
  for (const p of iface.ports ?? []) {
    const proto = p.protocol.toLowerCase();
    if (proto === 'tcp' || proto === '') tcp.push(p.port);
    else if (proto === 'udp') udp.push(p.port);
  }
  const excluded = vmi.annotations.get('sidecar.istio.io/inject')?.value.toLowerCase() === 'true' ? ISTIO_RESERVED_PORTS : [];
  const forwards: PortForward[] = [];
  if (!excluded.length && !tcp.length && !udp.length) forwards.push({ proto: 'tcp', ranges: [] }, { proto: 'udp', ranges: [] });
  if (excluded.length || tcp.length) forwards.push({ proto: 'tcp', ranges: [...excluded.map((start) => ({ start, exclude: true })), ...tcp.map((start) => ({ start }))] });
  if (udp.length) forwards.push({ proto: 'udp', ranges: udp.map((start) => ({ start })) });
  return forwards;
}

/** network/istio/ports.go ReservedPorts: Envoy's ports, which passt must leave to the Istio proxy */
const ISTIO_RESERVED_PORTS = [15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090];
