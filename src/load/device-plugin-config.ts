import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { embeddedSource } from '../source/embedded-source.js';
import { parseSingleRoot } from '../source/single-document.js';
import type { Source } from '../source/source.js';
import { expectMap, expectSeq, readBool, readString, type Located, type YNode } from '../source/ynode.js';

/** The list selectors of sriov-network-device-plugin (pkg/types: NetDeviceSelectors, AuxNetDeviceSelectors). */
export const SELECTOR_LISTS = [
  'vendors', 'devices', 'drivers', 'pciAddresses', 'pfNames', 'rootDevices', 'linkTypes', 'acpiIndexes', 'ddpProfiles', 'pKeys', 'auxTypes',
] as const;
export type SelectorListKey = (typeof SELECTOR_LISTS)[number];

/** Selector fields each deviceType reads; other keys are ignored by the plugin. */
export const SELECTOR_FIELDS: Record<string, readonly string[]> = {
  netDevice: ['vendors', 'devices', 'drivers', 'pciAddresses', 'pfNames', 'rootDevices', 'linkTypes', 'acpiIndexes', 'ddpProfiles', 'pKeys', 'isRdma', 'needVhostNet', 'vdpaType'],
  accelerator: ['vendors', 'devices', 'drivers', 'pciAddresses'],
  auxNetDevice: ['vendors', 'devices', 'drivers', 'pfNames', 'rootDevices', 'linkTypes', 'acpiIndexes', 'isRdma', 'needVhostNet', 'auxTypes'],
};
const RESOURCE_FIELDS = ['resourceName', 'resourcePrefix', 'deviceType', 'excludeTopology', 'selectors', 'additionalInfo'];

/** One selector object: its fields AND together, the entries of a list OR (facts.md §3). */
export interface DeviceSelector {
  pos: Position;
  lists: Partial<Record<SelectorListKey, Located<string>[]>>;
  isRdma?: Located<boolean>;
  needVhostNet?: Located<boolean>;
  vdpaType?: Located<string>;
}

/** One element of resourceList. */
export interface ResourceConfig {
  pos: Position;
  resourceName?: Located<string>;
  resourcePrefix?: Located<string>;
  /** netDevice when absent */
  deviceType?: Located<string>;
  selectors: DeviceSelector[];
  /** where `selectors` is, or the resource when it has none */
  selectorsPos: Position;
  hasSelectors: boolean;
  /** additionalInfo: "*" or a PCI address -> extra key/values for _INFO */
  additionalInfo?: Map<string, Map<string, string>>;
}

export interface DevicePluginConfig {
  name: string;
  pos: Position;
  resources: ResourceConfig[];
}

/**
 * Reads the SR-IOV device plugin's config: the ConfigMap (`data."config.json"`, as `kubectl get
 * configmap sriovdp-config -o yaml` prints it) or the raw config.json. The plugin decodes it with
 * Go's encoding/json, which matches keys case-insensitively (real configs say `IsRdma`), so this
 * does too.
 */
export function readDevicePluginConfig(src: Source, diags: Diagnostics): DevicePluginConfig | undefined {
  let root = expectMap(parseSingleRoot(src, 'device plugin config', diags), diags);
  if (!root) return undefined;
  if (root.get('kind')?.scalar === 'ConfigMap' || (root.get('data') && !fieldsCI(root, ['resourceList'], undefined, diags).has('resourceList'))) {
    const data = expectMap(root.get('data'), diags);
    const key = data?.get('config.json');
    // config.json: null holds no config either (readString would pass a null over in silence)
    if (!key || key.isNull) {
      diags.error('MISSING_FIELD', 'the ConfigMap has no data."config.json"', (data ?? root).pos, {
        help: 'the SR-IOV device plugin reads its resource list from the key config.json of ConfigMap sriovdp-config',
      });
      return undefined;
    }
    const inner = embeddedSource(key);
    if (!inner) {
      readString(key, diags);
      return undefined;
    }
    root = expectMap(parseSingleRoot(inner, 'config.json', diags), diags);
    if (!root) return undefined;
  }
  const top = fieldsCI(root, ['resourceList'], 'config', diags);
  const list = top.get('resourceList');
  if (!list) {
    diags.error('MISSING_FIELD', 'the device plugin config has no resourceList', root.pos, {
      help: 'config.json is {"resourceList": [{"resourceName": ..., "selectors": ...}]}',
    });
    return undefined;
  }
  const resources = expectSeq(list, diags).flatMap((raw) => {
    const item = expectMap(raw, diags);
    return item ? [readResource(item, diags)] : [];
  });
  return { name: src.name, pos: root.pos, resources };
}

function readResource(item: YNode, diags: Diagnostics): ResourceConfig {
  const f = fieldsCI(item, RESOURCE_FIELDS, 'resource', diags);
  const rc: ResourceConfig = { pos: item.pos, selectors: [], selectorsPos: item.pos, hasSelectors: false };
  for (const key of ['resourceName', 'resourcePrefix', 'deviceType'] as const) {
    const n = f.get(key);
    const v = readString(n, diags);
    if (v !== undefined) rc[key] = { value: v, pos: n!.pos };
  }
  readBool(f.get('excludeTopology'), diags);
  const deviceType = rc.deviceType?.value ?? 'netDevice';
  const sel = f.get('selectors');
  if (sel && !sel.isNull) {
    rc.selectorsPos = sel.pos;
    rc.hasSelectors = true;
    // pkg/factory parseObjectOrSlice: an object is one selector, an array is several
    const objs = sel.isSeq ? sel.items() : [sel];
    for (const o of objs) {
      const m = expectMap(o, diags);
      if (m) rc.selectors.push(readSelector(m, SELECTOR_FIELDS[deviceType] ?? SELECTOR_FIELDS.netDevice!, diags));
    }
  }
  const info = expectMap(f.get('additionalInfo'), diags);
  if (info) {
    rc.additionalInfo = new Map();
    for (const e of info.entries()) {
      const kv = new Map<string, string>();
      for (const x of expectMap(e.value, diags)?.entries() ?? []) {
        const v = readString(x.value, diags);
        if (v !== undefined) kv.set(x.key, v);
      }
      rc.additionalInfo.set(e.key, kv);
    }
  }
  return rc;
}

function readSelector(m: YNode, known: readonly string[], diags: Diagnostics): DeviceSelector {
  const f = fieldsCI(m, known, 'selector', diags);
  const s: DeviceSelector = { pos: m.pos, lists: {} };
  for (const key of SELECTOR_LISTS) {
    const n = f.get(key);
    if (!n) continue;
    s.lists[key] = expectSeq(n, diags).flatMap((item) => {
      const v = readString(item, diags);
      return v === undefined ? [] : [{ value: v, pos: item.pos }];
    });
  }
  for (const key of ['isRdma', 'needVhostNet'] as const) {
    const n = f.get(key);
    const v = readBool(n, diags);
    if (v !== undefined) s[key] = { value: v, pos: n!.pos };
  }
  const vt = f.get('vdpaType');
  const vdpaType = readString(vt, diags);
  if (vdpaType !== undefined) s.vdpaType = { value: vdpaType, pos: vt!.pos };
  return s;
}

/**
 * A mapping's fields by their canonical names, keys matched case-insensitively as Go's
 * encoding/json does. Two keys for one field are an error (Go keeps the last); with `what`,
 * keys that name no field are warned about, since the plugin silently ignores them (a typo in a
 * selector widens the pool).
 */
function fieldsCI(node: YNode, known: readonly string[], what: string | undefined, diags: Diagnostics): Map<string, YNode> {
  const out = new Map<string, YNode>();
  const seen = new Map<string, { key: string; pos: Position }>();
  for (const e of node.entries()) {
    const canonical = known.find((k) => k === e.key) ?? known.find((k) => k.toLowerCase() === e.key.toLowerCase());
    if (!canonical) {
      if (what) {
        diags.warn('UNKNOWN_FIELD', `unknown ${what} field '${e.key}' is ignored by the device plugin`, e.keyPos, {
          help: `known fields: ${known.join(', ')}`,
        });
      }
      continue;
    }
    const prev = seen.get(canonical);
    if (prev && what) {
      diags.error('DUPLICATE_KEY', `'${e.key}' and '${prev.key}' both set ${canonical} (keys are matched case-insensitively)`, e.keyPos, {
        help: 'keep one: the device plugin would use the last',
        related: [{ message: `'${prev.key}' is here`, pos: prev.pos }],
      });
    }
    seen.set(canonical, { key: e.key, pos: e.keyPos });
    out.set(canonical, e.value);
  }
  return out;
}
