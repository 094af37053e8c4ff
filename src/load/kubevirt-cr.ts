import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { KubeObject } from '../source/documents.js';
import { expectMap, expectSeq, located, readString, readUint, type Located, type YNode } from '../source/ynode.js';
import { parseMemoryQuantity } from './quantity.js';

/** A network binding plugin as the KubeVirt CR registers it (spec.configuration.network.binding.<name>, InterfaceBindingPlugin). */
export interface RegisteredBinding {
  name: string;
  pos: Position;
  sidecarImage?: Located<string>;
  /** device-info is the one that projects /etc/podinfo/network-info */
  downwardAPI?: Located<string>;
  /** migration.method, when migration is set at all */
  migration?: { pos: Position; method?: Located<string> };
}

/** What vdpa-xml reads of the KubeVirt CR (kubectl get kubevirt -n kubevirt kubevirt -o yaml). */
export interface KubevirtConfig {
  name: string;
  pos: Position;
  bindings: Map<string, RegisteredBinding>;
  /** spec.configuration.developerConfiguration.featureGates */
  featureGates: Located<string>[];
  featureGatesPos?: Position;
  /** spec.configuration.vmRolloutStrategy */
  vmRolloutStrategy?: 'LiveUpdate' | 'Stage';
  /** spec.configuration.liveUpdateConfiguration (virt-config GetMaxHotplugRatio, GetMaximumCpuSockets, GetMaximumGuestMemory) */
  liveUpdate: { maxHotplugRatio?: number; maxCpuSockets?: number; maxGuestBytes?: number };
  /**
   * The cluster's machine type per architecture (virt-config GetMachineType: the deprecated
   * spec.configuration.machineType wins, else architectureConfiguration.<arch>.machineType)
   */
  machineTypes?: Partial<Record<'amd64' | 'arm64' | 's390x', Located<string>>>;
  /** status.defaultArchitecture (virt-config takes it from the status), else architectureConfiguration.defaultArchitecture */
  defaultArchitecture?: Located<string>;
}

export function readKubevirtConfig(obj: KubeObject, diags: Diagnostics): KubevirtConfig {
  const cfg = expectMap(obj.root.at('spec', 'configuration'), diags);
  const name = readString(obj.root.at('metadata', 'name'), diags) ?? 'kubevirt';
  const out: KubevirtConfig = { name, pos: obj.root.pos, bindings: new Map(), featureGates: [], liveUpdate: {} };
  readLiveUpdate(cfg, out, diags);
  readArchitectureConfig(obj, cfg, out, diags);
  const binding = expectMap(cfg?.at('network', 'binding'), diags);
  for (const e of binding?.entries() ?? []) {
    const b = expectMap(e.value, diags);
    const reg: RegisteredBinding = { name: e.key, pos: e.keyPos };
    const image = located(readString(b?.get('sidecarImage'), diags), b?.get('sidecarImage'));
    if (image) reg.sidecarImage = image;
    const dapi = located(readString(b?.get('downwardAPI'), diags), b?.get('downwardAPI'));
    if (dapi) reg.downwardAPI = dapi;
    const migration = expectMap(b?.get('migration'), diags);
    if (migration) {
      reg.migration = { pos: migration.pos };
      const method = located(readString(migration.get('method'), diags), migration.get('method'));
      if (method) reg.migration.method = method;
    }
    out.bindings.set(e.key, reg);
  }
  const gatesNode = cfg?.at('developerConfiguration', 'featureGates');
  if (gatesNode) out.featureGatesPos = gatesNode.pos;
  for (const g of expectSeq(gatesNode, diags)) {
    const v = located(readString(g, diags), g);
    if (v) out.featureGates.push(v);
  }
  return out;
}

/** vmRolloutStrategy and liveUpdateConfiguration: the CPU and memory hotplug layout virt-api gives VMIs. */
function readLiveUpdate(cfg: YNode | undefined, out: KubevirtConfig, diags: Diagnostics): void {
  const strategyNode = cfg?.get('vmRolloutStrategy');
  const strategy = readString(strategyNode, diags);
  if (strategy === 'LiveUpdate' || strategy === 'Stage') out.vmRolloutStrategy = strategy;
  else if (strategy !== undefined) {
    diags.error('INVALID_VALUE', `${strategyNode!.path} '${strategy}' is not LiveUpdate or Stage`, strategyNode!.pos, { help: 'KubeVirt accepts LiveUpdate or Stage' });
  }
  const lu = expectMap(cfg?.get('liveUpdateConfiguration'), diags);
  const ratio = readUint(lu?.get('maxHotplugRatio'), diags);
  if (ratio) out.liveUpdate.maxHotplugRatio = ratio;
  const sockets = readUint(lu?.get('maxCpuSockets'), diags);
  if (sockets) out.liveUpdate.maxCpuSockets = sockets;
  const guestNode = lu?.get('maxGuest');
  const guest = readString(guestNode, diags);
  if (guest !== undefined) {
    const bytes = parseMemoryQuantity(guest);
    if (bytes && bytes > 0) out.liveUpdate.maxGuestBytes = bytes;
    else diags.error('INVALID_VALUE', `${guestNode!.path} '${guest}' is not a memory quantity`, guestNode!.pos, { help: "write a Kubernetes quantity such as '32Gi'" });
  }
}

/** The cluster's default architecture and machine types (issue 10: the defaults stage reads them). */
function readArchitectureConfig(obj: KubeObject, cfg: ReturnType<typeof expectMap>, out: KubevirtConfig, diags: Diagnostics): void {
  const arch = expectMap(cfg?.get('architectureConfiguration'), diags);
  const global = located(readString(cfg?.get('machineType'), diags), cfg?.get('machineType'));
  const types: NonNullable<KubevirtConfig['machineTypes']> = {};
  for (const a of ['amd64', 'arm64', 's390x'] as const) {
    const n = expectMap(arch?.get(a), diags)?.get('machineType');
    const t = global && global.value !== '' ? global : located(readString(n, diags), n);
    if (t && t.value !== '') types[a] = t;
  }
  if (Object.keys(types).length) out.machineTypes = types;
  const statusArch = obj.root.at('status', 'defaultArchitecture');
  const d = located(readString(statusArch, diags), statusArch) ?? located(readString(arch?.get('defaultArchitecture'), diags), arch?.get('defaultArchitecture'));
  if (d && d.value !== '') out.defaultArchitecture = d;
}
