// Deterministic random VMIs (with their NADs and launcher env) for the conformance runner: a
// seeded PRNG, so case N is the same on every machine and a failing case can be rerun alone.
import { parse, stringify } from 'yaml';
import type { InputTexts } from '../../src/pipeline.js';

export interface CaseInputs {
  name: string;
  vmiFile: string;
  vmi: string;
  nads: { file: string; text: string }[];
  env?: string;
  /** CLI-style options of the case (fixtures' args file) */
  args: string[];
  /** a fixture: its directory, and its inputs read by the CLI's own loader */
  fixtureDir?: string;
  prebuilt?: InputTexts;
  loadError?: string;
  /** a fixture's files, by name, for a mismatch report */
  files?: Record<string, string>;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');
const pciText = (bus: number, slot: number, fn = 0): string => `0000:${hex(bus, 2)}:${hex(slot, 2)}.${fn}`;

type Binding = 'masquerade' | 'bridge' | 'sriov' | 'vdpa';
const NIC_MODELS = ['e1000', 'e1000e', 'rtl8139', 'virtio', 'ne2k_pci', 'pcnet', 'igb'];
const VOLUME_KINDS = ['containerDisk', 'persistentVolumeClaim', 'dataVolume', 'emptyDisk', 'ephemeral', 'hostDisk', 'cloudInitNoCloud', 'cloudInitConfigDrive'] as const;

interface Resource {
  name: string;
  kind: 'sriov' | 'vdpa';
  ids: string[];
}

function volume(r: Rand, name: string, kind: (typeof VOLUME_KINDS)[number]): Record<string, unknown> {
  switch (kind) {
    case 'containerDisk':
      return { name, containerDisk: { image: r.pick(['quay.io/containerdisks/fedora:latest', 'registry:5000/centos:7']) } };
    case 'persistentVolumeClaim':
      return { name, persistentVolumeClaim: { claimName: `pvc-${name}` } };
    case 'dataVolume':
      return { name, dataVolume: { name: `dv-${name}` } };
    case 'emptyDisk':
      return { name, emptyDisk: { capacity: '2Gi' } };
    case 'ephemeral':
      return { name, ephemeral: { persistentVolumeClaim: { claimName: `pvc-${name}` } } };
    case 'hostDisk':
      return { name, hostDisk: { path: `/data/${name}.img`, type: r.pick(['Disk', 'DiskOrCreate']), capacity: '1Gi' } };
    case 'cloudInitNoCloud':
      return { name, cloudInitNoCloud: { userData: '#cloud-config\n' } };
    case 'cloudInitConfigDrive':
      return { name, cloudInitConfigDrive: { userData: '#cloud-config\n' } };
  }
}

export interface GenShape {
  interfaces?: number;
  virtioDisks?: number;
  /** only the virtio disks asked for, no others */
  exactDisks?: boolean;
  machine?: 'q35' | 'pc';
  transitional?: boolean;
  /** no pciAddress anywhere: a sweep needs the exact device count to matter */
  noUserPci?: boolean;
}

/** One generated case; `shape` forces sizes for the big cases. */
export function generateCase(index: number, seed: number, shape: GenShape = {}): CaseInputs {
  const r = new Rand(prng(seed * 7919 + index));
  const name = `gen-${String(index).padStart(3, '0')}`;
  const machineFamily = shape.machine ?? (r.chance(0.22) ? 'pc' : 'q35');
  const machineType = machineFamily === 'pc' ? r.pick(['pc', 'pc', 'pc-i440fx-7.2']) : r.pick(['q35', 'q35', 'q35', 'pc-q35-7.2']);
  const transitional = shape.transitional ?? r.chance(0.2);
  const usedPci = new Set<string>();
  const bootOrders = new Set<number>();
  const nextBoot = (): number | undefined => {
    if (!r.chance(0.15)) return undefined;
    let b = r.int(1, 40);
    while (bootOrders.has(b)) b++;
    bootOrders.add(b);
    return b;
  };
  /** a pciAddress a user might write: a root port bus on q35 or a pcie-root slot; a pci-root or bridge slot on pc */
  const userPci = (conventional: boolean): string | undefined => {
    if (!r.chance(0.08) || shape.noUserPci) return undefined;
    for (let tries = 0; tries < 20; tries++) {
      let t: string;
      if (machineFamily === 'q35') {
        // conventional devices: on pcie-root, or on a bus libvirt must create (bridges); 00:01.0 is
        // the video's slot, which then moves
        if (r.chance(0.04)) t = pciText(0, 1);
        else if (conventional) t = r.chance(0.6) ? pciText(0, r.int(2, 0x1e)) : pciText(r.int(1, 4), r.int(1, 0x1f));
        else t = r.chance(0.35) ? pciText(0, r.int(2, 0x1e)) : pciText(r.int(1, 14), 0);
      } else {
        t = r.chance(0.75) ? pciText(0, r.int(3, 0x1e)) : pciText(r.int(1, 2), r.int(1, 0x1f));
      }
      if (!usedPci.has(t)) {
        usedPci.add(t);
        return t;
      }
    }
    return undefined;
  };

  // interfaces and networks
  const nIfaces = shape.interfaces ?? r.pick([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const interfaces: Record<string, unknown>[] = [];
  const networks: Record<string, unknown>[] = [];
  const nads: Record<string, unknown>[] = [];
  const resources: Resource[] = [];
  const nadByResource = new Map<string, string>();
  const envExtra: string[] = [];
  let podUsed = false;
  // host VF addresses, unique across resources, on buses a CI host does not have (libvirt reads
  // an existing host device to tell PCIe from conventional PCI; a missing one counts as PCIe)
  let hostDevs = 0;
  const nextHostAddress = (): string => {
    const n = hostDevs++;
    return pciText(0xf0 + Math.floor(n / 128), 0x10 + (Math.floor(n / 8) % 16), n % 8);
  };
  for (let i = 0; i < nIfaces; i++) {
    const ifName = `net${i}-${r.pick(['a', 'b', 'c'])}`;
    let binding: Binding = r.pick(['bridge', 'sriov', 'vdpa', 'vdpa', 'masquerade']);
    if (binding === 'masquerade' && podUsed) binding = 'vdpa';
    const onPod = binding === 'masquerade' || (binding === 'bridge' && !podUsed && r.chance(0.5));
    const iface: Record<string, unknown> = { name: ifName, [binding]: {} };
    if (binding === 'masquerade' || binding === 'bridge') {
      if (r.chance(0.25)) iface.model = r.pick(NIC_MODELS);
      if (r.chance(0.2)) iface.macAddress = `02:00:00:${hex(index % 256, 2)}:${hex(i, 2)}:${hex(r.int(0, 255), 2)}`;
      const model = (iface.model as string | undefined) ?? 'virtio';
      const conventional = model === 'e1000' || model === 'rtl8139' || (model === 'virtio' && transitional);
      const pci = userPci(conventional);
      if (pci) iface.pciAddress = pci;
    } else if (binding === 'vdpa') {
      if (r.chance(0.2)) iface.model = 'virtio';
      const pci = userPci(false);
      if (pci) iface.pciAddress = pci;
    } else {
      const pci = userPci(false);
      if (pci) iface.pciAddress = pci;
    }
    const boot = nextBoot();
    if (boot && binding !== 'vdpa') iface.bootOrder = boot;
    if (r.chance(0.08)) iface.acpiIndex = r.int(1, 100);
    if (binding !== 'sriov' && r.chance(0.06)) iface.state = 'down';
    if (binding === 'bridge' && !onPod && r.chance(0.05)) iface.state = 'absent';
    interfaces.push(iface);
    if (onPod) {
      podUsed = true;
      networks.push({ name: ifName, pod: {} });
      continue;
    }
    // a Multus network: sriov/vdpa take a device from a resource, shared with earlier interfaces or not
    let nadName: string;
    if (binding === 'sriov' || binding === 'vdpa') {
      const same = resources.filter((x) => x.kind === binding);
      let res: Resource;
      if (same.length > 0 && r.chance(0.55)) {
        res = r.pick(same);
      } else {
        res = { name: `example.com/${binding}_pool${resources.length}`, kind: binding, ids: [] };
        resources.push(res);
      }
      res.ids.push(nextHostAddress());
      const existing = nadByResource.get(res.name);
      if (existing && r.chance(0.6)) {
        nadName = existing;
      } else {
        nadName = `${binding}-nad-${nads.length}`;
        nadByResource.set(res.name, nadName);
        nads.push({
          apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition',
          metadata: { name: nadName, namespace: 'conformance', annotations: { 'k8s.v1.cni.cncf.io/resourceName': res.name } },
          spec: { config: JSON.stringify({ cniVersion: '0.3.1', type: binding === 'vdpa' ? 'kube-ovn' : 'sriov', name: nadName }) },
        });
      }
      if (r.chance(0.3)) envExtra.push(`KUBEVIRT_RESOURCE_NAME_${ifName}=${res.name}`);
    } else {
      nadName = `bridge-nad-${nads.length}`;
      nads.push({
        apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition',
        metadata: { name: nadName, namespace: 'conformance' },
        spec: { config: JSON.stringify({ cniVersion: '0.3.1', type: 'bridge', bridge: 'br1' }) },
      });
    }
    networks.push({ name: ifName, multus: { networkName: r.chance(0.5) ? `conformance/${nadName}` : nadName } });
  }

  // disks
  const disks: Record<string, unknown>[] = [];
  const volumes: Record<string, unknown>[] = [];
  const nDisks = shape.virtioDisks !== undefined ? shape.virtioDisks + (shape.exactDisks ? 0 : r.int(0, 2)) : r.pick([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 9]);
  for (let i = 0; i < nDisks; i++) {
    const dName = `disk${i}`;
    const bus = shape.virtioDisks !== undefined && i < shape.virtioDisks ? 'virtio' : r.pick(['virtio', 'virtio', 'sata', 'sata', 'scsi', undefined]);
    const device = bus === 'virtio' ? 'disk' : r.pick(['disk', 'disk', 'cdrom']);
    const body: Record<string, unknown> = {};
    if (bus) body.bus = bus;
    if (bus === 'virtio') {
      const pci = userPci(transitional);
      if (pci) body.pciAddress = pci;
    }
    // libvirt refuses a read-only sata disk ("readonly sata disks are not supported")
    if (device === 'disk' && bus !== 'sata' && bus !== undefined && r.chance(0.1)) body.readonly = true;
    const disk: Record<string, unknown> = { name: dName, [device]: body };
    const boot = nextBoot();
    if (boot) disk.bootOrder = boot;
    if (r.chance(0.1)) disk.serial = `SN${index}x${i}`;
    if (r.chance(0.1)) disk.cache = r.pick(['none', 'writethrough', 'writeback']);
    disks.push(disk);
    volumes.push(volume(r, dName, i === 0 && r.chance(0.6) ? 'containerDisk' : r.pick(VOLUME_KINDS)));
  }

  const devices: Record<string, unknown> = {};
  if (disks.length) devices.disks = disks;
  if (interfaces.length) devices.interfaces = interfaces;
  if (transitional) devices.useVirtioTransitional = true;
  if (r.chance(0.35)) devices.networkInterfaceMultiqueue = true;
  if (r.chance(0.25)) devices.autoattachGraphicsDevice = false;
  if (r.chance(0.25)) devices.autoattachMemBalloon = false;
  if (r.chance(0.3)) devices.autoattachSerialConsole = false;
  if (r.chance(0.3)) devices.rng = {};
  // without interfaces KubeVirt adds `default` on the pod network, unless autoattachPodInterface is false
  if (!interfaces.length && r.chance(0.5)) devices.autoattachPodInterface = false;

  const cpu: Record<string, number> = { cores: r.int(1, 4) };
  if (r.chance(0.3)) cpu.sockets = 2;
  if (r.chance(0.15)) cpu.threads = 2;
  const domain: Record<string, unknown> = {
    cpu,
    memory: { guest: r.pick(['512Mi', '1Gi', '2Gi', '2Gi', '2049Mi', '3Gi', '4Gi', '8Gi']) },
    devices,
  };
  if (machineType !== 'q35' || r.chance(0.3)) domain.machine = { type: machineType };
  const vmi = {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachineInstance',
    metadata: { name: `vmi-${index}`, namespace: 'conformance', uid: `00000000-0000-4000-8000-${hex(seed & 0xffff, 4)}${hex(index, 8)}` } as Record<string, unknown>,
    spec: { domain, networks, volumes },
  };
  // the annotations that change placement, from a stream of their own so the rest of the case is
  // what it was before they were added
  const ar = new Rand(prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0));
  const annotations: Record<string, string> = {};
  if (ar.chance(0.1)) annotations['kubevirt.io/pci-interface-slot-count'] = String(ar.int(0, 8));
  if (ar.chance(0.06)) annotations['kubevirt.io/placePCIDevicesOnRootComplex'] = 'true';
  if (Object.keys(annotations).length) vmi.metadata.annotations = annotations;
  if (!networks.length) delete (vmi.spec as Record<string, unknown>).networks;
  if (!volumes.length) delete (vmi.spec as Record<string, unknown>).volumes;

  let mount = 0;
  const env: string[] = [];
  for (const res of resources) {
    const v = `PCIDEVICE_${res.name.replace(/[./]/g, '_').toUpperCase()}`;
    env.push(`${v}=${res.ids.join(',')}`);
    if (res.kind === 'vdpa') {
      const info: Record<string, unknown> = {};
      for (const id of res.ids) info[id] = { generic: { deviceID: id }, vdpa: { mount: `/dev/vhost-vdpa-${mount++}` } };
      env.push(`${v}_INFO=${JSON.stringify(info)}`);
    }
  }
  env.push(...envExtra);

  return {
    name,
    vmiFile: 'vmi.yaml',
    vmi: stringify(vmi),
    nads: nads.length ? [{ file: 'nad.yaml', text: nads.map((n) => stringify(n)).join('---\n') }] : [],
    ...(env.length ? { env: `${env.join('\n')}\n` } : {}),
    args: [],
  };
}

/**
 * The generated set: `count` random cases (every 25th a big one: 12 interfaces and 45+ virtio
 * disks, 60+ PCI devices), then sweeps across the points where libvirt's layout changes shape: pc's
 * pci-root filling up (its slot kept for a bridge), q35's pcie-to-pci-bridge filling up (a
 * pci-bridge behind it), and q35's pcie-root running out of root-port functions (both sides must
 * then refuse the VMI).
 */
export function generateCases(count: number, seed: number): CaseInputs[] {
  const out: CaseInputs[] = [];
  for (let i = 0; i < count; i++) {
    const big = i % 25 === 24;
    out.push(generateCase(i, seed, big ? { interfaces: 12, virtioDisks: 45 + (i % 20), machine: i % 50 === 49 ? 'pc' : 'q35' } : {}));
  }
  let n = count;
  const sweep = (label: string, from: number, to: number, shape: (k: number) => GenShape): void => {
    for (let k = from; k <= to; k++) out.push({ ...generateCase(n++, seed, shape(k)), name: `gen-${label}-${k}` });
  };
  const exact = { exactDisks: true, noUserPci: true };
  sweep('pc-full', 20, 33, (k) => ({ machine: 'pc', interfaces: 2, virtioDisks: k, ...exact }));
  sweep('bridge-full', 22, 36, (k) => ({ machine: 'q35', interfaces: 1, virtioDisks: k, transitional: true, ...exact }));
  sweep('root-full', 222, 234, (k) => ({ machine: 'q35', interfaces: 0, virtioDisks: k, ...exact }));
  // arm64 and s390x: q35 cases made into VMIs KubeVirt accepts there (every 8th a big one)
  for (let i = 0; i < Math.ceil(count / 8); i++) {
    for (const arch of ['arm64', 's390x'] as const) {
      const c = generateCase(n++, seed, i % 8 === 7 ? { interfaces: 8, virtioDisks: 20, machine: 'q35' } : { machine: 'q35' });
      out.push({ ...c, name: `gen-${arch}-${String(i).padStart(3, '0')}`, vmi: forArch(c.vmi, arch) });
    }
  }
  return out;
}

/**
 * A generated q35 VMI for arm64 or s390x: spec.architecture set, the machine type left to the
 * arch's default, sata disks on virtio and cdroms on scsi (neither arch has sata; libvirt refuses
 * a virtio cdrom), one thread per core on arm64 (virt-api rejects more); on s390x no guest PCI:
 * no pciAddress, no acpiIndex (libvirt: PCI devices only), no SR-IOV interface, every NIC virtio.
 */
function forArch(text: string, arch: 'arm64' | 's390x'): string {
  const vmi = parse(text) as { spec: Record<string, any> };
  const spec = vmi.spec;
  spec.architecture = arch;
  const domain = spec.domain as Record<string, any>;
  delete domain.machine;
  if (arch === 'arm64' && domain.cpu) delete domain.cpu.threads;
  for (const d of (domain.devices.disks ?? []) as Record<string, any>[]) {
    if (d.disk?.bus === 'sata') d.disk.bus = 'virtio';
    if (d.cdrom) d.cdrom.bus = 'scsi';
    if (arch === 's390x') delete (d.disk ?? d.cdrom ?? d.lun ?? {}).pciAddress;
  }
  if (arch === 's390x') {
    const ifaces = (domain.devices.interfaces ?? []) as Record<string, any>[];
    const sriov = new Set(ifaces.filter((i) => i.sriov).map((i) => i.name));
    domain.devices.interfaces = ifaces.filter((i) => !sriov.has(i.name));
    for (const i of domain.devices.interfaces) {
      delete i.pciAddress;
      delete i.acpiIndex;
      if (i.model) i.model = 'virtio';
    }
    if (!domain.devices.interfaces.length) delete domain.devices.interfaces;
    if (spec.networks) spec.networks = spec.networks.filter((nw: { name: string }) => !sriov.has(nw.name));
    if (spec.networks && !spec.networks.length) delete spec.networks;
  }
  return stringify(vmi);
}
