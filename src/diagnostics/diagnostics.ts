/** Diagnostics kept for one run; past this they are counted, not stored (16 MiB of bad env lines; issue #6's limits). */
export const MAX_DIAGNOSTICS = 1_000;

// Diagnostics are data: every input problem is collected with a code, a position and a hint,
// never thrown. Only bugs throw.

/** A place in an input file. line and col are 1-based; offset is 0-based into the file's text. */
export interface Position {
  file: string;
  line: number;
  col: number;
  offset: number;
  /** exclusive end offset of the node, when known (for the caret underline) */
  end?: number;
}

export type Severity = 'error' | 'warning';

/** The closed set of diagnostic codes. The README's table documents each one. */
export const CODES = {
  // reading inputs
  READ_FAILED: 'a file could not be read',
  INPUT_TOO_LARGE: 'an input is over a size limit: 16 MiB, 1,000,000 YAML tokens or 10,000 documents',
  INVALID_UTF8: 'an input is not valid UTF-8 text',
  YAML_SYNTAX: 'an input is not valid YAML or JSON',
  NESTING_TOO_DEEP: 'collections (or JSON in an env variable) nested deeper than 64 levels',
  YAML_ALIAS: 'a YAML alias names no anchor, sits inside the node it names, or aliases expand past 1,000,000 nodes',
  DUPLICATE_KEY: 'a mapping has the same key twice',
  WRONG_TYPE: 'a field has the wrong type',
  INVALID_CHARACTER: 'a string holds a character XML cannot carry (a control character or an unpaired surrogate)',
  LIST_TOO_LONG: 'a list is longer than KubeVirt allows (256 interfaces, networks, disks or volumes)',
  TOO_MANY_DIAGNOSTICS: 'more than 1,000 problems: the first 1,000 are shown',
  // finding the documents
  NO_VMI: 'no VirtualMachineInstance or VirtualMachine in the input',
  MULTIPLE_VMI: 'more than one VirtualMachineInstance or VirtualMachine',
  UNKNOWN_KIND: 'a document of a kind the tool does not read',
  MISSING_FIELD: 'a required field is missing',
  UNSUPPORTED_FIELD: 'a VMI field the tool does not translate',
  INVALID_VALUE: 'a field has a value outside what KubeVirt accepts',
  NODE_DEPENDENT: 'part of the domain depends on the node the launcher pod runs on (its host CPUs: dedicated CPUs, emulator thread, guest NUMA; or whether a disk image is preallocated) and is not written',
  COUNT_TOO_LARGE: 'more vCPUs than any QEMU machine takes (4096 on amd64, 512 on arm64, 248 on s390x; libvirt refuses the domain), or a supplemental pool of more than 4096 iothreads',
  CPUSET_TOO_SMALL: "the pod's cpuset has fewer CPUs than the dedicated vCPUs (and emulator thread) need",
  NO_HOST_DEVICE: 'the pod env has no device plugin address (PCI_RESOURCE_, MDEV_PCI_RESOURCE_, USB_RESOURCE_) left for a gpu or hostDevice',
  // VMI webhook rules (facts.md §2)
  DUPLICATE_NAME: 'two interfaces, networks, disks or volumes share a name',
  INTERFACE_WITHOUT_NETWORK: 'an interface has no network of the same name',
  NETWORK_WITHOUT_INTERFACE: 'a network has no interface of the same name',
  BINDING_COUNT: 'an interface does not have exactly one binding',
  BINDING_NETWORK_MISMATCH: 'a binding is used on a network type it cannot use',
  UNSUPPORTED_BINDING: 'an interface binding vdpa-xml does not translate (slirp, passt, macvtap, other plugins)',
  MULTIPLE_POD_NETWORKS: 'more than one pod network',
  INVALID_MAC: 'a malformed macAddress',
  INVALID_PCI_ADDRESS: 'a malformed pciAddress',
  DUPLICATE_BOOT_ORDER: 'a bootOrder used twice',
  DUPLICATE_PCI_ADDRESS: 'two devices ask for the same guest PCI address',
  VDPA_MODEL: 'a model other than virtio on a vDPA interface',
  DISK_WITHOUT_VOLUME: 'a disk has no volume of the same name',
  // KubeVirt's defaulting and VM templates (issue 10)
  INSTANCETYPE_NOT_FOUND: 'the instancetype or preference a VirtualMachine names is not in the inputs',
  INSTANCETYPE_BUILT_IN: "a VM's instancetype or preference is not in the inputs: KubeVirt's common one of that name is used",
  INSTANCETYPE_CONFLICT: 'a VM template field conflicts with its instancetype (KubeVirt rejects the VM)',
  PREFERENCE_REQUIREMENTS: "the VM does not meet its preference's requirements (KubeVirt rejects the VM)",
  INFER_FROM_VOLUME: 'inferFromVolume finds no instancetype or preference on the volume (KubeVirt rejects the VM; with inferFromVolumeFailurePolicy Ignore, a warning and none)',
  UNSUPPORTED_ARCHITECTURE: "a setting the VMI's architecture (arm64, s390x) does not have: KubeVirt rejects it, the launcher cannot start it, or vdpa-xml does not place it (PCI on s390x)",
  UNKNOWN_VMI_FIELD: 'a VM/VMI field the modelled KubeVirt release does not have (a typo, a field of another version, or a newer one: pruned as the API server of that release does)',
  // resolution (facts.md §2-§4)
  NAD_NOT_FOUND: 'the NetworkAttachmentDefinition a network names is not in the inputs',
  NAD_NO_RESOURCE: 'the NetworkAttachmentDefinition has no resourceName annotation',
  RESOURCE_FROM_ENV: 'no NAD was given, so the resource comes from KUBEVIRT_RESOURCE_NAME_<network> in the env dump',
  RESOURCE_NAME_MISMATCH: 'KUBEVIRT_RESOURCE_NAME_<network> disagrees with the NAD',
  RESOURCE_NOT_IN_ENV: 'the pod env has no PCIDEVICE_ variable for the resource, or no input gives the device',
  NOT_ENOUGH_DEVICES: 'fewer devices were allocated than interfaces need them',
  NO_VDPA_MOUNT: 'the device plugin gave no /dev/vhost-vdpa-N path for a device, and no other input has it',
  INVALID_DEVICE_INFO: 'the device plugin _INFO JSON is malformed',
  INVALID_DEVICE_PATH: 'a vDPA device path is not /dev/vhost-vdpa-N',
  INVALID_HOST_PCI: 'a host PCI address from the env is malformed',
  ENV_SYNTAX: 'an env dump line is not KEY=VALUE',
  // other device sources: network-status, host inventory, device-plugin simulation (facts.md §3-§4)
  MISSING_INPUT: 'an input needs a companion input that was not given',
  UNKNOWN_FIELD: 'a field the reader of that input ignores (a typo?)',
  NETWORK_STATUS_FORMAT: 'the network-status input is not a network-status array, a pod or a network-info file',
  NO_NETWORK_STATUS: 'the pod has no network-status annotation',
  NETWORK_STATUS_AMBIGUOUS: 'several network-status entries could belong to a network',
  NETWORK_STATUS_NO_ENTRY: 'network-status has no device for a network (a warning when another input has it)',
  DEVICE_INFO_TYPE: 'a device-info type does not fit the interface (vdpa for vdpa, pci for sriov)',
  DEVICE_INFO_VERSION: 'a device-info version other than 1.0.0 or 1.1.0',
  LEGACY_VDPA_PATH: 'a device-info path is the `pci/<address>` device plugins before v3.6 wrote (a warning when another input has the path)',
  VDPA_VIRTIO_DRIVER: 'a vDPA device for a VM is bound to virtio_vdpa (vdpaType virtio), which QEMU cannot open',
  DEVICE_SOURCE_CONFLICT: 'network-status and the env dump disagree about a device',
  INVALID_HOST_INVENTORY: 'the host inventory is malformed',
  DEVICE_NOT_IN_INVENTORY: 'the host inventory has no vhost-vdpa path for a device',
  INVALID_DEVICE_PLUGIN_CONFIG: 'the SR-IOV device plugin would refuse its config',
  DUPLICATE_RESOURCE: 'two resources of the device plugin config have the same `<prefix>/<resourceName>`',
  SELECTOR_MATCHES_NOTHING: 'a selector value can match no device (not a PCI ID, an unknown vdpaType, a bad VF range)',
  RESOURCE_NOT_CONFIGURED: "the device plugin config has no resource the NAD asks for",
  RESOURCE_NOT_VDPA: 'a vdpa interface uses a resource whose devices are not vDPA devices',
  SYSFS_INCOMPLETE: 'inventory: a sysfs entry could not be read; the device is listed without it',
  // PCI placement (facts.md §5)
  PCI_SLOTS_EXHAUSTED: 'no PCI slot is left for a device',
  PCI_ADDRESS_CONFLICT: 'a pciAddress cannot be used',
  LAUNCHER_REFUSES: 'the modelled virt-launcher makes a domain libvirt refuses: the VMI does not start on that KubeVirt release',
  // network binding plugins (issue #13)
  VDPA_PLUGIN_NAME: 'kubevirt/vdpa-network-binding-plugin serves binding: {name: vdpa} only',
  VDPA_PLUGIN_DROPS: 'a VMI setting the vDPA binding plugin ignores (multiqueue, bootOrder, state, model)',
  NO_MAC_SOURCE: "a binding plugin's vDPA NIC without a MAC source: libvirt picks a random MAC",
  NETWORK_INFO_NO_ENTRY: "network-info has no entry for a binding plugin's network: the plugin fails every define",
  MEMLOCK: "a binding plugin's vDPA NIC without a memlock limit: QEMU cannot lock guest memory",
  BINDING_NOT_REGISTERED: 'the KubeVirt CR registers no network binding of that name',
  BINDING_CONFIG: 'the KubeVirt CR registers the binding without sidecarImage or downwardAPI: device-info, or with a migration method',
  FEATURE_GATE: 'a feature gate the VMI needs is not enabled in the KubeVirt CR',
  // diff --against (issue #5)
  XML_SYNTAX: 'the domain XML (diff --against, patch --domain, the sidecar\'s) is not well-formed',
  NOT_A_DOMAIN: 'the XML to compare with or to patch is not a libvirt domain',
  // patch and the sidecar (issue 14)
  NO_VDPA_BINDING_INTERFACE: 'patch / sidecar: no interface of the VMI uses the vDPA network binding plugin',
  DOMAIN_EDIT: 'patch / sidecar: the domain cannot take the interface (no <devices>, or two devices with its alias)',
} as const;

export type Code = keyof typeof CODES;

export interface Related {
  message: string;
  pos: Position;
}

export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  /** what to do about it */
  help?: string;
  pos?: Position;
  related: Related[];
}

export interface DiagnosticInit {
  help?: string;
  related?: Related[];
}

/**
 * Collects diagnostics in the order they are found. Past MAX_DIAGNOSTICS they are counted, not
 * kept (a 16 MiB env dump of bad lines would otherwise hold millions), and one TOO_MANY_DIAGNOSTICS
 * entry says how many were left out.
 */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  private dropped = 0;
  private droppedErrors = 0;
  private notice?: Diagnostic;

  error(code: Code, message: string, pos: Position | undefined, init: DiagnosticInit = {}): void {
    this.add('error', code, message, pos, init);
  }

  warn(code: Code, message: string, pos: Position | undefined, init: DiagnosticInit = {}): void {
    this.add('warning', code, message, pos, init);
  }

  private add(severity: Severity, code: Code, message: string, pos: Position | undefined, init: DiagnosticInit): void {
    if (this.list.length >= MAX_DIAGNOSTICS) {
      this.drop(severity);
      return;
    }
    const d: Diagnostic = { code, severity, message, related: init.related ?? [] };
    if (init.help !== undefined) d.help = init.help;
    if (pos !== undefined) d.pos = pos;
    this.list.push(d);
  }

  private drop(severity: Severity): void {
    this.dropped++;
    if (severity === 'error') this.droppedErrors++;
    if (!this.notice) {
      this.notice = { code: 'TOO_MANY_DIAGNOSTICS', severity, message: '', related: [] };
      this.notice.help = 'fix these first: the rest are often the same problem repeated';
      this.list.push(this.notice);
    }
    if (this.droppedErrors) this.notice.severity = 'error';
    this.notice.message = `${this.dropped} more problem${this.dropped > 1 ? 's' : ''} not shown: only the first ${MAX_DIAGNOSTICS} are kept`;
  }

  merge(other: Diagnostics): void {
    this.list.push(...other.list);
  }

  get errorCount(): number {
    return this.list.filter((d) => d.severity === 'error' && d !== this.notice).length + this.droppedErrors;
  }

  get hasErrors(): boolean {
    return this.droppedErrors > 0 || this.list.some((d) => d.severity === 'error');
  }
}

/** Sorts diagnostics by file, then position, keeping the discovery order for ties. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const pa = a.d.pos;
      const pb = b.d.pos;
      if (pa && pb) {
        if (pa.file !== pb.file) return pa.file < pb.file ? -1 : 1;
        if (pa.offset !== pb.offset) return pa.offset - pb.offset;
      } else if (pa || pb) {
        return pa ? 1 : -1;
      }
      return a.i - b.i;
    })
    .map((x) => x.d);
}
