// The pure translation, wired from the stages' entries: texts in; typed inputs, devices, decisions,
// the placed domain and every diagnostic out. Each stage runs only on inputs that passed the ones
// before it (README, "Architecture").
import { buildDomain, decideInterfaces, pluginPitfalls, recordGuestAddresses, type InterfaceDecision } from './build/index.js';
import { applyDefaults } from './defaults/index.js';
import { Diagnostics, type Diagnostic } from './diagnostics/diagnostics.js';
import { loadInputs, type InputTexts, type LoadedInputs } from './load/index.js';
import type { Domain } from './model/domain.js';
import type { Options } from './options.js';
import { launcherOf } from './kubevirt/versions.js';
import { place } from './pci/index.js';
import { resolve, type Resolution } from './resolve/index.js';
import { validateVmi } from './validate/index.js';

export interface PipelineResult {
  diagnostics: Diagnostic[];
  loaded: LoadedInputs;
  resolution?: Resolution;
  /** per VMI interface, what was decided and where it came from (also when the domain could not be built) */
  decisions: InterfaceDecision[];
  /** present when there were no errors */
  domain?: Domain;
}

/**
 * The stages up to the interface decisions (load, defaults, validate, resolve, decide, the plugin
 * pitfalls), without building, placing or serializing a domain: what the sidecar and `patch` need,
 * since they write only the binding's interfaces (hookInterface, the code the build's hook uses)
 * into a domain libvirt places. runPipeline is this and then the build, so both decide alike.
 */
export function runDecisions(texts: InputTexts, opts: Options): PipelineResult {
  return decide(texts, opts).result;
}

function decide(texts: InputTexts, opts: Options): { result: PipelineResult; diags: Diagnostics } {
  const diags = new Diagnostics();
  const launcher = launcherOf(opts);
  // fields the modelled release's API lacks are pruned before any reader sees them
  const loaded = loadInputs(texts, diags, launcher.unknownFields.length ? { release: launcher.release, fields: launcher.unknownFields } : undefined);
  const result: PipelineResult = { diagnostics: diags.list, loaded, decisions: [] };
  const vmi = loaded.vmi;
  if (!vmi) return { result, diags };
  applyDefaults(vmi, loaded.context, opts, diags, loaded.kubevirtConfig);
  validateVmi({ vmi, diags, vdpaBindingName: opts.vdpaBindingName, launcher });
  result.resolution = resolve(vmi, loaded, opts, diags);
  result.decisions = decideInterfaces(vmi, result.resolution.devices, opts, launcher);
  pluginPitfalls(vmi, result.decisions, loaded, opts, launcher, diags);
  if (!diags.hasErrors) assertEveryDeviceResolved(result.decisions);
  return { result, diags };
}

export function runPipeline(texts: InputTexts, opts: Options): PipelineResult {
  const { result, diags } = decide(texts, opts);
  const { vmi } = result.loaded;
  if (!vmi || diags.hasErrors) return result;
  const { loaded } = result;
  const launcher = launcherOf(opts);
  const { domain, placement, hook } = buildDomain(vmi, result.decisions, {
    opts, diags, ...(loaded.env ? { env: loaded.env } : {}), ...(loaded.kubevirtConfig ? { kubevirtConfig: loaded.kubevirtConfig } : {}),
  });
  if (diags.hasErrors) return result;
  if (!place(domain, placement, opts, launcher, diags, hook)) return result;
  recordGuestAddresses(result.decisions, domain, opts);
  result.domain = domain;
  return result;
}

/** A vdpa or sriov interface left without a device and without an error would vanish from the output: a bug. */
function assertEveryDeviceResolved(decisions: readonly InterfaceDecision[]): void {
  for (const d of decisions) {
    if ((d.binding === 'vdpa' || d.binding === 'sriov') && !d.absent && !d.device) {
      throw new Error(`internal error: interface '${d.name}' was not resolved and no diagnostic says why`);
    }
  }
}

export type { InputTexts, Options };
