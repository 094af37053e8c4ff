import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ignoreNames, parseIgnoreList } from '../diff/ignore.js';
import { parseCpuset } from '../build/cpu-pinning.js';
import { knownKubevirtVersions, launcherProfile } from '../kubevirt/versions.js';
import { INPUTS, OPTIONS, type OptionSpec } from '../options.js';
import { EXIT, pipelineOptions, inputPaths, runFast, translateActions, type CheckFlags, type CommonFlags, type EnvFlags, type ExplainFlags, type RenderFlags, type TranslateActions } from './fast-path.js';
import { commands } from './lazy-commands.js';
import { reportInternalError } from './internal-error.js';
import type { CliIo } from './io.js';
import type { OutputFormat } from './translate.js';
import { VERSION } from './version.js';

export { EXIT, defaultFlags } from './fast-path.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** --ignore a,b (repeatable): the names diff leaves out; an unknown name is a usage error. */
function ignoreList(value: string, previous: string[]): string[] {
  const parsed = parseIgnoreList(value);
  if ('unknown' in parsed) throw new InvalidArgumentError(`unknown name '${parsed.unknown}'; accepted: ${ignoreNames().join(', ')}`);
  return [...previous, ...parsed.names];
}

/** A commander option from its entry in src/options.ts: flag, meaning, default and choices in one place. */
function optionOf(spec: OptionSpec): Option {
  const o = new Option(spec.flag, spec.meaning);
  // an empty default means "not given" (--cpuset): no "(default: "")" in the help
  if (spec.default !== '') o.default(spec.default);
  return spec.choices ? o.choices(spec.choices as string[]) : o;
}

/** --kubevirt-version: a release vdpa-xml models; anything else is a usage error naming them. */
function kubevirtVersionOption(): Option {
  return optionOf(OPTIONS.kubevirtVersion).argParser((value: string) => {
    if (!launcherProfile(value)) throw new InvalidArgumentError(`unknown KubeVirt version '${value}'; known: ${knownKubevirtVersions().join(', ')}`);
    return value;
  });
}

/** The inputs that let the SR-IOV device plugin be simulated on a host (every translating command, and env). */
function addDevicePluginOptions(cmd: Command): Command {
  return cmd
    .option(`${INPUTS.devicePluginConfig.flag} <file>`, INPUTS.devicePluginConfig.what)
    .option(`${INPUTS.hostDevices.flag} <file>`, INPUTS.hostDevices.what)
    .addOption(optionOf(OPTIONS.resourcePrefix));
}

/** --format for the commands whose output is a report: text for people, one JSON document for scripts. */
const reportFormat = (): Option => new Option('--format <format>', 'text, or json: one JSON document on stdout, diagnostics included').choices(['text', 'json']).default('text');

function addInputOptions(cmd: Command): Command {
  return addDevicePluginOptions(
    cmd
      .argument('<input>', 'VMI/VM YAML or JSON file, - for stdin, or a fixture directory')
      .option(`${INPUTS.nad.flag} <file>`, INPUTS.nad.what, collect, [])
      .option(`${INPUTS.file.flag} <file>`, INPUTS.file.what, collect, [])
      .option(`${INPUTS.env.flag} <file>`, INPUTS.env.what)
      .option(`${INPUTS.networkStatus.flag} <file>`, INPUTS.networkStatus.what)
      .option(`${INPUTS.kubevirtConfig.flag} <file>`, INPUTS.kubevirtConfig.what),
  )
    .addOption(optionOf(OPTIONS.mac))
    .addOption(optionOf(OPTIONS.hotplugReserve))
    .addOption(optionOf(OPTIONS.vdpaBindingName))
    .addOption(kubevirtVersionOption())
    .addOption(optionOf(OPTIONS.vdpaSidecar))
    .addOption(optionOf(OPTIONS.sidecarContainer))
    .addOption(optionOf(OPTIONS.vmRolloutStrategy))
    .addOption(optionOf(OPTIONS.cpuset).argParser((v: string) => {
      if (!parseCpuset(v)) throw new InvalidArgumentError("not a cpuset list such as '4-7,12'");
      return v;
    }))
    .addOption(optionOf(OPTIONS.machineType))
    .addOption(optionOf(OPTIONS.architecture));
}

const COMMANDS = ['render', 'patch', 'check', 'explain', 'diff', 'env', 'inventory', 'test', 'sidecar'];

/**
 * Which subcommands to build: only the one being run (commander builds each with its options and
 * help, 2 ms for all of them at start-up, README "Speed"), none for --version, and all of them for
 * help and mistakes, so that the list and "did you mean" stay whole.
 */
function commandsWanted(argv: readonly string[]): (name: string) => boolean {
  const first = argv[0];
  if (first === '--version' || first === '-V') return () => false;
  return first !== undefined && COMMANDS.includes(first) ? (name) => name === first : () => true;
}

/**
 * Parses argv with commander as run does and returns what the action of a translating command is
 * given, without running it (for the fast path's test); undefined when no such action runs.
 */
export function parsedFlags(argv: readonly string[], io: CliIo): { name: keyof TranslateActions; input: string; flags: Record<string, unknown> } | undefined {
  let got: ReturnType<typeof parsedFlags>;
  const capture = (name: keyof TranslateActions) => (input: string, flags: object): number => {
    got = { name, input, flags: { ...flags } };
    return EXIT.OK;
  };
  runProgram(argv, io, { render: capture('render'), check: capture('check'), explain: capture('explain'), env: capture('env') });
  return got;
}

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  return runFast(argv, io, commands) ?? runProgram(argv, io, translateActions(io, commands));
}

function runProgram(argv: readonly string[], io: CliIo, act: TranslateActions): number {
  let code: number = EXIT.OK;
  const wanted = commandsWanted(argv);
  const program = new Command()
    .name('vdpa-xml')
    .description('Render the libvirt domain XML a KubeVirt virt-launcher would produce for a VMI with vDPA interfaces')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExamples:\n  vdpa-xml render fixtures/seed\n  vdpa-xml check vmi.yaml --nad nad.yaml --env env.txt\n  vdpa-xml explain fixtures/seed\n  vdpa-xml diff fixtures/seed --against live.xml\n  vdpa-xml env fixtures/seed-device-plugin\n  vdpa-xml inventory > host-devices.json\n\nExit status: 0 success, 1 a problem with the inputs (diff: different), 2 usage error (diff: could not compare).');

  if (wanted('render')) addInputOptions(
    program
      .command('render')
      .description('print the libvirt domain XML for a VMI')
      .addOption(new Option('--format <format>', 'xml, or json: the domain model (diagnostics on stderr as JSON too)').choices(['xml', 'json']).default('xml'))
      .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout')
      .addOption(new Option('--interface <name>', "print only that interface's <interface> (<hostdev> for sriov), for virsh attach-device").conflicts('devicesOnly'))
      .option('--devices-only', 'print only <devices>'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  vdpa-xml render vmi.yaml --nad nad.yaml --env env.txt > domain.xml\n  vdpa-xml render fixtures/seed\n' +
        '  vdpa-xml render vmi.yaml --nad nad.yaml --network-status pod.yaml\n' +
        '  vdpa-xml render vmi.yaml --nad nad.yaml --device-plugin-config sriovdp-config.yaml --host-devices host-devices.json\n' +
        '  vdpa-xml render fixtures/seed --interface offload > nic.xml    # then, in the pod: virsh attach-device DOMAIN nic.xml --live',
    )
    .action((input: string, flags: RenderFlags) => {
      code = act.render(input, flags);
    });

  if (wanted('patch')) {
  const patch = addInputOptions(
    program
      .command('patch')
      .description("write the VMI's vDPA binding-plugin interfaces into a domain XML, as the vdpa-xml sidecar does on each define")
      .requiredOption('--domain <file>', 'the domain XML to patch (the one virt-launcher hands the sidecar, or virsh dumpxml), - for stdin')
      .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout'),
  )
    .addHelpText(
      'after',
      '\nThe interfaces written are those with binding: {name: <--vdpa-binding>}, as --vdpa-sidecar vdpa-xml renders them;\n' +
        'an interface of the same alias is replaced where it stands, every other byte of the domain is kept.\n\nExamples:\n' +
        '  vdpa-xml patch vmi.yaml --network-status network-info --vdpa-binding vdpa-xml --domain launcher.xml > patched.xml\n' +
        '  kubectl get vmi myvmi -o json | vdpa-xml patch - --network-status network-info --domain converter.xml -o patched.xml',
    )
    .action((input: string, flags: CommonFlags & { domain: string; output?: string }) => {
      if (flags.vdpaSidecar === 'kubevirt' && patch.getOptionValueSource('vdpaSidecar') === 'cli') {
        io.stderr("error: patch writes what vdpa-xml's sidecar writes: --vdpa-sidecar kubevirt does not apply (leave it out, or pass vdpa-xml)\n");
        code = EXIT.USAGE;
        return;
      }
      code = commands('patch').patchCommand(io, inputPaths(input, flags), { ...pipelineOptions(flags), vdpaSidecar: 'vdpa-xml' }, {
        domain: flags.domain,
        ...(flags.output !== undefined ? { output: flags.output } : {}),
      });
    });
  }

  if (wanted('check')) addInputOptions(
    program
      .command('check')
      .description('translate the inputs as render does and report every problem, without printing the domain')
      .addOption(reportFormat())
      .option('--strict', 'fail on warnings too'),
  )
    .addHelpText('after', '\nExample:\n  vdpa-xml check vmi.yaml --nad nad.yaml --env env.txt --strict')
    .action((input: string, flags: CheckFlags) => {
      code = act.check(input, flags);
    });

  if (wanted('explain')) addInputOptions(
    program
      .command('explain')
      .description('show, per interface, what it became (source, queues, MAC, guest PCI address) and where each value came from')
      .addOption(reportFormat())
      .option('--wide', 'one table row per interface with every column (NAD, resource, device ID, where the device came from), however wide'),
  )
    .addHelpText('after', '\nExamples:\n  vdpa-xml explain fixtures/seed\n  vdpa-xml explain fixtures/seed --wide\n  vdpa-xml explain vmi.yaml --nad nad.yaml --env env.txt --format json | jq .interfaces')
    .action((input: string, flags: ExplainFlags) => {
      code = act.explain(input, flags);
    });

  if (wanted('diff')) addInputOptions(
    program
      .command('diff')
      .description('render the inputs and compare the domain by meaning with a real one (virsh dumpxml)')
      .requiredOption('--against <file>', 'the domain XML to compare with, e.g. virsh dumpxml of the running launcher')
      .option('--ignore <names>', `comma-separated parts to leave out (repeatable): ${ignoreNames().join(', ')}`, ignoreList, [])
      .option('--strict', "also count what libvirt adds on define and what vdpa-xml does not write")
      .addOption(reportFormat()),
  )
    .addHelpText(
      'after',
      '\nExit status: 0 same, 1 different, 2 could not compare (usage or input error).\n\nExamples:\n' +
        '  kubectl exec virt-launcher-myvmi-abcde -c compute -- virsh dumpxml default_myvmi > live.xml\n' +
        '  vdpa-xml diff fixtures/seed --against live.xml --ignore uuid,mac',
    )
    .action((input: string, flags: CommonFlags & { against: string; ignore: string[]; strict?: boolean; format: OutputFormat }) => {
      code = commands('diff').diffCommand(io, inputPaths(input, flags), pipelineOptions(flags), {
        against: flags.against,
        ignore: flags.ignore,
        strict: flags.strict === true,
        format: flags.format,
      });
    });

  if (wanted('env')) addDevicePluginOptions(
    program
      .command('env')
      .description('print the env dump the SR-IOV device plugin would give the launcher pod (PCIDEVICE_*, _INFO, KUBEVIRT_RESOURCE_NAME_*)')
      .argument('<input>', 'VMI/VM YAML or JSON file, - for stdin, or a fixture directory')
      .option(`${INPUTS.nad.flag} <file>`, INPUTS.nad.what, collect, [])
      .option(`${INPUTS.file.flag} <file>`, INPUTS.file.what, collect, [])
      .addOption(optionOf(OPTIONS.vdpaBindingName))
      .addOption(kubevirtVersionOption())
      .addOption(optionOf(OPTIONS.machineType))
      .addOption(optionOf(OPTIONS.architecture))
      .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout'),
  )
    .addHelpText('after', '\nExample:\n  vdpa-xml env vmi.yaml --nad nad.yaml --device-plugin-config sriovdp-config.yaml --host-devices host-devices.json > env.txt\n  vdpa-xml render vmi.yaml --nad nad.yaml --env env.txt')
    .action((input: string, flags: EnvFlags) => {
      code = act.env(input, flags);
    });

  if (wanted('inventory')) program
    .command('inventory')
    .description("print this host's inventory of network PCI devices and vDPA devices, read from sysfs, as JSON for --host-devices")
    .option('--sysfs-root <dir>', 'where sysfs is mounted', '/sys')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout')
    .addHelpText('after', '\nExamples:\n  vdpa-xml inventory > host-devices.json            (on the node)\n  vdpa-xml inventory --sysfs-root /host/sys -o host-devices.json')
    .action((flags: { sysfsRoot: string; output?: string }) => {
      code = commands('inventory').inventoryCommand(io, flags.sysfsRoot, flags.output);
    });

  if (wanted('test')) program
    .command('test')
    .description('render every fixture directory under DIR and compare with its expected output')
    .argument('[dir]', 'directory to search for fixtures', 'fixtures')
    .option('--update', 'rewrite the expected files with the actual output (read them before committing)')
    .addOption(new Option('--format <format>', 'text, or json: one JSON document with every fixture\'s result').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  vdpa-xml test fixtures\n  vdpa-xml test fixtures/seed --update')
    .action((dir: string, flags: { update?: boolean; format: OutputFormat }) => {
      code = commands('test').testCommand(io, dir, flags.update === true, run, flags.format);
    });

  // the KubeVirt hook sidecar (commands/sidecar.ts, which bin/vdpa-xml-sidecar.js shares); built on
  // its own, so it takes the program's output, exit override and help-after-error explicitly
  if (wanted('sidecar')) program.addCommand(commands('sidecar').sidecarCommand(io, (c) => (code = c)).copyInheritedSettings(program));

  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (e) {
    // the sidecar's command is built by the commands bundle, with its own copy of commander, whose
    // CommanderError is another class: recognise commander's errors by their code too
    const ce = e as { code?: unknown; exitCode?: unknown };
    if (e instanceof CommanderError || (typeof ce?.code === 'string' && ce.code.startsWith('commander.') && typeof ce.exitCode === 'number')) {
      // --help and --version exit through here with code 0
      return ce.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    // nothing an input can do should get here (the property test looks for it): a bug
    reportInternalError(io, e);
    return EXIT.INTERNAL;
  }
  return code;
}
