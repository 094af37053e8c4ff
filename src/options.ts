// Every option that changes a translation, with its default and its meaning, in one place (issue #9).
// The CLI builds its flags from OPTIONS, the bench and the tests start from DEFAULT_OPTIONS, and the
// README's option tables say the same words. The stages read the typed Options, never a flag.

export type MacMode = 'stable' | 'omit';
export type HotplugReserve = 'kubevirt' | 'none';
export type RolloutStrategy = 'LiveUpdate' | 'Stage';
export type VdpaSidecar = 'kubevirt' | 'vdpa-xml';

/** What a translation is asked to do besides its inputs. */
export interface Options {
  /** 'stable': MACs derived from namespace/name/interface; 'omit': leave MACs to libvirt (KubeVirt's way) */
  mac: MacMode;
  /** 'kubevirt': the root ports virt-launcher reserves for NIC hotplug on q35; 'none': plain libvirt placement */
  hotplugReserve: HotplugReserve;
  /** the network binding plugin name (`binding: {name: ...}`) treated as vDPA */
  vdpaBindingName: string;
  /** the SR-IOV device plugin's --resource-prefix, for resources of its config that set none */
  resourcePrefix: string;
  /** the cluster's vmRolloutStrategy: LiveUpdate gives VMIs the vCPU and memory hotplug layout; '' the release's default */
  vmRolloutStrategy: RolloutStrategy | '';
  /** the launcher pod's cpuset ('4-7,12'), for dedicated CPUs; '' when not known */
  cpuset: string;
  /** the cluster's default machine type (virt-api's `--machine-type`; KubeVirt CR architectureConfiguration) for VMIs that set none or '' */
  machineType: string;
  /** the cluster's default architecture (KubeVirt CR status.defaultArchitecture) for VMIs that set none */
  architecture: string;
  /** the KubeVirt release whose virt-launcher is modelled: X.Y, X.Y.Z or main (src/kubevirt/versions.ts) */
  kubevirtVersion: string;
  /** whose hook sidecar serves `binding: {name: <vdpaBindingName>}`: kubevirt/vdpa-network-binding-plugin's, or vdpa-xml's own */
  vdpaSidecar: VdpaSidecar;
  /** the sidecar's container (CONTAINER_NAME, hook-sidecar-N): the directory of the kubevirt plugin's symlinks */
  sidecarContainer: string;
}

/** One option as the CLI offers it: its flag, its default, its choices and what it means. */
export interface OptionSpec<K extends keyof Options = keyof Options> {
  key: K;
  flag: string;
  default: Options[K];
  choices?: readonly Options[K][];
  meaning: string;
}

export const OPTIONS: { readonly [K in keyof Options]: OptionSpec<K> } = {
  mac: {
    key: 'mac',
    flag: '--mac <mode>',
    default: 'stable',
    choices: ['stable', 'omit'],
    meaning: 'MAC for interfaces without macAddress: stable (derived from namespace/name/interface) or omit (libvirt picks one, as KubeVirt leaves it)',
  },
  hotplugReserve: {
    key: 'hotplugReserve',
    flag: '--hotplug-reserve <mode>',
    default: 'kubevirt',
    choices: ['kubevirt', 'none'],
    meaning: 'root ports reserved for NIC hotplug on q35: kubevirt (as virt-launcher does) or none (plain libvirt placement)',
  },
  vdpaBindingName: {
    key: 'vdpaBindingName',
    flag: '--vdpa-binding <name>',
    default: 'vdpa',
    meaning: 'network binding plugin name treated as vDPA',
  },
  resourcePrefix: {
    key: 'resourcePrefix',
    flag: '--resource-prefix <prefix>',
    default: 'intel.com',
    meaning: "the device plugin's --resource-prefix, for resources that set none",
  },
  vmRolloutStrategy: {
    key: 'vmRolloutStrategy',
    flag: '--vm-rollout-strategy <strategy>',
    default: '',
    choices: ['LiveUpdate', 'Stage'],
    meaning: "the KubeVirt CR's vmRolloutStrategy: LiveUpdate gives every VMI KubeVirt's CPU and memory hotplug layout (maxSockets 4x sockets, <vcpus>, <maxMemory> 4x guest), Stage neither; unset: the release's default (LiveUpdate from 1.6, Stage before)",
  },
  cpuset: {
    key: 'cpuset',
    flag: '--cpuset <list>',
    default: '',
    meaning: "the launcher pod's cpuset (e.g. 4-7,12; cpuset.cpus.effective of its compute container): dedicated CPUs are pinned to it, each CPU taken as its own core on one NUMA cell",
  },
  machineType: {
    key: 'machineType',
    flag: '--machine-type <type>',
    default: 'q35',
    meaning: "the cluster's default machine type on amd64, for VMIs whose machine type is unset or '' (KubeVirt's default: q35; arm64 gets virt, s390x s390-ccw-virtio)",
  },
  architecture: {
    key: 'architecture',
    flag: '--architecture <arch>',
    default: 'amd64',
    meaning: "the cluster's default architecture, for VMIs that set no spec.architecture (amd64, arm64, s390x)",
  },
  kubevirtVersion: {
    key: 'kubevirtVersion',
    flag: '--kubevirt-version <version>',
    default: '1.9',
    meaning: "the KubeVirt release whose virt-launcher is modelled: X.Y (its newest patch), X.Y.Z, or main",
  },
  vdpaSidecar: {
    key: 'vdpaSidecar',
    flag: '--vdpa-sidecar <sidecar>',
    default: 'kubevirt',
    choices: ['kubevirt', 'vdpa-xml'],
    meaning: 'whose hook sidecar serves the vDPA binding plugin: kubevirt (kubevirt/vdpa-network-binding-plugin) or vdpa-xml (vdpa-xml sidecar)',
  },
  sidecarContainer: {
    key: 'sidecarContainer',
    flag: '--sidecar-container <name>',
    default: 'hook-sidecar-0',
    meaning: "the binding plugin sidecar's container name (hook-sidecar-N): where the kubevirt plugin's symlinks are",
  },
};

export const DEFAULT_OPTIONS: Options = {
  mac: OPTIONS.mac.default,
  hotplugReserve: OPTIONS.hotplugReserve.default,
  vdpaBindingName: OPTIONS.vdpaBindingName.default,
  resourcePrefix: OPTIONS.resourcePrefix.default,
  vmRolloutStrategy: OPTIONS.vmRolloutStrategy.default,
  cpuset: OPTIONS.cpuset.default,
  machineType: OPTIONS.machineType.default,
  architecture: OPTIONS.architecture.default,
  kubevirtVersion: OPTIONS.kubevirtVersion.default,
  vdpaSidecar: OPTIONS.vdpaSidecar.default,
  sidecarContainer: OPTIONS.sidecarContainer.default,
};

/**
 * The inputs a translation can be given besides the VMI, by the name core messages use for them.
 * A diagnostic's help names an input as `{input:NAME}`; the CLI writes the flag there (and another
 * caller, the sidecar say, its own words), so no core message names a CLI flag.
 */
export const INPUTS = {
  nad: { flag: '--nad', what: 'NetworkAttachmentDefinition YAML/JSON (repeatable; a file may hold several or a List)' },
  env: { flag: '--env', what: "the launcher pod's env dump (kubectl exec <pod> -- env)" },
  networkStatus: { flag: '--network-status', what: 'the pod (kubectl get pod -o yaml), its k8s.v1.cni.cncf.io/network-status JSON, or /etc/podinfo/network-info' },
  devicePluginConfig: { flag: '--device-plugin-config', what: 'the SR-IOV device plugin config: ConfigMap sriovdp-config YAML or config.json' },
  hostDevices: { flag: '--host-devices', what: 'the host inventory JSON (vdpa-xml inventory)' },
  resourcePrefix: { flag: '--resource-prefix', what: OPTIONS.resourcePrefix.meaning },
  vdpaBinding: { flag: '--vdpa-binding', what: OPTIONS.vdpaBindingName.meaning },
  mac: { flag: '--mac', what: OPTIONS.mac.meaning },
  hotplugReserve: { flag: '--hotplug-reserve', what: OPTIONS.hotplugReserve.meaning },
  vmRolloutStrategy: { flag: '--vm-rollout-strategy', what: OPTIONS.vmRolloutStrategy.meaning },
  cpuset: { flag: '--cpuset', what: OPTIONS.cpuset.meaning },
  machineType: { flag: '--machine-type', what: OPTIONS.machineType.meaning },
  architecture: { flag: '--architecture', what: OPTIONS.architecture.meaning },
  file: { flag: '-f, --file', what: 'context objects: instancetypes, preferences, PVCs, DataVolumes, NADs (repeatable)' },
  kubevirtVersion: { flag: '--kubevirt-version', what: OPTIONS.kubevirtVersion.meaning },
  vdpaSidecar: { flag: '--vdpa-sidecar', what: OPTIONS.vdpaSidecar.meaning },
  sidecarContainer: { flag: '--sidecar-container', what: OPTIONS.sidecarContainer.meaning },
  kubevirtConfig: { flag: '--kubevirt-config', what: 'the KubeVirt CR (kubectl get kubevirt -n kubevirt kubevirt -o yaml)' },
  sysfsRoot: { flag: '--sysfs-root', what: 'where sysfs is mounted' },
} as const;

export type InputName = keyof typeof INPUTS;

/** `{input:NAME}`: how a core message names an input or option (see INPUTS). */
export const input = (name: InputName): string => `{input:${name}}`;

/** Replaces each `{input:NAME}` of a message with what `name` says for it (the CLI: the flag). */
export function nameInputs(text: string, name: (input: InputName) => string): string {
  return text.replace(/\{input:([A-Za-z]+)\}/g, (m, n: string) => (n in INPUTS ? name(n as InputName) : m));
}
