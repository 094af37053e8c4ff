import { Command, InvalidArgumentError, Option } from 'commander';
import { knownKubevirtVersions, launcherProfile } from '../../kubevirt/versions.js';
import { OPTIONS } from '../../options.js';
import { createDomainHandler } from '../../sidecar/handler.js';
import { runSidecar } from '../../sidecar/server.js';
import type { CliIo } from '../io.js';

/**
 * The default socket: virt-launcher scans /var/run/kubevirt-hooks (KubeVirt hooks.HookSocketsSharedDirectory;
 * from v1.6 each sidecar's own subPath of it) and keys sockets by file name, so the name must
 * not collide with another sidecar's (the kubevirt vDPA plugin uses vdpa.sock).
 */
export const DEFAULT_SOCKET = '/var/run/kubevirt-hooks/vdpa-xml.sock';
/** KubeVirt pkg/network/downwardapi: the device-info downward API file, /etc/podinfo/network-info */
export const DEFAULT_NETWORK_INFO = '/etc/podinfo/network-info';

interface SidecarFlags {
  socket: string;
  networkInfo: string;
  vdpaBinding: string;
  kubevirtVersion: string;
}

/**
 * --kubevirt-version, as render takes it (the same entry of src/options.ts, the same usage error),
 * but built here: this command is bundled without the rest of the CLI (main.ts).
 */
function kubevirtVersionOption(): Option {
  return new Option(OPTIONS.kubevirtVersion.flag, `${OPTIONS.kubevirtVersion.meaning}: the launcher this sidecar serves (from 1.8 network-info carries the pod MAC the interface takes)`)
    .default(OPTIONS.kubevirtVersion.default)
    .argParser((value: string) => {
      if (!launcherProfile(value)) throw new InvalidArgumentError(`unknown KubeVirt version '${value}'; known: ${knownKubevirtVersions().join(', ')}`);
      return value;
    });
}

/**
 * `vdpa-xml sidecar`: the KubeVirt hook sidecar of the vdpa-xml network binding plugin. A command
 * of its own (not registered in main.ts's list) so that bin/vdpa-xml-sidecar.js, the image's
 * entry point, parses the same options without loading the rest of the CLI. `setCode` receives
 * the exit status when the sidecar could not start; otherwise it runs until Shutdown or a signal.
 */
export function sidecarCommand(io: CliIo, setCode: (code: number) => void, name = 'sidecar'): Command {
  const usage = name === 'sidecar' ? 'vdpa-xml sidecar' : name;
  return new Command(name)
    .description('serve the KubeVirt hook protocol on a unix socket: the sidecar of the vdpa-xml network binding plugin')
    .option('--socket <path>', 'the unix socket to listen on (a stale socket there is replaced)', DEFAULT_SOCKET)
    .option('--network-info <path>', "the downward API file with the interfaces' device info", DEFAULT_NETWORK_INFO)
    .option('--vdpa-binding <name>', 'network binding plugin name treated as vDPA', 'vdpa')
    .addOption(kubevirtVersionOption())
    .addHelpText(
      'after',
      '\nLogs one JSON line per call on stderr. Stops on the Shutdown hook, SIGTERM or SIGINT (exit 0).\n\n' +
        `Examples:\n  ${usage}\n  ${usage} --socket /tmp/hooks/vdpa-xml.sock --network-info ./network-info`,
    )
    .action((flags: SidecarFlags) => {
      setCode(runSidecar({ socket: flags.socket, networkInfo: flags.networkInfo, vdpaBinding: flags.vdpaBinding, kubevirtVersion: flags.kubevirtVersion }, createDomainHandler, io.stderr));
    });
}
