import { buildDomain } from './build/index.js';
import type { BuildOptions } from './options.js';
import { loadDeviceSources, type DeviceSources, type DeviceSourceTexts } from './resolve/device-sources.js';
import { Diagnostics, type Diagnostic } from './diagnostics/diagnostics.js';
import { parseObjects, type KubeObject } from './source/documents.js';
import { readEnv, type EnvDump } from './load/env.js';
import { readNad, type Nad } from './load/nad.js';
import type { Source } from './source/source.js';
import { readVmi } from './load/vmi.js';
import type { Vmi } from './model/vmi.js';
import type { Domain } from './model/domain.js';
import { assignNonPciAddresses } from './pci/implicit-controllers.js';
import { placeDevices, type HotplugReserve } from './pci/hotplug-reserve.js';
import { resolveDevices } from './resolve/devices.js';
import type { ResolvedDevice } from './resolve/types.js';
import { validateVmi } from './validate/index.js';
import { placementDiagnostics } from './pci/placement-diagnostics.js';
import { effectiveBinding } from './kubevirt/bindings.js';

/**
 * The texts of one translation: the VMI stream (which may hold NADs too), NAD files, the env dump,
 * and the other inputs that can say which device an interface has (network-status, device-plugin
 * config, host inventory).
 */
export interface PipelineInputs extends DeviceSourceTexts {
  main: Source;
  nads: Source[];
  env?: Source;
}

export interface PipelineOptions extends BuildOptions {
  hotplugReserve: HotplugReserve;
  /** the device plugin's --resource-prefix, for resources of its config that set none */
  resourcePrefix: string;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = { mac: 'stable', vdpaBindingName: 'vdpa', hotplugReserve: 'kubevirt', resourcePrefix: 'intel.com' };

export interface PipelineResult {
  diagnostics: Diagnostic[];
  vmi?: Vmi;
  nads: Nad[];
  devices: Map<string, ResolvedDevice>;
  deviceSources: DeviceSources;
  /** present when there were no errors */
  domain?: Domain;
}

const VMI_KINDS = new Set(['VirtualMachineInstance', 'VirtualMachine']);
const NAD_KIND = 'NetworkAttachmentDefinition';

/**
 * The pure translation: texts in, domain model and diagnostics out. Stages run in order and the
 * domain is built only from inputs that passed every check before it.
 */
export function runPipeline(inputs: PipelineInputs, opts: PipelineOptions): PipelineResult {
  const diags = new Diagnostics();
  const result: PipelineResult = { diagnostics: diags.list, nads: [], devices: new Map(), deviceSources: {} };

  const objects = parseObjects(inputs.main, diags);
  const vmiObjects = objects.filter((o) => VMI_KINDS.has(o.kind));
  const nadObjects: KubeObject[] = objects.filter((o) => o.kind === NAD_KIND);
  warnOtherKinds(objects.filter((o) => !VMI_KINDS.has(o.kind) && o.kind !== NAD_KIND), 'the VMI input', diags);
  for (const src of inputs.nads) {
    const objs = parseObjects(src, diags);
    nadObjects.push(...objs.filter((o) => o.kind === NAD_KIND));
    warnOtherKinds(objs.filter((o) => o.kind !== NAD_KIND), '--nad', diags);
  }
  const env: EnvDump | undefined = inputs.env ? readEnv(inputs.env, diags) : undefined;
  result.deviceSources = loadDeviceSources(inputs, opts.resourcePrefix, diags);

  if (vmiObjects.length === 0) {
    if (!diags.hasErrors) reportNoVmi(inputs.main, objects, diags);
    return result;
  }
  for (const extra of vmiObjects.slice(1)) {
    diags.error('MULTIPLE_VMI', `a second ${extra.kind} in the input`, extra.root.pos, {
      help: 'render one VMI at a time: split the stream or pass the one you mean',
      related: [{ message: `first ${vmiObjects[0]!.kind} is here`, pos: vmiObjects[0]!.root.pos }],
    });
  }
  result.nads = nadObjects.flatMap((o) => readNad(o, diags) ?? []);
  const vmi = readVmi(vmiObjects[0]!, diags);
  if (!vmi) return result;
  result.vmi = vmi;

  validateVmi({ vmi, diags, vdpaBindingName: opts.vdpaBindingName });
  const resolveInputs = { vmi, nads: result.nads, vdpaBindingName: opts.vdpaBindingName, ...(env ? { env } : {}), ...result.deviceSources };
  result.devices = resolveDevices(resolveInputs, diags);
  if (diags.hasErrors) return result;
  assertEveryDeviceResolved(vmi, result.devices, opts.vdpaBindingName);

  const domain = buildDomain(vmi, result.devices, opts);
  const problems = placeDevices(domain, vmi, opts.hotplugReserve);
  placementDiagnostics(problems, vmi, diags);
  if (diags.hasErrors) return result;
  assignNonPciAddresses(domain);
  result.domain = domain;
  return result;
}

function warnOtherKinds(objs: KubeObject[], where: string, diags: Diagnostics): void {
  for (const o of objs) {
    if (o.kind === '') {
      diags.error('MISSING_FIELD', `${where}: this document has no kind`, o.root.pos, {
        help: 'every Kubernetes object says what it is: add kind: VirtualMachineInstance (or VirtualMachine, NetworkAttachmentDefinition)',
      });
      continue;
    }
    diags.warn('UNKNOWN_KIND', `${where}: a document of kind '${o.kind || '(none)'}' is ignored`, o.root.pos, {
      help: 'vdpa-xml reads VirtualMachineInstance, VirtualMachine and NetworkAttachmentDefinition objects',
    });
  }
}

/** A vdpa or sriov interface left without a device and without an error would vanish from the output: a bug. */
function assertEveryDeviceResolved(vmi: Vmi, devices: ReadonlyMap<string, ResolvedDevice>, vdpaBindingName: string): void {
  for (const i of vmi.interfaces) {
    const kind = effectiveBinding(i, vdpaBindingName);
    if ((kind === 'vdpa' || kind === 'sriov') && i.state?.value !== 'absent' && !devices.has(i.name)) {
      throw new Error(`internal error: interface '${i.name}' was not resolved and no diagnostic says why`);
    }
  }
}

/** No VMI: point at the first document's kind, and suggest the kind it probably meant. */
function reportNoVmi(main: Source, objects: readonly KubeObject[], diags: Diagnostics): void {
  const first = objects[0];
  const pos = first ? (first.root.get('kind')?.pos ?? first.root.pos) : { file: main.name, line: 1, col: 1, offset: 0 };
  const near = first ? [...VMI_KINDS].find((k) => k.toLowerCase() === first.kind.toLowerCase() || editDistance(k, first.kind) <= 2) : undefined;
  diags.error('NO_VMI', `no VirtualMachineInstance or VirtualMachine in ${main.name}`, pos, {
    help: near
      ? `did you mean kind: ${near}?`
      : `pass a VMI or VM (kubectl get vmi <name> -o yaml); found ${objects.length ? 'kinds ' + objects.map((o) => o.kind).join(', ') : 'no objects'}`,
  });
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
