import { Command, CommanderError, Option } from 'commander';
import type { HotplugReserve } from '../pci/hotplug-reserve.js';
import { DEFAULT_PIPELINE_OPTIONS, type PipelineOptions } from '../pipeline.js';
import { renderCommand } from './commands/render.js';
import { testCommand } from './commands/test.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';

/** Exit codes (README): 0 success, 1 a problem with the inputs, 2 a usage error. */
export const EXIT = { OK: 0, INPUT: 1, USAGE: 2 } as const;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface CommonFlags {
  nad: string[];
  env?: string;
  mac: 'stable' | 'omit';
  hotplugReserve: HotplugReserve;
  vdpaBinding: string;
}

function pipelineOptions(f: CommonFlags): PipelineOptions {
  return { ...DEFAULT_PIPELINE_OPTIONS, mac: f.mac, hotplugReserve: f.hotplugReserve, vdpaBindingName: f.vdpaBinding };
}

function addInputOptions(cmd: Command): Command {
  return cmd
    .argument('<input>', 'VMI/VM YAML or JSON file, - for stdin, or a fixture directory')
    .option('--nad <file>', 'NetworkAttachmentDefinition YAML/JSON (repeatable; a file may hold several or a List)', collect, [])
    .option('--env <file>', "the launcher pod's env dump (kubectl exec <pod> -- env)")
    .addOption(new Option('--mac <mode>', 'MAC for interfaces without macAddress').choices(['stable', 'omit']).default('stable'))
    .addOption(new Option('--hotplug-reserve <mode>', 'root ports reserved for NIC hotplug on q35').choices(['kubevirt', 'none']).default('kubevirt'))
    .option('--vdpa-binding <name>', 'network binding plugin name treated as vDPA', 'vdpa');
}

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  let code: number = EXIT.OK;
  const program = new Command()
    .name('vdpa-xml')
    .description('Render the libvirt domain XML a KubeVirt virt-launcher would produce for a VMI with vDPA interfaces')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run with --help for usage)');

  addInputOptions(
    program
      .command('render')
      .description('print the libvirt domain XML for a VMI')
      .addOption(new Option('--format <format>', 'output format').choices(['xml', 'json']).default('xml'))
      .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout'),
  )
    .addHelpText('after', '\nExample:\n  vdpa-xml render vmi.yaml --nad nad.yaml --env env.txt > domain.xml\n  vdpa-xml render fixtures/seed')
    .action((input: string, flags: CommonFlags & { output?: string; format: 'xml' | 'json' }) => {
      const paths = { input, nads: flags.nad, ...(flags.env !== undefined ? { env: flags.env } : {}) };
      code = renderCommand(io, paths, pipelineOptions(flags), { format: flags.format, ...(flags.output !== undefined ? { output: flags.output } : {}) });
    });

  program
    .command('test')
    .description('render every fixture directory under DIR and compare with its expected output')
    .argument('[dir]', 'directory to search for fixtures', 'fixtures')
    .option('--update', 'rewrite the expected files with the actual output (read them before committing)')
    .addHelpText('after', '\nExample:\n  vdpa-xml test fixtures\n  vdpa-xml test fixtures/seed --update')
    .action((dir: string, flags: { update?: boolean }) => {
      code = testCommand(io, dir, flags.update === true, run);
    });

  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    throw e;
  }
  return code;
}
