// What vdpa-xml writes: every element (by its path from <domain>) and the attributes it may carry.
// src/xml/serialize.ts is the source of truth; test/diff/vocabulary.test.ts checks every fixture's
// expected XML against this table. A difference on something outside it is one vdpa-xml cannot
// be wrong about, so `diff` does not count it unless --strict.

// pci, drive, virtio-serial, usb and (s390x) ccw addresses
const ADDRESS = ['type', 'domain', 'bus', 'slot', 'function', 'multifunction', 'controller', 'target', 'unit', 'port', 'cssid', 'ssid', 'devno'];
const ALIAS = ['name'];

const DEVICES: Record<string, Record<string, readonly string[]>> = {
  disk: {
    '': ['type', 'device', 'model'],
    driver: ['name', 'type', 'cache', 'error_policy', 'io', 'discard', 'iothread', 'queues'],
    'driver/iothreads': [],
    'driver/iothreads/iothread': ['id'],
    source: ['file', 'dev'],
    backingStore: ['type'],
    'backingStore/format': ['type'],
    'backingStore/source': ['file'],
    target: ['dev', 'bus', 'tray'],
    boot: ['order'],
    readonly: [],
    shareable: [],
    serial: [],
    alias: ALIAS,
    address: ADDRESS,
  },
  controller: { '': ['type', 'index', 'model'], model: ['name'], target: ['chassisNr', 'chassis', 'port'], alias: ALIAS, address: ADDRESS },
  interface: {
    '': ['type'],
    mac: ['address'],
    source: ['dev'],
    target: ['dev', 'managed'],
    model: ['type'],
    driver: ['name', 'queues'],
    link: ['state'],
    boot: ['order'],
    alias: ALIAS,
    rom: ['enabled'],
    acpi: ['index'],
    portForward: ['proto'],
    'portForward/range': ['start', 'exclude'],
    backend: ['type', 'logFile'],
    address: ADDRESS,
  },
  serial: { '': ['type'], source: ['mode', 'path'], log: ['file', 'append'], target: ['port'] },
  console: { '': ['type'], target: ['type', 'port'] },
  channel: { '': ['type'], source: ['mode', 'path'], target: ['type', 'name'], address: ADDRESS },
  graphics: { '': ['type'], listen: ['type', 'socket'] },
  video: { '': [], model: ['type', 'vram', 'heads'], address: ADDRESS },
  input: { '': ['type', 'bus', 'model'], alias: ALIAS, address: ADDRESS },
  filesystem: { '': ['type', 'accessmode'], driver: ['type', 'queue'], source: ['socket'], target: ['dir'], alias: ALIAS, address: ADDRESS },
  tpm: { '': ['model'], backend: ['type', 'version', 'persistent_state'] },
  sound: { '': ['model'], alias: ALIAS, address: ADDRESS },
  watchdog: { '': ['model', 'action'], alias: ALIAS, address: ADDRESS },
  panic: { '': ['model'] },
  vsock: { '': ['model'], cid: ['auto', 'address'], address: ADDRESS },
  hostdev: { '': ['mode', 'type', 'managed', 'model', 'display', 'ramfb'], source: [], 'source/address': [...ADDRESS, 'uuid', 'device'], boot: ['order'], alias: ALIAS, address: ADDRESS },
  memballoon: { '': ['model', 'freePageReporting'], stats: ['period'], address: ADDRESS },
  rng: { '': ['model'], backend: ['model'], address: ADDRESS },
};

/** the libvirt elements of the Hyper-V enlightenments KubeVirt writes */
const HYPERV = ['relaxed', 'vapic', 'spinlocks', 'vpindex', 'runtime', 'synic', 'stimer', 'reset', 'vendor_id', 'frequencies', 'reenlightenment', 'tlbflush', 'ipi', 'evmcs'];

const TOP: Record<string, readonly string[]> = {
  domain: ['type'],
  'domain/name': [],
  'domain/metadata': [],
  'domain/metadata/kubevirt': [],
  'domain/metadata/kubevirt/uid': [],
  'domain/maxMemory': ['unit', 'slots'],
  'domain/memory': ['unit'],
  'domain/memoryBacking': [],
  'domain/memoryBacking/hugepages': [],
  'domain/memoryBacking/source': ['type'],
  'domain/memoryBacking/access': ['mode'],
  'domain/vcpu': ['placement'],
  'domain/vcpus': [],
  'domain/vcpus/vcpu': ['id', 'enabled', 'hotpluggable'],
  'domain/iothreads': [],
  'domain/cputune': [],
  'domain/cputune/vcpupin': ['vcpu', 'cpuset'],
  'domain/cputune/emulatorpin': ['cpuset'],
  'domain/cputune/iothreadpin': ['iothread', 'cpuset'],
  'domain/sysinfo': ['type'],
  'domain/sysinfo/system': [],
  'domain/sysinfo/system/entry': ['name'],
  'domain/os': ['firmware'],
  'domain/os/type': ['arch', 'machine'],
  'domain/os/loader': ['readonly', 'secure', 'type'],
  'domain/os/nvram': ['template'],
  'domain/os/kernel': [],
  'domain/os/initrd': [],
  'domain/os/cmdline': [],
  'domain/os/bios': ['useserial'],
  'domain/os/smbios': ['mode'],
  'domain/features': [],
  'domain/features/acpi': [],
  'domain/features/apic': [],
  'domain/features/smm': [],
  'domain/features/hyperv': ['mode'],
  ...Object.fromEntries(HYPERV.flatMap((h) => [[`domain/features/hyperv/${h}`, ['state', 'retries', 'value']], [`domain/features/hyperv/${h}/direct`, ['state']], [`domain/features/hyperv/${h}/extended`, ['state']]])),
  'domain/features/kvm': [],
  'domain/features/kvm/hidden': ['state'],
  'domain/features/kvm/hint-dedicated': ['state'],
  'domain/features/pmu': ['state'],
  'domain/features/pvspinlock': ['state'],
  'domain/features/vmport': ['state'],
  'domain/cpu': ['mode'],
  'domain/cpu/model': [],
  'domain/cpu/topology': ['sockets', 'cores', 'threads'],
  'domain/cpu/feature': ['policy', 'name'],
  'domain/cpu/numa': [],
  'domain/cpu/numa/cell': ['id', 'cpus', 'memory', 'unit'],
  'domain/clock': ['offset', 'adjustment', 'timezone'],
  'domain/clock/timer': ['name', 'tickpolicy', 'track', 'present'],
  'domain/devices': [],
};

/** element path ('domain/devices/interface/source') -> the attributes vdpa-xml may write on it */
export const MODELLED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...Object.entries(TOP).map(([p, a]) => [p, new Set(a)] as const),
  ...Object.entries(DEVICES).flatMap(([dev, els]) =>
    Object.entries(els).map(([sub, a]) => [sub ? `domain/devices/${dev}/${sub}` : `domain/devices/${dev}`, new Set(a)] as const),
  ),
]);

/** sysinfo entries vdpa-xml writes, by name; KubeVirt's empty sku/version entries are not among them */
export const MODELLED_SYSINFO_ENTRIES: ReadonlySet<string> = new Set(['uuid', 'serial', 'manufacturer', 'family', 'product']);

export function isModelledElement(tagPath: string): boolean {
  return MODELLED.has(tagPath);
}

export function isModelledAttribute(tagPath: string, attr: string): boolean {
  return MODELLED.get(tagPath)?.has(attr) === true;
}
