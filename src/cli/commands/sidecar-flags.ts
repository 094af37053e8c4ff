import { knownKubevirtVersions, launcherProfile } from '../../kubevirt/versions.js';
import { OPTIONS } from '../../options.js';

/**
 * The default socket: virt-launcher scans /var/run/kubevirt-hooks (KubeVirt hooks.HookSocketsSharedDirectory;
 * from v1.6 each sidecar's own subPath of it) and keys sockets by file name, so the name must
 * not collide with another sidecar's (the kubevirt vDPA plugin uses vdpa.sock).
 */
export const DEFAULT_SOCKET = '/var/run/kubevirt-hooks/vdpa-xml.sock';
/** KubeVirt pkg/network/downwardapi: the device-info downward API file, /etc/podinfo/network-info */
export const DEFAULT_NETWORK_INFO = '/etc/podinfo/network-info';

export interface SidecarFlags {
  socket: string;
  networkInfo: string;
  vdpaBinding: string;
  kubevirtVersion: string;
}

/** One option of the sidecar: the same words for `vdpa-xml sidecar` (commander) and the bin (node:util parseArgs, sidecar-entry.ts). */
export interface SidecarFlagSpec {
  key: keyof SidecarFlags;
  /** `--name <value>` */
  flag: string;
  description: string;
  default: string;
  /** why the value is refused, or undefined when it is good */
  check?: (value: string) => string | undefined;
}

/** --kubevirt-version, as render takes it (the same entry of src/options.ts, the same usage error). */
const checkKubevirtVersion = (value: string): string | undefined =>
  launcherProfile(value) ? undefined : `unknown KubeVirt version '${value}'; known: ${knownKubevirtVersions().join(', ')}`;

export const SIDECAR_FLAGS: readonly SidecarFlagSpec[] = [
  { key: 'socket', flag: '--socket <path>', description: 'the unix socket to listen on (a stale socket there is replaced)', default: DEFAULT_SOCKET },
  { key: 'networkInfo', flag: '--network-info <path>', description: "the downward API file with the interfaces' device info", default: DEFAULT_NETWORK_INFO },
  { key: 'vdpaBinding', flag: '--vdpa-binding <name>', description: 'network binding plugin name treated as vDPA', default: 'vdpa' },
  {
    key: 'kubevirtVersion',
    flag: OPTIONS.kubevirtVersion.flag,
    description: `${OPTIONS.kubevirtVersion.meaning}: the launcher this sidecar serves (from 1.8 network-info carries the pod MAC the interface takes)`,
    default: OPTIONS.kubevirtVersion.default,
    check: checkKubevirtVersion,
  },
];

export const SIDECAR_DESCRIPTION = 'serve the KubeVirt hook protocol on a unix socket: the sidecar of the vdpa-xml network binding plugin';

/** The text after the options in --help; `usage` is how the sidecar is run (`vdpa-xml sidecar` or `vdpa-xml-sidecar`). */
export const sidecarHelpAfter = (usage: string): string =>
  '\nLogs one JSON line per call on stderr. Stops on the Shutdown hook, SIGTERM or SIGINT (exit 0).\n\n' +
  `Examples:\n  ${usage}\n  ${usage} --socket /tmp/hooks/vdpa-xml.sock --network-info ./network-info`;
