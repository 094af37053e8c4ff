// virt-launcher's NIC hotplug reservation, driven against the real libvirtd (KubeVirt 1.7.2+,
// nichotplug.go + manager.go allocateHotplugPorts; /tmp/research/kubevirt.md §1, facts.md §2).
// Written independently of src/pci/hotplug-reserve.ts: this is the reference it is checked against.
import type { Vmi } from '../../src/model/vmi.js';
import type { Domain } from '../../src/model/domain.js';
import { serializeDomain } from '../../src/xml/serialize.js';
import type { DefineResult, Libvirt } from './virsh.js';
import { attr, child, clone, elements, parseXml, serializeXml, type XmlElement } from './xml.js';

export interface LauncherRun {
  /** the documents defined, in order, with libvirt's answers */
  passes: { label: string; input: string; result: DefineResult }[];
  /** the final dumpxml, or the error that stopped it */
  result: DefineResult;
  plan: { placeholders: number; extraPorts: number };
}

/** virt-launcher's count of devices occupying root ports, on the converter's spec (CountPCIDevices). */
function portsInUse(d: Domain): number {
  const dev = d.devices;
  const countsAsPci = (a: Domain['devices']['disks'][number]['address']): boolean => !a || a.type === 'pci';
  return (
    dev.interfaces.filter((i) => countsAsPci(i.address)).length +
    dev.hostdevs.filter((h) => countsAsPci(h.address)).length +
    dev.controllers.filter((c) => c.model !== 'pci-root' && c.model !== 'pcie-root' && countsAsPci(c.address)).length +
    dev.disks.filter((x) => x.target.bus === 'virtio' && countsAsPci(x.address)).length +
    dev.rngs.length +
    (dev.memballoon ? 1 : 0)
  );
}

export function launcherPlan(converter: Domain, vmi: Vmi): { placeholders: number; extraPorts: number } {
  const n = vmi.interfaces.length;
  const placeholders = n === 0 ? 0 : Math.max(0, 4 - n);
  const big = converter.memoryBytes > 2 * 1024 * 1024 * 1024;
  const [total, minFree] = big ? [16, 6] : [8, 3];
  const want = Math.max(total - portsInUse(converter), minFree);
  return { placeholders, extraPorts: Math.max(0, want - placeholders) };
}

/** SupportsPCIeHotplug: amd64 and a machine type containing q35. */
function supportsPcieHotplug(converter: Domain): boolean {
  return converter.machineType.includes('q35');
}

/**
 * Defines the converter's domain the way virt-launcher does:
 *  - with placeholders: pass 1 appends them as ethernet interfaces with the virtio model, defines and
 *    dumps; the dump's <devices> replace the spec's, with the original interfaces put back (no
 *    addresses but the user's) and what KubeVirt's structs lose dropped (controllers' <model name>
 *    and <target>, channels' <address> and <source>); pass 2 defines that;
 *  - with extra ports: <controller type='pci' index='N' model='pcie-root-port'/> appended, N from the
 *    highest pci index in the spec + 1, at most 31; pass 3 defines that.
 * The final dumpxml is the launcher's domain.
 */
export async function launcherDefine(lv: Libvirt, caseName: string, converter: Domain, vmi: Vmi): Promise<LauncherRun> {
  const converterXml = serializeDomain(converter);
  const plan = launcherPlan(converter, vmi);
  const passes: LauncherRun['passes'] = [];
  const define = async (label: string, xml: string): Promise<DefineResult> => {
    const result = await lv.define(xml, `${caseName}-${label}`);
    passes.push({ label, input: xml, result });
    return result;
  };
  if (!supportsPcieHotplug(converter)) {
    const result = await define('single', converterXml);
    return { passes, result, plan: { placeholders: 0, extraPorts: 0 } };
  }
  let spec = parseXml(converterXml);
  const devicesOf = (d: XmlElement): XmlElement => child(d, 'devices')!;
  let last: DefineResult | undefined;
  if (plan.placeholders > 0) {
    const pass1 = clone(spec);
    const model = vmi.useVirtioTransitional ? 'virtio-transitional' : 'virtio-non-transitional';
    for (let i = 0; i < plan.placeholders; i++) {
      devicesOf(pass1).children.push(parseXml(`<interface type='ethernet'><target dev='placeholder-${i}' managed='no'/><model type='${model}'/></interface>`));
    }
    const r1 = await define('pass1', serializeXml(pass1));
    if (!r1.xml) return { passes, result: r1, plan };
    const dumped = devicesOf(parseXml(r1.xml));
    const originals = elements(devicesOf(spec), 'interface');
    const devices: XmlElement = { tag: 'devices', attrs: [], children: [] };
    for (const el of elements(dumped)) {
      if (el.tag === 'interface' || el.tag === 'audio') continue;
      const copy = clone(el);
      if (copy.tag === 'controller') copy.children = copy.children.filter((c) => typeof c === 'string' || (c.tag !== 'model' && c.tag !== 'target'));
      if (copy.tag === 'channel') copy.children = copy.children.filter((c) => typeof c === 'string' || (c.tag !== 'address' && c.tag !== 'source'));
      devices.children.push(copy);
    }
    devices.children.push(...originals.map(clone));
    spec = clone(spec);
    spec.children = spec.children.map((c) => (typeof c !== 'string' && c.tag === 'devices' ? devices : c));
    last = await define('pass2', serializeXml(spec));
    if (!last.xml) return { passes, result: last, plan };
  }
  if (plan.extraPorts > 0) {
    const pciIndexes = elements(devicesOf(spec), 'controller').filter((c) => attr(c, 'type') === 'pci').map((c) => Number(attr(c, 'index')));
    let next = Math.max(0, ...pciIndexes) + 1;
    spec = clone(spec);
    for (let k = 0; k < plan.extraPorts && next <= 31; k++, next++) {
      devicesOf(spec).children.push(parseXml(`<controller type='pci' index='${next}' model='pcie-root-port'/>`));
    }
    last = await define('pass3', serializeXml(spec));
  }
  if (!last) last = await define('single', converterXml);
  return { passes, result: last, plan };
}
