// What the domain a virt-launcher hands libvirt depends on in its KubeVirt release (issue #12). Each
// behaviour cites the tag or commit of kubevirt/kubevirt where it changes; read from its git history
// between v1.5.0 and main (d923fdb815, 2026-08-22). README, "KubeVirt versions", has the same table.

/**
 * How virt-launcher reserves PCIe root ports for NIC hotplug before its final define
 * (virtwrap/manager.go allocateHotplugPorts, virtwrap/network/nichotplug.go):
 * - v1 (<= 1.5): `4 - len(interfaces)` placeholder interfaces, none without interfaces or with
 *   placePCIDevicesOnRootComplex; no extra root ports (v1.5.3 nichotplug.go withNetworkIfacesResources);
 * - v2 (1.6.0-1.6.3, 1.7.0-1.7.1; PR #14754, a3d972b9fe): `max(total - inUse, minFree)` placeholders,
 *   0 with placePCIDevicesOnRootComplex (calculateHotplugPortCount);
 * - v3 (1.6.4+, 1.7.2+, 1.8.0+, 1.9.0; "Rewrite allocateHotplugPorts with v3 dispatch logic",
 *   25d77da6b2 / be65f8f635 / dedc5096cf): v1 placeholders (or the slot-count annotation's), then
 *   `max(0, max(total - inUse, minFree) - placeholders)` empty root ports appended after the highest
 *   index, at most up to index 31 (calculatePlaceholderCount, calculateExtraControllerCount).
 */
export type ReservationScheme = 'v1' | 'v2' | 'v3';

/**
 * Which VMIs the reservation is skipped for (defaults.SupportsPCIeHotplug):
 * - none: every VMI, a pc (i440fx) one too, whose appended root ports libvirt then refuses;
 * - arch: s390x and ppc64le skipped ("s390x: Skip v3 PCI topology changes", aed9cc754a v1.6.5,
 *   e43a8a71ca v1.7.3, d3a78a76a3 v1.8.2);
 * - arch+machine: also a machine type without `q35` that does not start with `virt` ("Gate PCI
 *   topology on machine type, not just architecture", 7bebc97fe9 v1.6.6, 79cca77227 v1.7.4 PR
 *   #17728, 2340cb226b v1.8.3 PR #17727, v1.9.0).
 */
export type ReservationGate = 'none' | 'arch' | 'arch+machine';

/**
 * A VMI spec field that came in after v1.5.0 (most of them translated by vdpa-xml). An older release's
 * API server does not have it and prunes it (structural schema), so its converter never sees it:
 * the domain is written without it. Found by converting the fixtures with each release's own
 * converter (v1.5.0 writes `<video><model type='vga'>` and no `<panic>` for converter-devices);
 * the first tag is where the field appears in staging/src/kubevirt.io/api/core/v1/schema.go.
 */
export interface FieldSince {
  /** the field's path in the VMI spec, as the field inventory names it (`[]` for a list) */
  path: string;
  /** the first release whose API has it */
  since: string;
  /** the kubevirt/kubevirt commit that added it */
  source: string;
}

export const FIELDS_SINCE: readonly FieldSince[] = [
  { path: 'domain.devices.video', since: '1.6.0', source: 'e9a8ad1392 "schema.go: Add Video config to api"' },
  { path: 'domain.devices.panicDevices[]', since: '1.6.0', source: '055c934a00 "Panic device support: core v1 API"' },
  { path: 'domain.devices.tpm.enabled', since: '1.6.0', source: '2033c07fc9 "api: Add Enabled field to TPMDevice"' },
  { path: 'domain.features.hyperv.tlbflush.direct', since: '1.8.0', source: 'd88bd7ee73 "Add missing Direct and Extended options to Hyperv TLBFlush"' },
  { path: 'domain.features.hyperv.tlbflush.extended', since: '1.8.0', source: 'd88bd7ee73 "Add missing Direct and Extended options to Hyperv TLBFlush"' },
  // not written into the domain by vdpa-xml, but an older API server prunes them just the same
  { path: 'domain.firmware.acpi.msdmNameRef', since: '1.6.0', source: 'c1833cca06 "api: Add MSDM table to ACPI"' },
  { path: 'domain.devices.disks[].blockSize.custom.discardGranularity', since: '1.7.0', source: '782d346f0b "virtwrap, converter: use BLKPBSZGET instead of BLKBSZGET"' },
  { path: 'domain.rebootPolicy', since: '1.8.0', source: '981c8bd367 "VEP 0171: Add rebootPolicy to VMI"' },
];

/** -1, 0, 1 as release a is older than, the same as, newer than b (main is the newest). */
export function compareReleases(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'main') return 1;
  if (b === 'main') return -1;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  return 0;
}

export interface LauncherProfile {
  /** as the user names it: 1.7.0, 1.9, main */
  name: string;
  /** the release it models (a minor alone means its newest patch) */
  release: string;
  reservation: ReservationScheme;
  gate: ReservationGate;
  /** v3 reads kubevirt.io/pci-interface-slot-count (calculatePlaceholderCount) */
  slotCountAnnotation: boolean;
  /**
   * main after v1.9.0 (PR #17605, d021b4c56e): with no placeholders the domain is read back from
   * libvirt before the extra root ports are appended, so they stay empty (libvirt's spare root
   * port stays too) instead of being filled with devices.
   */
  readBackWithoutPlaceholders: boolean;
  /** the launcher's env has KUBEVIRT_RESOURCE_NAME_<network> (removed in v1.7.0, f79815403e) */
  resourceNameEnv: boolean;
  /** network-info (/etc/podinfo/network-info) carries the pod interface MAC (v1.8.0, PR #15898) */
  networkInfoMac: boolean;
  /** network-info carries the MTU (v1.9.0, PR #17845) */
  networkInfoMtu: boolean;
  /** the core passtBinding interface binding exists (v1.8.0, 4d194e870b "Introduce passtBinding core network binding") */
  passtBinding: boolean;
  /** the OVMF directory of the launcher image (DefaultARCHOVMFPath; /usr/share/edk2/ovmf from v1.9.0, 9f182f1877) */
  ovmfPath: string;
  /** the VMI spec fields this release's API does not have (FIELDS_SINCE): pruned before the converter */
  unknownFields: readonly FieldSince[];
  /** libvirt in the launcher image's default (CentOS Stream 9) build, when known */
  libvirt?: string;
}

interface Release {
  version: string;
  reservation: ReservationScheme;
  gate: ReservationGate;
}

/** Every release from v1.5.0 on, by the reservation it runs (kubevirt-versions.md §3). */
const RELEASES: readonly Release[] = [
  ...['1.5.0', '1.5.1', '1.5.2', '1.5.3'].map((version) => ({ version, reservation: 'v1' as const, gate: 'none' as const })),
  ...['1.6.0', '1.6.1', '1.6.2', '1.6.3'].map((version) => ({ version, reservation: 'v2' as const, gate: 'none' as const })),
  { version: '1.6.4', reservation: 'v3', gate: 'none' },
  { version: '1.6.5', reservation: 'v3', gate: 'arch' },
  { version: '1.6.6', reservation: 'v3', gate: 'arch+machine' },
  { version: '1.7.0', reservation: 'v2', gate: 'none' },
  { version: '1.7.1', reservation: 'v2', gate: 'none' },
  { version: '1.7.2', reservation: 'v3', gate: 'none' },
  { version: '1.7.3', reservation: 'v3', gate: 'arch' },
  { version: '1.7.4', reservation: 'v3', gate: 'arch+machine' },
  { version: '1.8.0', reservation: 'v3', gate: 'none' },
  { version: '1.8.1', reservation: 'v3', gate: 'none' },
  { version: '1.8.2', reservation: 'v3', gate: 'arch' },
  { version: '1.8.3', reservation: 'v3', gate: 'arch+machine' },
  { version: '1.8.4', reservation: 'v3', gate: 'arch+machine' },
  { version: '1.9.0', reservation: 'v3', gate: 'arch+machine' },
  { version: 'main', reservation: 'v3', gate: 'arch+machine' },
];

export const DEFAULT_KUBEVIRT_VERSION = '1.9';

const minor = (v: string): number => (v === 'main' ? Infinity : Number(v.split('.')[1]));

/** The launcher libvirt of each minor's default build (kubevirt-versions.md §4); 1.5 and 1.6 are not known here. */
const LIBVIRT: Record<number, string> = { 7: '10.10.0', 8: '11.9.0', 9: '11.10.0' };

function profileOf(name: string, r: Release): LauncherProfile {
  const m = minor(r.version);
  const p: LauncherProfile = {
    name,
    release: r.version,
    reservation: r.reservation,
    gate: r.gate,
    slotCountAnnotation: r.reservation === 'v3',
    readBackWithoutPlaceholders: r.version === 'main',
    resourceNameEnv: m <= 6,
    networkInfoMac: m >= 8,
    passtBinding: m >= 8,
    networkInfoMtu: m >= 9,
    ovmfPath: m >= 9 ? '/usr/share/edk2/ovmf' : '/usr/share/OVMF',
    unknownFields: FIELDS_SINCE.filter((f) => compareReleases(r.version, f.since) < 0),
  };
  const lv = LIBVIRT[Math.min(m, 9)];
  if (lv) p.libvirt = lv;
  return p;
}

/** The names --kubevirt-version accepts: each minor (its newest patch), each release, and main. */
export function knownKubevirtVersions(): string[] {
  const minors = [...new Set(RELEASES.filter((r) => r.version !== 'main').map((r) => r.version.split('.').slice(0, 2).join('.')))];
  return [...minors, ...RELEASES.map((r) => r.version)];
}

const profiles = new Map<string, LauncherProfile>();

/** The launcher a version names (X.Y is its newest patch, a leading v is allowed), or undefined. */
export function launcherProfile(name: string): LauncherProfile | undefined {
  // asked a dozen times a render (launcherOf in each stage): made once per known name; nothing writes to one
  let p = profiles.get(name);
  if (!p) {
    p = findProfile(name);
    if (p) profiles.set(name, Object.freeze(p));
  }
  return p;
}

function findProfile(name: string): LauncherProfile | undefined {
  const v = name.startsWith('v') ? name.slice(1) : name;
  const exact = RELEASES.find((r) => r.version === v);
  if (exact) return profileOf(name, exact);
  if (!/^\d+\.\d+$/.test(v)) return undefined;
  const patches = RELEASES.filter((r) => r.version.startsWith(`${v}.`));
  const newest = patches[patches.length - 1];
  return newest ? profileOf(name, newest) : undefined;
}

/** The releases whose launcher appends root ports to a pc machine (gate none): such a VMI may never start. */
/** The v3 releases that reserve ports on s390x too (no arch gate yet). */
export function releasesWithoutArchGate(): string[] {
  return RELEASES.filter((r) => r.reservation === 'v3' && r.gate === 'none').map((r) => r.version);
}

export function releasesWithoutMachineGate(): string[] {
  return RELEASES.filter((r) => r.reservation === 'v3' && r.gate !== 'arch+machine').map((r) => r.version);
}

/** "1.6.4-1.6.5, 1.7.2-1.7.3, 1.8.0-1.8.2": consecutive patches of a minor as ranges. */
export function releaseRanges(versions: readonly string[]): string {
  const byMinor = new Map<string, string[]>();
  for (const v of versions) {
    const k = v.split('.').slice(0, 2).join('.');
    byMinor.set(k, [...(byMinor.get(k) ?? []), v]);
  }
  return [...byMinor.values()].map((vs) => (vs.length === 1 ? vs[0] : `${vs[0]}-${vs[vs.length - 1]}`)).join(', ');
}

/** The profile of a version the CLI has already checked; an unknown one here is a bug. */
export function launcherOf(opts: { kubevirtVersion: string }): LauncherProfile {
  const p = launcherProfile(opts.kubevirtVersion);
  if (!p) throw new Error(`internal error: unknown KubeVirt version '${opts.kubevirtVersion}' reached the pipeline`);
  return p;
}
