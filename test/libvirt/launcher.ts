// virt-launcher's NIC hotplug reservation, driven against the real libvirtd (KubeVirt 1.7.2+,
// nichotplug.go + manager.go allocateHotplugPorts; /tmp/research/kubevirt.md §1, facts.md §2).
// Written independently of src/pci/hotplug-reserve.ts: this is the reference it is checked against.
import type { LauncherProfile } from '../../src/kubevirt/versions.js';
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
    (dev.memballoon ? 1 : 0) +
    // iteratePCIAddresses also visits virtio inputs (s390x's keyboard) and every watchdog
    dev.inputs.filter((i) => i.bus === 'virtio' && countsAsPci(i.address)).length +
    dev.watchdogs.filter((w) => countsAsPci(w.address)).length
  );
}

/** What the reference needs of the VMI: its interface count, transitional flag and annotations. */
export interface LauncherVmi {
  interfaces: readonly unknown[];
  useVirtioTransitional: boolean;
  annotations: ReadonlyMap<string, { value: string }>;
}

const SLOT_COUNT = 'kubevirt.io/pci-interface-slot-count';
const ROOT_COMPLEX = 'kubevirt.io/placePCIDevicesOnRootComplex';

/**
 * calculatePlaceholderCount / calculateExtraControllerCount of each scheme (manager.go at v1.5.3
 * withNetworkIfacesResources, v1.7.1 calculateHotplugPortCount, v1.9.0).
 */
export function launcherPlan(converter: Domain, vmi: LauncherVmi, profile: LauncherProfile): { placeholders: number; extraPorts: number } {
  const n = vmi.interfaces.length;
  const rootComplex = vmi.annotations.get(ROOT_COMPLEX)?.value === 'true';
  const big = converter.memoryBytes > 2 * 1024 * 1024 * 1024;
  const [total, minFree] = big ? [16, 6] : [8, 3];
  const want = Math.max(total - portsInUse(converter), minFree);
  const v1 = rootComplex || n === 0 ? 0 : Math.max(0, 4 - n);
  if (profile.reservation === 'v1') return { placeholders: v1, extraPorts: 0 };
  if (profile.reservation === 'v2') return { placeholders: rootComplex ? 0 : want, extraPorts: 0 };
  const slots = vmi.annotations.get(SLOT_COUNT)?.value;
  const placeholders = slots !== undefined && /^[+-]?\d+$/.test(slots) ? Math.max(0, Number(slots) - n) : v1;
  return { placeholders, extraPorts: rootComplex ? 0 : Math.max(0, want - placeholders) };
}

/**
 * defaults.SupportsPCIeHotplug: amd64 and arm64 only once the launcher has the arch gate, and a
 * machine type containing q35 or starting with virt once it has the machine gate.
 */
function supportsPcieHotplug(converter: Domain, profile: LauncherProfile): boolean {
  if (profile.gate !== 'none' && converter.arch === 's390x') return false;
  return profile.gate !== 'arch+machine' || converter.machineType.includes('q35') || converter.machineType.startsWith('virt');
}

/**
 * placePCIDevicesOnRootComplex, on the converter's XML (pci-placement.go): slots from 0x02 on bus 0,
 * skipping 0x1b and 0x1f, in the order interfaces, PCI hostdevs, controllers but the PCI roots,
 * virtio disks, rng, balloon; a device with an address keeps it. Undefined when the slots run out.
 */
export function rootComplexXml(converterXml: string): string | undefined {
  const spec = parseXml(converterXml);
  const devices = child(spec, 'devices')!;
  const all = elements(devices);
  const order = [
    ...all.filter((e) => e.tag === 'interface'),
    ...all.filter((e) => e.tag === 'hostdev' && attr(e, 'type') === 'pci'),
    ...all.filter((e) => e.tag === 'controller' && attr(e, 'model') !== 'pci-root' && attr(e, 'model') !== 'pcie-root'),
    ...all.filter((e) => e.tag === 'disk' && attr(child(e, 'target')!, 'bus') === 'virtio'),
    ...all.filter((e) => e.tag === 'rng'),
    ...all.filter((e) => e.tag === 'memballoon'),
  ];
  let slot = 1;
  for (const e of order) {
    if (child(e, 'address')) continue;
    slot = slot + 1 === 0x1b || slot + 1 === 0x1f ? slot + 2 : slot + 1;
    if (slot >= 0x20) return undefined;
    e.children.push(parseXml(`<address type='pci' domain='0x0000' bus='0x00' slot='0x${slot.toString(16).padStart(2, '0')}' function='0x0'/>`));
  }
  return serializeXml(spec);
}

/**
 * What a hook sidecar does to each domain before libvirt defines it: the XML virt-launcher would
 * send in, the XML to define (or the error that fails the sync). The spec kept between passes is
 * the one before the hook, as virt-launcher keeps its own DomainSpec.
 */
export type DefineHook = (xml: string, label: string) => Promise<{ xml: string } | { error: string }>;

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
export async function launcherDefine(lv: Libvirt, caseName: string, converter: Domain, vmi: LauncherVmi, profile: LauncherProfile, hook?: DefineHook): Promise<LauncherRun> {
  const plan = launcherPlan(converter, vmi, profile);
  const passes: LauncherRun['passes'] = [];
  const define = async (label: string, spec: string): Promise<DefineResult> => {
    // the hook sidecars' OnDefineDomain, on every define (virtwrap/util SetDomainSpecStrWithHooks)
    const hooked = hook ? await hook(spec, label) : { xml: spec };
    if ('error' in hooked) {
      const result = { error: `the hook refused the ${label} domain: ${hooked.error}` };
      passes.push({ label, input: spec, result });
      return result;
    }
    const result = await lv.define(hooked.xml, `${caseName}-${profile.name}-${label}`);
    passes.push({ label, input: hooked.xml, result });
    return result;
  };
  let converterXml: string | undefined = serializeDomain(converter);
  // the s390x converter skips root complex placement (its arch converter has no SupportPCIePlacement)
  if (vmi.annotations.get(ROOT_COMPLEX)?.value === 'true' && converter.arch !== 's390x') converterXml = rootComplexXml(converterXml);
  if (converterXml === undefined) return { passes, result: { error: 'the converter: No space left on the root PCI bus.' }, plan };
  if (!supportsPcieHotplug(converter, profile)) {
    const result = await define('single', converterXml);
    return { passes, result, plan: { placeholders: 0, extraPorts: 0 } };
  }
  let spec = parseXml(converterXml);
  const devicesOf = (d: XmlElement): XmlElement => child(d, 'devices')!;
  let last: DefineResult | undefined;
  // the read-back of a dump: what KubeVirt's api structs keep of it
  const readBack = (dumped: XmlElement, interfaces: XmlElement[]): void => {
    const devices: XmlElement = { tag: 'devices', attrs: [], children: [] };
    for (const el of elements(dumped)) {
      if (el.tag === 'interface' || el.tag === 'audio') continue;
      const copy = clone(el);
      if (copy.tag === 'controller') copy.children = copy.children.filter((c) => typeof c === 'string' || (c.tag !== 'model' && c.tag !== 'target'));
      if (copy.tag === 'channel') copy.children = copy.children.filter((c) => typeof c === 'string' || (c.tag !== 'address' && c.tag !== 'source'));
      devices.children.push(copy);
    }
    devices.children.push(...interfaces.map(clone));
    spec = clone(spec);
    spec.children = spec.children.map((c) => (typeof c !== 'string' && c.tag === 'devices' ? devices : c));
  };
  if (plan.placeholders > 0) {
    const pass1 = clone(spec);
    const model = vmi.useVirtioTransitional ? 'virtio-transitional' : 'virtio-non-transitional';
    // virt-launcher would append every placeholder the slot-count annotation asks for; past what
    // 256 buses of 32 slots hold libvirt refuses the domain whatever the count, so libvirt is
    // asked with that many and one more (fixtures/errors/slot-count-too-large asks for two billion)
    for (let i = 0; i < Math.min(plan.placeholders, 256 * 32 + 1); i++) {
      devicesOf(pass1).children.push(parseXml(`<interface type='ethernet'><target dev='placeholder-${i}' managed='no'/><model type='${model}'/></interface>`));
    }
    const r1 = await define('pass1', serializeXml(pass1));
    if (!r1.xml) return { passes, result: r1, plan };
    readBack(devicesOf(parseXml(r1.xml)), elements(devicesOf(spec), 'interface'));
    last = await define('pass2', serializeXml(spec));
    if (!last.xml) return { passes, result: last, plan };
  } else if (profile.readBackWithoutPlaceholders) {
    // main (d021b4c56e): the converter's spec is defined and read back, interfaces included as dumped
    const r0 = await define('pass0', serializeXml(spec));
    if (!r0.xml) return { passes, result: r0, plan };
    const dumped = devicesOf(parseXml(r0.xml));
    readBack(dumped, elements(dumped, 'interface'));
    last = r0;
  }
  if (plan.extraPorts > 0 && profile.reservation === 'v3') {
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
