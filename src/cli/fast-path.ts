// The commands that only translate (render, check, explain, env), as their actions run them, and
// the fast path: `COMMAND INPUT` with nothing else runs the action with the flags commander would
// give it (defaultFlags) without building commander's program (main.ts), and without loading the
// CLI bundle at all in the bin (bin/vdpa-xml.js fastCommand, which must agree with fastCommand
// here; test/unit/cli-fast-path.test.ts holds both to commander's parse). README, "Speed".
import { DEFAULT_OPTIONS, OPTIONS, type HotplugReserve, type OptionSpec, type Options, type VdpaSidecar } from '../options.js';
import type { checkCommand } from './commands/check.js';
import type { envCommand } from './commands/env.js';
import type { explainCommand } from './commands/explain.js';
import type { renderCommand } from './commands/render.js';
import type { InputPaths } from './inputs.js';
import { reportInternalError } from './internal-error.js';
import type { CliIo } from './io.js';
import type { OutputFormat } from './translate.js';

/** Exit codes (README): 0 success, 1 a problem with the inputs, 2 a usage error, 3 a bug in vdpa-xml (diff has its own, commands/diff.ts). */
export const EXIT = { OK: 0, INPUT: 1, USAGE: 2, INTERNAL: 3 } as const;

type TranslateName = 'render' | 'check' | 'explain' | 'env';

/** The module holding a command, given its name (lazy-commands.ts in the CLI, the render bundle's own in bin's fast path). */
export type CommandsOf = (name: TranslateName) => {
  renderCommand: typeof renderCommand;
  checkCommand: typeof checkCommand;
  explainCommand: typeof explainCommand;
  envCommand: typeof envCommand;
};

export interface CommonFlags {
  nad: string[];
  env?: string;
  mac: 'stable' | 'omit';
  hotplugReserve: HotplugReserve;
  vdpaBinding: string;
  networkStatus?: string;
  devicePluginConfig?: string;
  hostDevices?: string;
  kubevirtConfig?: string;
  resourcePrefix: string;
  vmRolloutStrategy?: Options['vmRolloutStrategy'];
  cpuset?: string;
  kubevirtVersion: string;
  vdpaSidecar?: VdpaSidecar;
  sidecarContainer?: string;
  file: string[];
  machineType: string;
  architecture: string;
}

export function pipelineOptions(f: CommonFlags): Options {
  return { ...DEFAULT_OPTIONS, mac: f.mac, hotplugReserve: f.hotplugReserve, vdpaBindingName: f.vdpaBinding, resourcePrefix: f.resourcePrefix, kubevirtVersion: f.kubevirtVersion,
    vdpaSidecar: f.vdpaSidecar ?? DEFAULT_OPTIONS.vdpaSidecar, sidecarContainer: f.sidecarContainer ?? DEFAULT_OPTIONS.sidecarContainer,
    vmRolloutStrategy: f.vmRolloutStrategy ?? '', cpuset: f.cpuset ?? '',
    machineType: f.machineType ?? DEFAULT_OPTIONS.machineType, architecture: f.architecture ?? DEFAULT_OPTIONS.architecture };
}

export function inputPaths(input: string, f: CommonFlags): InputPaths {
  const paths: InputPaths = { input, nads: f.nad, files: f.file ?? [] };
  for (const key of ['env', 'networkStatus', 'devicePluginConfig', 'hostDevices', 'kubevirtConfig'] as const) if (f[key] !== undefined) paths[key] = f[key];
  return paths;
}

export type RenderFlags = CommonFlags & { output?: string; format: 'xml' | 'json'; interface?: string; devicesOnly?: boolean };
export type CheckFlags = CommonFlags & { format: OutputFormat; strict?: boolean };
export type ExplainFlags = CommonFlags & { format: OutputFormat; wide?: boolean };
export type EnvFlags = CommonFlags & { output?: string };

/** The commands that only translate, given their input and flags as commander parsed them; each returns the exit code. */
export interface TranslateActions {
  render(input: string, flags: RenderFlags): number;
  check(input: string, flags: CheckFlags): number;
  explain(input: string, flags: ExplainFlags): number;
  env(input: string, flags: EnvFlags): number;
}

export function translateActions(io: CliIo, commands: CommandsOf): TranslateActions {
  return {
    render: (input, flags) =>
      commands('render').renderCommand(io, inputPaths(input, flags), pipelineOptions(flags), {
        format: flags.format,
        ...(flags.output !== undefined ? { output: flags.output } : {}),
        ...(flags.interface !== undefined ? { interface: flags.interface } : {}),
        ...(flags.devicesOnly ? { devicesOnly: true } : {}),
      }),
    check: (input, flags) => commands('check').checkCommand(io, inputPaths(input, flags), pipelineOptions(flags), { format: flags.format, strict: flags.strict === true }),
    explain: (input, flags) => commands('explain').explainCommand(io, inputPaths(input, flags), pipelineOptions(flags), flags.format, flags.wide === true),
    env: (input, flags) => {
      const opts = pipelineOptions({ ...flags, mac: 'stable', hotplugReserve: 'kubevirt' });
      return commands('env').envCommand(io, inputPaths(input, flags), opts, flags.output);
    },
  };
}

/**
 * An option's key in commander's flags object: its long flag, camel-cased (commander's
 * Option.attributeName). String operations, not a regular expression: a pattern's first use
 * compiles it, on every cold start.
 */
function attributeName(flag: string): string {
  const long = flag.split(' ').find((part) => part.startsWith('--'))!.slice(2);
  return long.split('-').map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

/** The flags an option spec gives an action when not on the command line: its default, or nothing for an empty one (optionOf). */
function specDefaults(...specs: OptionSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) if (spec.default !== '') out[attributeName(spec.flag)] = spec.default;
  return out;
}

/**
 * The flags commander gives the action of `COMMAND INPUT` when nothing else is on the command line,
 * for the commands that only translate: the defaults of the options addInputOptions and
 * addDevicePluginOptions declare, and the command's own. The common case (`vdpa-xml render
 * fixtures/seed`) then runs without building commander's program, 1.5-2 ms of a cold start
 * (README, "Speed"). test/unit/cli-fast-path.test.ts holds these to what commander parses.
 */
export function defaultFlags(name: keyof TranslateActions): Record<string, unknown> {
  const lists = { nad: [], file: [] };
  if (name === 'env') {
    return { ...lists, ...specDefaults(OPTIONS.resourcePrefix, OPTIONS.vdpaBindingName, OPTIONS.kubevirtVersion, OPTIONS.machineType, OPTIONS.architecture) };
  }
  const common = specDefaults(OPTIONS.resourcePrefix, OPTIONS.mac, OPTIONS.hotplugReserve, OPTIONS.vdpaBindingName, OPTIONS.kubevirtVersion, OPTIONS.vdpaSidecar,
    OPTIONS.sidecarContainer, OPTIONS.vmRolloutStrategy, OPTIONS.cpuset, OPTIONS.machineType, OPTIONS.architecture);
  return { ...lists, ...common, format: name === 'render' ? 'xml' : 'text' };
}

/** `render|check|explain|env INPUT` and nothing else (an input that could be read as an option is left to commander). */
export function fastCommand(argv: readonly string[]): keyof TranslateActions | undefined {
  const [name, input] = argv;
  if (argv.length !== 2 || !input || input.startsWith('-')) return undefined;
  return name === 'render' || name === 'check' || name === 'explain' || name === 'env' ? name : undefined;
}

/**
 * Runs `COMMAND INPUT` (fastCommand) with defaultFlags and returns the exit code; undefined for
 * any other argv, which is commander's.
 */
export function runFast(argv: readonly string[], io: CliIo, commands: CommandsOf): number | undefined {
  const fast = fastCommand(argv);
  if (!fast) return undefined;
  try {
    // the same flags commander would pass (defaultFlags), so the same types
    return translateActions(io, commands)[fast](argv[1]!, defaultFlags(fast) as never);
  } catch (e) {
    // as in main.ts runProgram: nothing an input can do should get here
    reportInternalError(io, e);
    return EXIT.INTERNAL;
  }
}
