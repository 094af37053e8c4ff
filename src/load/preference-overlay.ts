// KubeVirt 1.9's preference apply (pkg/instancetype/preference/apply), done on the VirtualMachine's
// template before the template is read, as virt-controller does to the VMI it creates from it
// (watch/vm/vm.go: ApplyAutoAttachPreferences, AutoAttachInputDevice, the default pod interface,
// then ApplyToVMI). A preferred value fills a field the template leaves unset (nil, ""), except
// where KubeVirt overwrites (features.preferredAcpi, devices.preferredDisableHotplug). The values
// placed keep their position in the preference's file, so what the readers say of them points
// there. Per-disk and per-NIC model preferences are applied in src/defaults/instancetype.ts, where
// the disks KubeVirt adds for volumes exist; the default pod interface is added by readVmi after
// this, so the preference's autoattachPodInterface decides it.
import type { TNode } from '../source/yaml-tree.js';
import type { YNode } from '../source/ynode.js';
import { madeNode, mapOf, nodeAt, scalarOf, seqOf, unset, withValue, type Key } from '../source/yaml-overlay.js';
import { BINDINGS } from './vmi-devices.js';

const SPEC = ['spec', 'template', 'spec'];
const DOMAIN = [...SPEC, 'domain'];
const DEVICES = [...DOMAIN, 'devices'];

/** device.go ApplyAutoAttachPreferences: preference key -> devices key */
const AUTOATTACH: readonly [string, string][] = [
  ['preferredAutoattachGraphicsDevice', 'autoattachGraphicsDevice'],
  ['preferredAutoattachMemBalloon', 'autoattachMemBalloon'],
  ['preferredAutoattachPodInterface', 'autoattachPodInterface'],
  ['preferredAutoattachSerialConsole', 'autoattachSerialConsole'],
  ['preferredAutoattachInputDevice', 'autoattachInputDevice'],
];
/** device.go ApplyDevicePreferences: pointer fields filled when unset */
const DEVICE_FILLS: readonly [string, string][] = [
  ['preferredUseVirtioTransitional', 'useVirtioTransitional'],
  ['preferredBlockMultiQueue', 'blockMultiQueue'],
  ['preferredNetworkInterfaceMultiQueue', 'networkInterfaceMultiqueue'],
  ['preferredRng', 'rng'],
  ['preferredTPM', 'tpm'],
];
/** features.go: FeatureState pointers filled when unset */
const FEATURE_FILLS: readonly [string, string][] = [
  ['preferredApic', 'apic'],
  ['preferredKvm', 'kvm'],
  ['preferredPvspinlock', 'pvspinlock'],
  ['preferredSmm', 'smm'],
];

/**
 * A VirtualMachine's root with its preference's spec applied to spec.template (and the VM
 * controller's input device); `dropMemory`: the template's domain.memory removed first (an
 * instancetype inferred under inferFromVolumeFailurePolicy Ignore, infer/handler.go).
 */
export function overlayPreference(vmRoot: YNode, pref: YNode | undefined, dropMemory = false): YNode {
  const o = new Overlay(vmRoot, pref);
  const memory = o.at([...DOMAIN, 'memory']);
  if (dropMemory && memory && !memory.isNull) o.place([...DOMAIN, 'memory'], madeNode(scalarOf(null, memory), memory));
  if (pref) for (const [from, to] of AUTOATTACH) o.fill([...DEVICES, to], ['devices', from]);
  autoAttachInputDevice(o);
  if (!pref) return o.root;
  cpuFeatures(o);
  devices(o);
  features(o);
  firmware(o);
  o.fill([...DOMAIN, 'machine', 'type'], ['machine', 'preferredMachineType']);
  clock(o);
  o.fill([...SPEC, 'subdomain'], ['preferredSubdomain']);
  o.fill([...SPEC, 'terminationGracePeriodSeconds'], ['preferredTerminationGracePeriodSeconds']);
  o.fill([...SPEC, 'architecture'], ['preferredArchitecture']);
  // annotations.go: each annotation the template does not carry
  for (const e of o.pref('annotations')?.entries() ?? []) o.fill(['spec', 'template', 'metadata', 'annotations', e.key], ['annotations', e.key]);
  o.fill([...DOMAIN, 'launchSecurity'], ['preferredLaunchSecurity']);
  return o.root;
}

class Overlay {
  constructor(
    public root: YNode,
    private readonly spec: YNode | undefined,
  ) {}

  /** The preference's value at keys (absent when unset), and its key node. */
  pref(...keys: string[]): YNode | undefined {
    const n = this.spec?.at(...keys);
    return n && !n.isNull ? n : undefined;
  }

  private keyNode(keys: readonly string[]): TNode | undefined {
    return this.spec?.at(...keys.slice(0, -1))?.keyNode(keys[keys.length - 1]!);
  }

  at(keys: readonly Key[]): YNode | undefined {
    return nodeAt(this.root, keys);
  }

  unset(keys: readonly Key[]): boolean {
    return unset(this.root, keys);
  }

  /** Puts the preference's value at `target`, whatever is there. */
  put(target: readonly Key[], from: readonly string[]): void {
    const v = this.pref(...from);
    if (v) this.root = withValue(this.root, target, v, this.keyNode(from));
  }

  /** Puts the preference's value at `target` when the template leaves it unset. */
  fill(target: readonly Key[], from: readonly string[]): void {
    if (this.unset(target)) this.put(target, from);
  }

  /** Puts a node made here at `target`. */
  place(target: readonly Key[], node: YNode, keyFrom?: readonly string[]): void {
    this.root = withValue(this.root, target, node, keyFrom ? this.keyNode(keyFrom) : undefined);
  }
}

/** vm.go AutoAttachInputDevice: autoattachInputDevice true and no inputs adds input default-0 (bus and type defaulted later). */
function autoAttachInputDevice(o: Overlay): void {
  const flag = o.at([...DEVICES, 'autoattachInputDevice']);
  if (!flag || flag.scalar !== true || o.at([...DEVICES, 'inputs'])?.items().length) return;
  const input = madeNode(mapOf([['name', madeNode(scalarOf('default-0', flag), flag)]], flag), flag);
  o.place([...DEVICES, 'inputs'], madeNode(seqOf([input], flag), flag));
}

/** cpu.go applyCPUPreferences: each preferred CPU feature whose name the template does not list, appended. */
function cpuFeatures(o: Overlay): void {
  const list = o.pref('cpu', 'preferredCPUFeatures');
  if (!list?.isSeq) return;
  const target = [...DOMAIN, 'cpu', 'features'];
  const mine = o.at(target)?.items() ?? [];
  const names = new Set(mine.map((f) => f.get('name')?.scalar));
  const added = list.items().filter((f) => !names.has(f.get('name')?.scalar));
  if (added.length && (o.unset(target) || o.at(target)!.isSeq)) o.place(target, madeNode(seqOf([...mine, ...added], list), list));
}

function devices(o: Overlay): void {
  for (const [from, to] of DEVICE_FILLS) o.fill([...DEVICES, to], ['devices', from]);
  // "DisableHotplug isn't a pointer bool ... for now override"
  o.put([...DEVICES, 'disableHotplug'], ['devices', 'preferredDisableHotplug']);
  if (o.at([...DEVICES, 'sound'])?.isMap) o.fill([...DEVICES, 'sound', 'model'], ['devices', 'preferredSoundModel']);
  o.fill([...DEVICES, 'video', 'type'], ['devices', 'preferredVideoType']);
  // interface.go: masquerade for an interface with no binding on the pod network
  const networks = o.at([...SPEC, 'networks'])?.items() ?? [];
  (o.at([...DEVICES, 'interfaces'])?.items() ?? []).forEach((iface, i) => {
    const name = iface.get('name')?.scalar;
    const onPod = networks.find((n) => n.get('name')?.scalar === name)?.get('pod');
    if (iface.isMap && onPod && !onPod.isNull && !BINDINGS.some((b) => iface.get(b) !== undefined)) {
      o.fill([...DEVICES, 'interfaces', i, 'masquerade'], ['devices', 'preferredInterfaceMasquerade']);
    }
  });
  // device.go applyInputPreferences
  (o.at([...DEVICES, 'inputs'])?.items() ?? []).forEach((input, i) => {
    if (!input.isMap) return;
    o.fill([...DEVICES, 'inputs', i, 'bus'], ['devices', 'preferredInputBus']);
    o.fill([...DEVICES, 'inputs', i, 'type'], ['devices', 'preferredInputType']);
  });
  // device.go applyPanicDevicePreferences: a panic device of that model, or the model of each that has none
  const model = o.pref('devices', 'preferredPanicDeviceModel');
  if (!model) return;
  const panics = o.at([...DEVICES, 'panicDevices']);
  if (!panics?.items().length) {
    if (!panics || panics.isNull || panics.isSeq) o.place([...DEVICES, 'panicDevices'], madeNode(seqOf([madeNode(mapOf([['model', model]], model), model)], model), model), ['devices', 'preferredPanicDeviceModel']);
    return;
  }
  panics.items().forEach((p, i) => {
    if (p.isMap && p.get('model') === undefined) o.put([...DEVICES, 'panicDevices', i, 'model'], ['devices', 'preferredPanicDeviceModel']);
  });
}

function features(o: Overlay): void {
  const f = [...DOMAIN, 'features'];
  // "ACPI isn't a FeatureState pointer so just overwrite if we have a preference for now"
  o.put([...f, 'acpi'], ['features', 'preferredAcpi']);
  for (const [from, to] of FEATURE_FILLS) o.fill([...f, to], ['features', from]);
  // applyHyperVFeaturePreferences creates features.hyperv first: an empty preferredHyperv is an empty <hyperv/>
  const hyperv = o.pref('features', 'preferredHyperv');
  if (hyperv?.isMap && o.unset([...f, 'hyperv'])) o.place([...f, 'hyperv'], madeNode(mapOf([], hyperv), hyperv), ['features', 'preferredHyperv']);
  for (const e of hyperv?.entries() ?? []) o.fill([...f, 'hyperv', e.key], ['features', 'preferredHyperv', e.key]);
}

/** firmware.go applyFirmwarePreferences, in its order (each step sees the ones before). */
function firmware(o: Overlay): void {
  const bl = [...DOMAIN, 'firmware', 'bootloader'];
  const none = (): boolean => o.unset([...bl, 'bios']) && o.unset([...bl, 'efi']);
  const useBios = o.pref('firmware', 'preferredUseBios');
  if (useBios?.scalar === true && none()) o.place([...bl, 'bios'], madeNode(mapOf([], useBios), useBios), ['firmware', 'preferredUseBios']);
  if (!o.unset([...bl, 'bios'])) o.fill([...bl, 'bios', 'useSerial'], ['firmware', 'preferredUseBiosSerial']);
  if (none() && o.pref('firmware', 'preferredEfi')) {
    // "When using PreferredEfi return early to avoid applying DeprecatedPreferredUseEfi or DeprecatedPreferredUseSecureBoot"
    o.put([...bl, 'efi'], ['firmware', 'preferredEfi']);
    return;
  }
  const useEfi = o.pref('firmware', 'preferredUseEfi');
  if (useEfi?.scalar === true && none()) o.place([...bl, 'efi'], madeNode(mapOf([], useEfi), useEfi), ['firmware', 'preferredUseEfi']);
  if (!o.unset([...bl, 'efi'])) o.fill([...bl, 'efi', 'secureBoot'], ['firmware', 'preferredUseSecureBoot']);
}

/** clock.go: the offset only when the template sets neither utc nor timezone; the timers when it sets none. */
function clock(o: Overlay): void {
  const c = [...DOMAIN, 'clock'];
  if (o.pref('clock', 'preferredClockOffset') && o.unset([...c, 'utc']) && o.unset([...c, 'timezone'])) {
    o.put([...c, 'utc'], ['clock', 'preferredClockOffset', 'utc']);
    o.put([...c, 'timezone'], ['clock', 'preferredClockOffset', 'timezone']);
  }
  o.fill([...c, 'timer'], ['clock', 'preferredTimer']);
}
