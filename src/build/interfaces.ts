import { effectiveBinding } from '../kubevirt/bindings.js';
import type { Vmi } from '../model/vmi.js';
import type { Domain, Interface } from '../model/domain.js';
import { parsePciAddress } from '../model/pci-address.js';
import type { ResolvedDevice } from '../resolve/types.js';
import { normalizeMac, stableMac, tapName } from '../kubevirt/names.js';
import type { BuildOptions } from '../options.js';
import { virtioModel } from '../kubevirt/virtio-model.js';

/** Multiqueue: queues = vCPUs, capped at 256, for virtio-model interfaces (KubeVirt, facts.md §2). */
export function networkQueues(vmi: Vmi): number | undefined {
  return vmi.networkInterfaceMultiqueue ? Math.min(vmi.sockets * vmi.cores * vmi.threads, 256) : undefined;
}

/**
 * Interfaces in VMI order: masquerade and bridge as ethernet + tap, vdpa as <interface type='vdpa'>;
 * sriov as <hostdev> with alias ua-sriov-<name>. state: absent interfaces are left out, as
 * KubeVirt's converter drops them.
 */
export function buildInterfaces(domain: Domain, vmi: Vmi, devices: ReadonlyMap<string, ResolvedDevice>, opts: BuildOptions): void {
  const queues = networkQueues(vmi);
  for (const iface of vmi.interfaces) {
    if (iface.state?.value === 'absent') continue;
    const kind = effectiveBinding(iface, opts.vdpaBindingName);
    const net = vmi.networks.find((n) => n.name === iface.name);
    const isPod = net?.source?.kind === 'pod' || (net?.source?.kind === 'multus' && net.source.isDefault);
    const pci = iface.pciAddress ? parsePciAddress(iface.pciAddress.value) : undefined;
    const address = pci ? { type: 'pci' as const, pci } : undefined;

    if (kind === 'sriov') {
      const dev = devices.get(iface.name);
      if (!dev) continue;
      const h: Domain['devices']['hostdevs'][number] = { source: dev.hostAddress, alias: `ua-sriov-${iface.name}` };
      if (iface.bootOrder) h.bootOrder = iface.bootOrder.value;
      if (address) Object.assign(h, { address, userAddress: true });
      domain.devices.hostdevs.push(h);
      continue;
    }

    const mac = iface.macAddress ? normalizeMac(iface.macAddress.value) : opts.mac === 'stable' ? stableMac(vmi.namespace, vmi.name, iface.name) : undefined;
    let out: Interface;
    if (kind === 'vdpa') {
      const dev = devices.get(iface.name);
      if (!dev?.path) continue;
      // libvirt: the model of a vdpa interface must be exactly virtio (facts.md §1)
      out = { type: 'vdpa', sourceDev: dev.path, model: 'virtio' };
      if (queues) out.driver = { name: 'vhost', queues };
    } else if (kind === 'masquerade' || kind === 'bridge') {
      const model = iface.model?.value ?? 'virtio';
      const isVirtio = model === 'virtio';
      out = { type: 'ethernet', target: { dev: tapName(iface.name, isPod), managed: 'no' }, model: isVirtio ? virtioModel(vmi) : model };
      if (queues && isVirtio) out.driver = { name: 'vhost', queues };
      // KubeVirt: <rom enabled='no'/> on tap interfaces that do not boot
      if (!iface.bootOrder) out.romDisabled = true;
    } else {
      continue;
    }
    if (mac) out.mac = mac;
    out.alias = `ua-${iface.name}`;
    if (iface.bootOrder) out.bootOrder = iface.bootOrder.value;
    if (iface.state?.value === 'down') out.linkDown = true;
    if (iface.acpiIndex && iface.acpiIndex.value > 0) out.acpiIndex = iface.acpiIndex.value;
    if (address) Object.assign(out, { address, userAddress: true });
    domain.devices.interfaces.push(out);
  }
}
