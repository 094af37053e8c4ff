import { virtioModel } from '../kubevirt/virtio-model.js';
import type { Domain, Interface, PciHostdev } from '../model/domain.js';
import { parsePciAddress } from '../model/pci-address.js';
import type { Vmi } from '../model/vmi.js';
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
      // KubeVirt: <rom enabled='no'/> on tap interfaces that do not boot
      if (!iface.bootOrder) out.romDisabled = true;
    } else {
      continue;
    }
    if (d.mac) out.mac = d.mac.value;
    out.alias = `ua-${iface.name}`;
    if (iface.bootOrder) out.bootOrder = iface.bootOrder.value;
    if (iface.state?.value === 'down') out.linkDown = true;
    if (iface.acpiIndex && iface.acpiIndex.value > 0) out.acpiIndex = iface.acpiIndex.value;
    if (address) Object.assign(out, { address, userAddress: true });
    domain.devices.interfaces.push(out);
  }
}
