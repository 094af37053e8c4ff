import type { Difference } from './compare.js';

// The names `diff --ignore` accepts, documented in the README table between the ignore-names markers
// (test/unit/readme-tables.test.ts keeps the two in step). Each drops the differences in one
// part of the domain that is expected to differ between a rendering and a real launcher.

interface IgnoreRule {
  doc: string;
  matches: (d: Difference) => boolean;
}

const step = (d: Difference, i: number): string | undefined => d.steps[i]?.name;
const inDevices = (d: Difference): boolean => step(d, 1) === 'devices';
const top = (...names: string[]) => (d: Difference): boolean => names.includes(step(d, 1) ?? '');

const PATH_ATTRS = new Set(['path', 'file', 'socket']);

export const IGNORE_RULES: Record<string, IgnoreRule> = {
  uuid: {
    doc: '`<uuid>` and the sysinfo `uuid` entry (the firmware UUID)',
    matches: (d) => step(d, 1) === 'uuid' || (step(d, 1) === 'sysinfo' && d.steps[3]?.key === 'name=uuid'),
  },
  name: { doc: 'the domain `<name>`', matches: top('name') },
  metadata: { doc: "`<metadata>` (the VMI's uid)", matches: top('metadata') },
  memory: { doc: '`<memory>`, `<currentMemory>`, `<maxMemory>` and `<memoryBacking>`', matches: top('memory', 'currentMemory', 'maxMemory', 'memoryBacking') },
  cpu: { doc: '`<cpu>`, `<vcpu>`, `<vcpus>`, `<iothreads>` and `<cputune>`', matches: top('cpu', 'vcpu', 'vcpus', 'iothreads', 'cputune') },
  features: { doc: '`<features>`', matches: top('features') },
  clock: { doc: '`<clock>`', matches: top('clock') },
  machine: { doc: 'the machine type, `<os><type machine=...>`', matches: (d) => step(d, 1) === 'os' && step(d, 2) === 'type' && d.attr === 'machine' },
  sysinfo: { doc: '`<sysinfo>`', matches: top('sysinfo') },
  mac: { doc: 'interface MAC addresses', matches: (d) => inDevices(d) && d.device?.name === 'interface' && step(d, 3) === 'mac' },
  queues: { doc: 'interface `<driver queues>`', matches: (d) => inDevices(d) && d.device?.name === 'interface' && step(d, 3) === 'driver' && d.attr === 'queues' },
  address: {
    doc: "the guest addresses of devices (`<address>`; a hostdev's host `<source><address>` still counts)",
    matches: (d) => inDevices(d) && step(d, 3) === 'address',
  },
  'root-ports': {
    doc: "`pcie-root-port` controllers: how many there are depends on the KubeVirt version's hotplug reservation",
    matches: (d) => d.device?.name === 'controller' && d.device.attrs.get('model') === 'pcie-root-port',
  },
  paths: {
    doc: 'file and socket paths of disks, serial, console, channels and graphics (they hold the VMI uid)',
    matches: (d) => inDevices(d) && d.attr !== undefined && PATH_ATTRS.has(d.attr),
  },
};

/** Device elements `--ignore` also accepts by name, to leave out every device of that kind. */
export const IGNORABLE_DEVICES = [
  'audio', 'channel', 'console', 'controller', 'disk', 'emulator', 'filesystem', 'graphics', 'hostdev', 'input',
  'interface', 'memballoon', 'panic', 'rng', 'serial', 'sound', 'tpm', 'video', 'vsock', 'watchdog',
];

export function ignoreNames(): string[] {
  return [...Object.keys(IGNORE_RULES), ...IGNORABLE_DEVICES];
}

/** Parses `--ignore a,b`: the names, or the first unknown one. */
export function parseIgnoreList(text: string): { names: string[] } | { unknown: string } {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const known = new Set(ignoreNames());
  const unknown = names.find((n) => !known.has(n));
  return unknown !== undefined ? { unknown } : { names };
}

/** Whether any of the names covers the difference. */
export function isIgnored(d: Difference, names: readonly string[]): boolean {
  return names.some((n) => IGNORE_RULES[n]?.matches(d) || (IGNORABLE_DEVICES.includes(n) && inDevices(d) && step(d, 2) === n));
}
