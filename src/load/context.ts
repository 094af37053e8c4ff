// Context objects: instancetypes, preferences and the claims a VM's disks sit on (issue 10).
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { KubeObject } from '../source/documents.js';
import { expectMap, located, readBool, readString, readUint, type YNode } from '../source/ynode.js';
import type { Claim, Instancetype, InstancetypeKind, Preference, PreferenceKind, PreferredTopology, SpreadAcross, VmContext } from '../model/context.js';
import { parseMemoryQuantity } from './quantity.js';
import { warnUntranslated } from './untranslated.js';
import { readLabeled } from './volume-sources.js';

/** v1beta1 instancetype fields that shape the domain vdpa-xml writes; the others are reported. */
const INSTANCETYPE_KNOWN = ['cpu', 'memory', 'nodeSelector', 'schedulerName', 'annotations'];
// every field KubeVirt 1.9 applies to the VMI (preference/apply): what the readers of the VMI say
// of a value applied to the template (load/preference-overlay.ts) points here
const PREFERENCE_KNOWN = [
  'cpu', 'devices', 'features', 'firmware', 'machine', 'clock', 'preferredArchitecture', 'preferSpreadSocketToCoreRatio', 'preferredSubdomain',
  'preferredTerminationGracePeriodSeconds', 'volumes', 'annotations', 'requirements', 'preferredLaunchSecurity',
];
// preferredDiskBlockSize is left out: a disk's blockSize is not translated; preferredVirtualGPUOptions
// is in, as KubeVirt 1.9's preference apply never reads it (field-status.ts NO_EFFECT)
const PREFERENCE_DEVICES_KNOWN = [
  'preferredAutoattachGraphicsDevice', 'preferredAutoattachMemBalloon', 'preferredAutoattachPodInterface', 'preferredAutoattachSerialConsole',
  'preferredAutoattachInputDevice', 'preferredDisableHotplug', 'preferredVirtualGPUOptions', 'preferredSoundModel', 'preferredUseVirtioTransitional',
  'preferredInputBus', 'preferredInputType', 'preferredDiskBus', 'preferredLunBus', 'preferredCdromBus', 'preferredDiskDedicatedIoThread',
  'preferredDiskCache', 'preferredDiskIO', 'preferredInterfaceModel', 'preferredRng', 'preferredBlockMultiQueue',
  'preferredNetworkInterfaceMultiQueue', 'preferredTPM', 'preferredInterfaceMasquerade', 'preferredPanicDeviceModel', 'preferredVideoType',
];
const TOPOLOGIES: Record<string, PreferredTopology> = {
  sockets: 'sockets', cores: 'cores', threads: 'threads', spread: 'spread', any: 'any',
  // v1beta1's deprecated spellings
  preferSockets: 'sockets', preferCores: 'cores', preferThreads: 'threads', preferSpread: 'spread', preferAny: 'any',
};
const SPREAD_ACROSS: SpreadAcross[] = ['SocketsCores', 'CoresThreads', 'SocketsCoresThreads'];

export function readContext(objects: readonly KubeObject[], diags: Diagnostics): VmContext {
  const ctx: VmContext = { instancetypes: [], preferences: [], claims: [], labeled: [] };
  for (const o of objects) {
    const meta = expectMap(o.root.get('metadata'), diags);
    const name = readString(meta?.get('name'), diags);
    if (name === undefined) {
      diags.error('MISSING_FIELD', `the ${o.kind} has no metadata.name`, (meta ?? o.root).pos, { help: 'add metadata.name: the VM names it' });
      continue;
    }
    const namespace = readString(meta?.get('namespace'), diags);
    const spec = expectMap(o.root.get('spec'), diags);
    if (o.kind === 'PersistentVolumeClaim' || o.kind === 'DataVolume' || o.kind === 'DataSource' || o.kind === 'VolumeSnapshot') {
      ctx.labeled!.push(readLabeled(o.kind, name, namespace ?? 'default', o.root, spec, diags));
    }
    switch (o.kind) {
      case 'VirtualMachineInstancetype':
      case 'VirtualMachineClusterInstancetype': {
        const it = readInstancetype(o.kind, name, spec, o.root, diags);
        if (it) ctx.instancetypes.push(namespaced(it, o.kind === 'VirtualMachineInstancetype', namespace));
        break;
      }
      case 'VirtualMachinePreference':
      case 'VirtualMachineClusterPreference':
        ctx.preferences.push(namespaced(readPreference(o.kind, name, spec, o.root, diags), o.kind === 'VirtualMachinePreference', namespace));
        break;
      case 'PersistentVolumeClaim':
        ctx.claims.push({ kind: 'PersistentVolumeClaim', name, namespace: namespace ?? 'default', block: readString(spec?.get('volumeMode'), diags) === 'Block', pos: o.root.pos });
        break;
      case 'DataVolume': {
        const block = dataVolumeBlock(spec, diags);
        ctx.claims.push({ kind: 'DataVolume', name, namespace: namespace ?? 'default', ...(block === undefined ? {} : { block }), pos: o.root.pos });
        break;
      }
    }
  }
  return ctx;
}

function namespaced<T extends { namespace?: string }>(x: T, isNamespaced: boolean, namespace: string | undefined): T {
  if (isNamespaced) x.namespace = namespace ?? 'default';
  return x;
}

/**
 * Whether a DataVolume's (or dataVolumeTemplate's) claim is Block: its spec.pvc.volumeMode or
 * spec.storage.volumeMode; spec.pvc without one is Filesystem (Kubernetes' default), spec.storage
 * without one is undefined (CDI takes it from the StorageProfile, which no input shows).
 */
export function dataVolumeBlock(spec: YNode | undefined, diags: Diagnostics): boolean | undefined {
  const mode = readString(spec?.at('pvc', 'volumeMode'), diags) ?? readString(spec?.at('storage', 'volumeMode'), diags);
  if (mode !== undefined) return mode === 'Block';
  return spec?.get('storage') !== undefined && spec.get('pvc') === undefined ? undefined : false;
}

function readInstancetype(kind: InstancetypeKind, name: string, spec: YNode | undefined, root: YNode, diags: Diagnostics): Instancetype | undefined {
  if (!spec) {
    diags.error('MISSING_FIELD', `${kind} '${name}' has no spec`, root.pos, { help: 'an instancetype sets spec.cpu.guest and spec.memory.guest' });
    return undefined;
  }
  warnUntranslated(spec, INSTANCETYPE_KNOWN, diags);
  const cpu = expectMap(spec.get('cpu'), diags);
  if (cpu) warnUntranslated(cpu, ['guest', 'model'], diags);
  const memory = expectMap(spec.get('memory'), diags);
  if (memory) warnUntranslated(memory, ['guest'], diags);
  const cpuGuest = readUint(cpu?.get('guest'), diags);
  const memNode = memory?.get('guest');
  const memText = memNode && typeof memNode.scalar === 'number' ? (memNode.sourceText ?? String(memNode.scalar)) : readString(memNode, diags);
  const memoryBytes = memText === undefined ? undefined : parseMemoryQuantity(memText);
  // the CRD requires both (json:"guest" without omitempty)
  if (cpuGuest === undefined || cpuGuest === 0) {
    diags.error('MISSING_FIELD', `${kind} '${name}' has no spec.cpu.guest`, (cpu ?? spec).pos, { help: 'set spec.cpu.guest to the number of vCPUs' });
    return undefined;
  }
  if (memoryBytes === undefined || memoryBytes <= 0) {
    diags.error(memText === undefined ? 'MISSING_FIELD' : 'INVALID_VALUE', `${kind} '${name}' has no usable spec.memory.guest`, (memNode ?? memory ?? spec).pos, {
      help: "set spec.memory.guest to a quantity such as '2Gi'",
    });
    return undefined;
  }
  const it: Instancetype = { kind, name, pos: root.pos, cpuGuest, memoryBytes, memoryText: memText! };
  const model = located(readString(cpu?.get('model'), diags), cpu?.get('model'));
  if (model) it.cpuModel = model;
  const annotations = expectMap(spec.get('annotations'), diags);
  if (annotations) {
    it.annotations = new Map();
    for (const e of annotations.entries()) {
      const value = readString(e.value, diags);
      if (value !== undefined) it.annotations.set(e.key, { value, pos: e.value.pos });
    }
  }
  return it;
}

function readPreference(kind: PreferenceKind, name: string, spec: YNode | undefined, root: YNode, diags: Diagnostics): Preference {
  const p: Preference = { kind, name, pos: root.pos };
  if (!spec) return p;
  p.spec = spec;
  warnUntranslated(spec, PREFERENCE_KNOWN, diags);
  const set = <K extends keyof Preference>(key: K, value: Preference[K] | undefined): void => {
    if (value !== undefined && value !== '') p[key] = value;
  };
  const cpu = expectMap(spec.get('cpu'), diags);
  if (cpu) warnUntranslated(cpu, ['preferredCPUTopology', 'spreadOptions', 'preferredCPUFeatures'], diags);
  const topoNode = cpu?.get('preferredCPUTopology');
  const topo = readString(topoNode, diags);
  if (topo !== undefined) {
    if (TOPOLOGIES[topo]) p.topology = TOPOLOGIES[topo];
    else diags.error('INVALID_VALUE', `${topoNode!.path} '${topo}' is not a CPU topology`, topoNode!.pos, { help: 'use sockets, cores, threads, spread or any' });
  }
  const spread = expectMap(cpu?.get('spreadOptions'), diags);
  set('spreadRatio', readUint(spread?.get('ratio'), diags) ?? (readUint(spec.get('preferSpreadSocketToCoreRatio'), diags) || undefined));
  const acrossNode = spread?.get('across');
  const across = readString(acrossNode, diags);
  if (across !== undefined) {
    if (SPREAD_ACROSS.includes(across as SpreadAcross)) p.spreadAcross = across as SpreadAcross;
    else diags.error('INVALID_VALUE', `${acrossNode!.path} '${across}' is not a spread`, acrossNode!.pos, { help: `use ${SPREAD_ACROSS.join(', ')}` });
  }
  const dev = expectMap(spec.get('devices'), diags);
  if (dev) warnUntranslated(dev, PREFERENCE_DEVICES_KNOWN, diags);
  set('diskBus', readString(dev?.get('preferredDiskBus'), diags));
  set('cdromBus', readString(dev?.get('preferredCdromBus'), diags));
  set('lunBus', readString(dev?.get('preferredLunBus'), diags));
  set('diskCache', readString(dev?.get('preferredDiskCache'), diags));
  set('diskIO', readString(dev?.get('preferredDiskIO'), diags));
  set('diskDedicatedIoThread', readBool(dev?.get('preferredDiskDedicatedIoThread'), diags));
  set('interfaceModel', readString(dev?.get('preferredInterfaceModel'), diags));
  const machine = expectMap(spec.get('machine'), diags);
  if (machine) warnUntranslated(machine, ['preferredMachineType'], diags);
  const req = expectMap(spec.get('requirements'), diags);
  if (req) {
    warnUntranslated(req, ['cpu', 'memory', 'architecture'], diags);
    const r: NonNullable<Preference['requirements']> = { pos: req.pos };
    const cpu = readUint(expectMap(req.get('cpu'), diags)?.get('guest'), diags);
    if (cpu) r.cpuGuest = cpu;
    const memNode = expectMap(req.get('memory'), diags)?.get('guest');
    const text = memNode && typeof memNode.scalar === 'number' ? (memNode.sourceText ?? String(memNode.scalar)) : readString(memNode, diags);
    const bytes = text === undefined ? undefined : parseMemoryQuantity(text);
    if (text !== undefined && bytes !== undefined) r.memory = { bytes, text };
    const arch = readString(req.get('architecture'), diags);
    if (arch) r.architecture = arch;
    p.requirements = r;
  }
  return p;
}

export type { Claim };
