import { envDump } from '../../resolve/env-dump.js';
import { launcherOf } from '../../kubevirt/versions.js';
import { Diagnostics } from '../../diagnostics/diagnostics.js';
import { runPipeline } from '../../pipeline.js';
import { type Options } from '../../options.js';
import { colorLevel, formatDiagnostics } from '../format-diagnostics.js';
import { loadInputs, sourcesOf, type InputPaths } from '../inputs.js';
import type { CliIo } from '../io.js';
import { writeOutput } from '../write-output.js';

/**
 * env: the environment the SR-IOV device plugin would inject into the VMI's launcher pod, simulated
 * from its config and the host inventory. Rendering with that env dump gives the same domain as
 * rendering with the config and inventory. An env dump or network-status in a fixture directory is
 * not read: this command says what the plugin would hand out, not what a pod has.
 */
export function envCommand(io: CliIo, paths: InputPaths, opts: Options, output: string | undefined): number {
  const diags = new Diagnostics();
  const inputs = loadInputs(io, paths, diags);
  if (inputs) {
    delete inputs.env;
    delete inputs.networkStatus;
    if (!inputs.devicePluginConfig || !inputs.hostDevices) {
      diags.error('MISSING_INPUT', 'env simulates the device plugin: it needs its config and the host inventory', undefined, {
        help: 'pass --device-plugin-config (the sriovdp-config ConfigMap or config.json) and --host-devices (vdpa-xml inventory on the node)',
      });
    }
  }
  const result = inputs && !diags.hasErrors ? runPipeline(inputs, opts) : undefined;
  if (result) diags.list.push(...result.diagnostics);
  if (diags.list.length) io.stderr(formatDiagnostics(diags.list, sourcesOf(inputs), colorLevel(io.env, io.stderrIsTTY)));
  if (!result?.domain || diags.hasErrors) return 1;
  const text = envDump(result.loaded.vmi!, result.resolution!.devices, result.resolution!.devicePlugin?.pools ?? new Map(), launcherOf(opts).resourceNameEnv);
  return writeOutput(io, output, text) ? 0 : 1;
}
