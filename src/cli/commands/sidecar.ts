import { Command, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from '../io.js';
import { SIDECAR_DESCRIPTION, SIDECAR_FLAGS, sidecarHelpAfter, type SidecarFlags } from './sidecar-flags.js';
import { startSidecar } from './sidecar-start.js';

export { DEFAULT_NETWORK_INFO, DEFAULT_SOCKET } from './sidecar-flags.js';

/**
 * `vdpa-xml sidecar`: the KubeVirt hook sidecar of the vdpa-xml network binding plugin, as a
 * command of the CLI. The image's entry point (bin/vdpa-xml-sidecar.js) parses the same options
 * (sidecar-flags.ts) with node:util instead (src/cli/sidecar-entry.ts), so that its bundle carries
 * no commander. `setCode` receives the exit status when the sidecar could not start; otherwise it
 * runs until Shutdown or a signal.
 */
export function sidecarCommand(io: CliIo, setCode: (code: number) => void): Command {
  const cmd = new Command('sidecar').description(SIDECAR_DESCRIPTION);
  for (const f of SIDECAR_FLAGS) {
    const option = new Option(f.flag, f.description).default(f.default);
    const check = f.check;
    if (check)
      option.argParser((value: string) => {
        const why = check(value);
        if (why) throw new InvalidArgumentError(why);
        return value;
      });
    cmd.addOption(option);
  }
  return cmd.addHelpText('after', sidecarHelpAfter('vdpa-xml sidecar')).action((flags: SidecarFlags) => setCode(startSidecar(flags, io)));
}
