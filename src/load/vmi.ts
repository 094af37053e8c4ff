import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { KubeObject } from '../source/documents.js';
import { parseCpuQuantity, parseMemoryQuantity } from './quantity.js';
import { checkRequestsWithinLimits } from './resource-limits.js';
import { readDisks, readInterfaces, readNetworks, readVolumes } from './vmi-devices.js';
import type { Vmi } from '../model/vmi.js';
import type { Preference, VmContext } from '../model/context.js';
import { findTemplate } from './find-template.js';
import { overlayPreference } from './preference-overlay.js';
import { expectMap, expectSeq, located, readBool, readString, readUint, type YNode } from '../source/ynode.js';
import { warnUntranslated } from './untranslated.js';
import { DEVICE_KEYS, DOMAIN_KEYS, readDomainSpec } from './vmi-domain.js';
import { conflictFields, readVmTemplate } from './vm-template.js';
import { reportDomainAnnotations } from './vmi-annotations.js';
import { readAnnotations } from './annotations.js';
import { readReservedOverhead } from './reserved-overhead.js';

/** Fields of VMI.spec that do not change the domain XML (scheduling, probes, DNS): read as no-ops. */
const SPEC_NO_DOMAIN_EFFECT = [
  'affinity', 'nodeSelector', 'tolerations', 'topologySpreadConstraints', 'schedulerName', 'priorityClassName',
  'evictionStrategy', 'terminationGracePeriodSeconds', 'readinessProbe', 'livenessProbe', 'hostname', 'subdomain',
  'dnsConfig', 'dnsPolicy', 'accessCredentials', 'startStrategy',
];
const SPEC_KNOWN = ['domain', 'networks', 'volumes', 'architecture', ...SPEC_NO_DOMAIN_EFFECT];
const DOMAIN_KNOWN = ['devices', 'machine', 'resources', ...DOMAIN_KEYS];
const DEVICES_KNOWN = [
  'interfaces', 'disks', 'useVirtioTransitional', 'networkInterfaceMultiqueue', 'autoattachGraphicsDevice',
  'autoattachMemBalloon', 'autoattachSerialConsole', 'autoattachPodInterface', 'autoattachInputDevice', 'rng', ...DEVICE_KEYS,
];

/**
 * Reads a VirtualMachineInstance, or a VirtualMachine's spec.template, into the fields the domain
 * depends on. Name and namespace come from the VM itself (KubeVirt names the VMI after the VM).
 */
/**
 * `context`: the instancetypes, preferences and volume objects of the inputs, for a VirtualMachine's
 * inferFromVolume and preference (without it, neither is looked up).
 */
export function readVmi(obj: KubeObject, diags: Diagnostics, context?: VmContext): Vmi | undefined {
  const kind = obj.kind as Vmi['kind'];
  const meta = expectMap(obj.root.get('metadata'), diags);
  const name = readString(meta?.get('name'), diags);
  if (name === undefined) {
    diags.error('MISSING_FIELD', `the ${kind} has no metadata.name`, (meta ?? obj.root).pos, {
      help: 'the domain is named <namespace>_<name>: add metadata.name',
    });
  }
  const namespace = readString(meta?.get('namespace'), diags) ?? 'default';
  const uid = readString(meta?.get('uid'), diags) ?? '';

  let spec: YNode | undefined;
  let vmSpec: YNode | undefined;
  let root = obj.root;
  let template: ReturnType<typeof readVmTemplate> = {};
  let preference: Preference | undefined;
  if (kind === 'VirtualMachine') {
    const written = obj.root.get('spec');
    if (written?.isMap) template = readVmTemplate(written, diags, namespace, context);
    preference = template.preferenceRef && context ? findTemplate(template.preferenceRef, 'preference', namespace, context.preferences, diags) : undefined;
    // virt-controller applies the preference to the VMI it creates from the template (and adds the input device it asks for)
    root = overlayPreference(obj.root, preference?.spec, template.clearMemory === true);
    vmSpec = expectMap(root.get('spec'), diags);
    spec = expectMap(vmSpec?.at('template', 'spec'), diags);
    if (!spec) {
      diags.error('MISSING_FIELD', 'the VirtualMachine has no spec.template.spec', (vmSpec ?? obj.root).pos, {
        help: 'a VirtualMachine carries its VMI under spec.template',
      });
      return undefined;
    }
  } else {
    spec = expectMap(obj.root.get('spec'), diags);
    if (!spec) {
      diags.error('MISSING_FIELD', 'the VirtualMachineInstance has no spec', obj.root.pos, { help: 'add spec.domain' });
      return undefined;
    }
  }
  warnUntranslated(spec, SPEC_KNOWN, diags);
  const domain = expectMap(spec.get('domain'), diags);
  if (!domain) {
    diags.error('MISSING_FIELD', `${spec.path} has no domain`, spec.pos, { help: 'add spec.domain with its devices' });
    return undefined;
  }
  warnUntranslated(domain, DOMAIN_KNOWN, diags);
  const devices = expectMap(domain.get('devices'), diags);
  if (devices) warnUntranslated(devices, DEVICES_KNOWN, diags);

  const cpu = expectMap(domain.get('cpu'), diags);

  const machine = expectMap(domain.get('machine'), diags);
  const machineTypeNode = machine?.get('type');
  const machineType = readString(machineTypeNode, diags);


  const rngNode = devices?.get('rng');
  const interfacesNode = devices?.get('interfaces');
  const networksNode = spec.get('networks');

  reportDomainAnnotations(vmSpec ? expectMap(vmSpec.at('template', 'metadata'), diags) : meta, diags);
  checkRequestsWithinLimits(domain, diags);
  const vmi: Vmi = {
    kind,
    name: name ?? '',
    namespace,
    uid,
    pos: obj.root.pos,
    annotations: readAnnotations(root, kind, diags),
    ...readTopology(domain, cpu, diags),
    // with an instancetype the memory comes from it (the defaults stage applies it)
    memoryBytes: readMemory(domain, spec.keyPos('domain'), diags, template.instancetypeRef !== undefined || hasMatcher(vmSpec, 'instancetype')),
    interfaces: readInterfaces(devices?.get('interfaces'), diags),
    networks: readNetworks(spec.get('networks'), diags),
    disks: readDisks(devices?.get('disks'), diags),
    volumes: readVolumes(spec.get('volumes'), diags),
    useVirtioTransitional: readBool(devices?.get('useVirtioTransitional'), diags) ?? false,
    networkInterfaceMultiqueue: readBool(devices?.get('networkInterfaceMultiqueue'), diags) ?? false,
    ...(devices?.get('networkInterfaceMultiqueue') ? { networkInterfaceMultiqueuePos: devices.get('networkInterfaceMultiqueue')!.pos } : {}),
    autoattachGraphicsDevice: readBool(devices?.get('autoattachGraphicsDevice'), diags) ?? true,
    autoattachMemBalloon: readBool(devices?.get('autoattachMemBalloon'), diags) ?? true,
    autoattachSerialConsole: readBool(devices?.get('autoattachSerialConsole'), diags) ?? true,
    interfacesDefaulted: interfacesNode === undefined && networksNode === undefined && readBool(devices?.get('autoattachPodInterface'), diags) !== false,
    rng: rngNode !== undefined && !rngNode.isNull,
    domainSpec: readDomainSpec(domain, root.get('status'), diags),
  };
  const { clearMemory: _, ...fields } = template;
  Object.assign(vmi, fields);
  if (preference) vmi.preference = preference;
  // where the template sets CPUs and memory: instancetype conflicts and preference requirements name these fields
  if (template.instancetypeRef || template.preferenceRef) vmi.templateFields = conflictFields(domain);
  if (vmi.interfacesDefaulted) addDefaultPodInterface(vmi, devices ?? domain);
  const namePos = meta?.get('name')?.pos;
  if (name !== undefined && namePos) vmi.namePos = namePos;
  const namespacePos = meta?.get('namespace')?.pos;
  if (namespacePos) vmi.namespacePos = namespacePos;
  // an empty machine type is KubeVirt's "the cluster default" (the defaults stage fills it in)
  if (machineType !== undefined && machineType !== '' && machineTypeNode) vmi.machineType = { value: machineType, pos: machineTypeNode.pos };
  const arch = located(readString(spec.get('architecture'), diags), spec.get('architecture'));
  if (arch && arch.value !== '') vmi.architecture = arch;
  const filesystems = expectSeq(devices?.get('filesystems'), diags, 256).flatMap((f) => readString(expectMap(f, diags)?.get('name'), diags) ?? []);
  if (filesystems.length) vmi.filesystemNames = filesystems;
  const overhead = readReservedOverhead(domain, diags);
  if (overhead) vmi.reservedOverhead = overhead;
  if (vmi.domainSpec.firmware.uuid !== undefined) vmi.firmwareUuid = vmi.domainSpec.firmware.uuid;
  return vmi;
}

/** Whether the VM names an instancetype (or infers one): what it names but cannot be found is reported there. */
function hasMatcher(vmSpec: YNode | undefined, key: string): boolean {
  const m = vmSpec?.get(key);
  return m !== undefined && !m.isNull;
}

/** memory.guest, else resources.requests.memory, else resources.limits.memory (facts.md §2). */
function readMemory(domain: YNode, at: Position, diags: Diagnostics, fromInstancetype: boolean): number {
  const memory = expectMap(domain.get('memory'), diags);
  const resources = expectMap(domain.get('resources'), diags);
  const candidates = [memory?.get('guest'), resources?.at('requests', 'memory'), resources?.at('limits', 'memory')];
  // a memory field that is there but unusable was reported already: "sets no memory" would be its echo
  let reported = false;
  for (const n of candidates) {
    if (!n) continue;
    const raw = n.scalar;
    // numbers as written: 1e400 would otherwise read as 'Infinity'
    const text = typeof raw === 'number' ? (n.sourceText ?? String(raw)) : readString(n, diags);
    if (text === undefined) {
      reported ||= !n.isNull;
      continue;
    }
    const bytes = parseMemoryQuantity(text);
    if (bytes === undefined || bytes <= 0) {
      diags.error('INVALID_VALUE', `${n.path} '${text}' is not a memory quantity`, n.pos, {
        help: "write a Kubernetes quantity such as '2Gi' or '512Mi'",
      });
      reported = true;
      continue;
    }
    return bytes;
  }
  if (reported || fromInstancetype) return 0;
  diags.error('MISSING_FIELD', 'the VMI sets no memory', at, {
    help: 'set spec.domain.memory.guest or spec.domain.resources.requests.memory (for example 2Gi)',
  });
  return 0;
}

/**
 * KubeVirt's webhook gives a VMI with no interfaces and no networks the pod network, as interface
 * `default` with the bridge binding (facts.md §2; clusters may default to masquerade instead).
 */
function addDefaultPodInterface(vmi: Vmi, at: YNode): void {
  const pos = at.pos;
  vmi.interfaces.push({ name: 'default', namePos: pos, pos, binding: { kind: 'bridge', pos } });
  vmi.networks.push({ name: 'default', namePos: pos, pos, source: { kind: 'pod', pos } });
}

/**
 * The CPU topology as KubeVirt defaults it (facts.md §2; virt-api's defaulter): each of sockets,
 * cores and threads is 1 when unset, but when all three are unset the sockets come from
 * resources.limits.cpu, else resources.requests.cpu (whole CPUs, rounded up).
 */
function readTopology(domain: YNode, cpu: YNode | undefined, diags: Diagnostics): { sockets: number; cores: number; threads: number } {
  const sockets = readUint(cpu?.get('sockets'), diags) || 0;
  const cores = readUint(cpu?.get('cores'), diags) || 0;
  const threads = readUint(cpu?.get('threads'), diags) || 0;
  if (sockets || cores || threads) return { sockets: sockets || 1, cores: cores || 1, threads: threads || 1 };
  const resources = expectMap(domain.get('resources'), diags);
  for (const n of [resources?.at('limits', 'cpu'), resources?.at('requests', 'cpu')]) {
    if (!n) continue;
    const raw = n.scalar;
    const text = typeof raw === 'number' ? String(raw) : readString(n, diags);
    if (text === undefined) continue;
    const cpus = parseCpuQuantity(text);
    if (cpus === undefined || cpus < 1 || cpus > 1024) {
      diags.error('INVALID_VALUE', `${n.path} '${text}' is not a CPU quantity`, n.pos, { help: "write a Kubernetes quantity such as '2' or '500m'" });
      continue;
    }
    return { sockets: cpus, cores: 1, threads: 1 };
  }
  return { sockets: 1, cores: 1, threads: 1 };
}
