import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { KubeObject } from '../source/documents.js';
import { expectMap, expectSeq, located, readString, type Located } from '../source/ynode.js';

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
}

export function readKubevirtConfig(obj: KubeObject, diags: Diagnostics): KubevirtConfig {
  const cfg = expectMap(obj.root.at('spec', 'configuration'), diags);
  const name = readString(obj.root.at('metadata', 'name'), diags) ?? 'kubevirt';
  const out: KubevirtConfig = { name, pos: obj.root.pos, bindings: new Map(), featureGates: [] };
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
