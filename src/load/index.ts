// The load stage: texts in, typed inputs out. Every reader keeps the position of each field it
// reads; kind sorting and the "no VMI / two VMIs" checks live here too.
import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { input } from '../options.js';
import { parseObjects } from '../source/documents.js';
import { positionAt, type Source } from '../source/source.js';
import type { Vmi } from '../model/vmi.js';
import { readDevicePluginConfig, type DevicePluginConfig } from './device-plugin-config.js';
import { readEnv, type EnvDump } from './env.js';
import { readHostInventory, type HostInventory } from './host-inventory.js';
import { sortByKind, theVmi } from './kinds.js';
import { readNad, type Nad } from './nad.js';
import { readNetworkStatus, type NetworkStatus } from './network-status.js';
import { readVmi } from './vmi.js';
import { readContext } from './context.js';
import { dropEchoes, reportUnknownFields, type OlderApi } from './unknown-fields.js';
import type { VmContext } from '../model/context.js';
import { readKubevirtConfig, type KubevirtConfig } from './kubevirt-cr.js';

/**
 * The texts of one translation: the VMI stream (which may hold NADs too), NAD files, the env dump,
 * and the other inputs that can say which device an interface has (network-status, device-plugin
 * config, host inventory).
 */
export interface InputTexts {
  main: Source;
  nads: Source[];
  /** context objects of any kind: instancetypes, preferences, PVCs, DataVolumes, NADs */
  files?: Source[];
  env?: Source;
  networkStatus?: Source;
  devicePluginConfig?: Source;
  hostDevices?: Source;
  /** the KubeVirt CR (--kubevirt-config): which binding plugins are registered and how */
  kubevirtConfig?: Source;
}

/** The device plugin's config as read, with where it came from (the simulation needs the host too). */
export interface LoadedDevicePluginConfig {
  config?: DevicePluginConfig;
  name: string;
  pos: Position;
}

/** Everything the inputs said, typed. Fields are absent when their input was not given or could not be read. */
export interface LoadedInputs {
  vmi?: Vmi;
  nads: Nad[];
  /** instancetypes, preferences and claims from the VMI stream and the context files */
  context: VmContext;
  env?: EnvDump;
  networkStatus?: NetworkStatus;
  inventory?: HostInventory;
  devicePluginConfig?: LoadedDevicePluginConfig;
  /** a device input was given but could not be used (already reported): a device it lacks is not reported again */
  unusable: boolean;
  kubevirtConfig?: KubevirtConfig;
}

/** `older`: the modelled KubeVirt release when its API lacks some VMI fields (they are pruned). */
export function loadInputs(texts: InputTexts, diags: Diagnostics, older?: OlderApi): LoadedInputs {
  const objects = parseObjects(texts.main, diags);
  const sorted = sortByKind(objects, texts.nads.map((src) => parseObjects(src, diags)), diags, (texts.files ?? []).map((src) => parseObjects(src, diags)));
  const out: LoadedInputs = { nads: [], context: { instancetypes: [], preferences: [], claims: [] }, unusable: false };
  if (texts.env) out.env = readEnv(texts.env, diags);
  if (texts.networkStatus) {
    const ns = readNetworkStatus(texts.networkStatus, diags);
    if (ns) out.networkStatus = ns;
    else out.unusable = true;
  }
  if (texts.hostDevices) {
    const inv = readHostInventory(texts.hostDevices, diags);
    if (inv) out.inventory = inv;
    else out.unusable = true;
  }
  if (texts.devicePluginConfig) {
    const config = readDevicePluginConfig(texts.devicePluginConfig, diags);
    const pos = config?.pos ?? positionAt(texts.devicePluginConfig, 0);
    out.devicePluginConfig = { name: texts.devicePluginConfig.name, pos, ...(config ? { config } : {}) };
    if (!texts.hostDevices) {
      diags.error('MISSING_INPUT', 'the device plugin config needs a host inventory: which devices it hands out depends on the host', positionAt(texts.devicePluginConfig, 0), {
        help: `run vdpa-xml inventory on the node and pass its output with ${input('hostDevices')} (host-devices.json in a fixture directory)`,
      });
    }
  }
  if (texts.kubevirtConfig) {
    const crs = parseObjects(texts.kubevirtConfig, diags);
    const cr = crs.find((o) => o.kind === 'KubeVirt');
    if (cr) out.kubevirtConfig = readKubevirtConfig(cr, diags);
    else if (!diags.hasErrors) {
      diags.error('MISSING_FIELD', `${texts.kubevirtConfig.name} holds no KubeVirt object`, positionAt(texts.kubevirtConfig, 0), {
        help: 'pass the KubeVirt CR: kubectl get kubevirt -n kubevirt kubevirt -o yaml',
      });
    }
  }
  const vmiObject = theVmi(texts.main, objects, sorted.vmis, diags);
  if (!vmiObject) return out;
  out.nads = sorted.nads.flatMap((o) => readNad(o, diags) ?? []);
  // unknown keys first: the readers' "not translated" warnings leave them to this
  const from = diags.list.length;
  const spec = vmiObject.root.get('spec');
  if (spec?.isMap) reportUnknownFields(spec, vmiObject.kind === 'VirtualMachine' ? 'vm' : 'vmi', diags, older);
  for (const o of sorted.context) {
    const schema = o.kind.includes('Instancetype') ? 'instancetype' : o.kind.includes('Preference') ? 'preference' : undefined;
    const s = o.root.get('spec');
    if (schema && s?.isMap) reportUnknownFields(s, schema, diags);
  }
  out.context = readContext(sorted.context, diags);
  const vmi = readVmi(vmiObject, diags, out.context);
  dropEchoes(diags, from);
  if (vmi) out.vmi = vmi;
  return out;
}

export type { Nad, EnvDump, NetworkStatus, HostInventory, DevicePluginConfig, KubevirtConfig };
