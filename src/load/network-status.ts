import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { embeddedSource } from '../source/embedded-source.js';
import { parseSingleRoot } from '../source/single-document.js';
import type { Source } from '../source/source.js';
import { expectMap, expectSeq, located, readBool, readString, type Located, type YNode } from '../source/ynode.js';

/** The pod annotation Multus writes (facts.md §4) and the one KubeVirt >= 1.7 republishes (§2). */
export const NETWORK_STATUS_ANNOTATION = 'k8s.v1.cni.cncf.io/network-status';
export const NETWORK_INFO_ANNOTATION = 'kubevirt.io/network-info';

/** device-info `vdpa` (NPWG device-info spec 1.0.0 / 1.1.0). */
export interface VdpaDeviceInfo {
  pos: Position;
  parentDevice?: Located<string>;
  driver?: Located<string>;
  path?: Located<string>;
  pciAddress?: Located<string>;
  pfPciAddress?: Located<string>;
  representorDevice?: Located<string>;
}

/** device-info `pci`. */
export interface PciDeviceInfo {
  pos: Position;
  pciAddress?: Located<string>;
}

export interface DeviceInfo {
  pos: Position;
  type?: Located<string>;
  version?: Located<string>;
  vdpa?: VdpaDeviceInfo;
  pci?: PciDeviceInfo;
}

/** One attachment of the pod: an element of the annotation array, or of network-info's interfaces. */
export interface NetworkStatusEntry {
  pos: Position;
  /** network-status: the NAD, as <namespace>/<name> */
  name?: Located<string>;
  /** network-status: the pod interface (eth0, pod<hash>, net1...) */
  interface?: Located<string>;
  /** network-info: the VMI network the entry belongs to */
  network?: Located<string>;
  isDefault: boolean;
  deviceInfo?: DeviceInfo;
  /** the pod interface's MAC (network-status always; network-info from KubeVirt 1.8, PR #15898) */
  mac?: Located<string>;
}

export interface NetworkStatus {
  /** network-status entries are keyed by pod interface; network-info entries by VMI network */
  form: 'network-status' | 'network-info';
  /** where the entries were found, for messages */
  origin: string;
  pos: Position;
  entries: NetworkStatusEntry[];
}

/**
 * Reads what `--network-status` names: the annotation's JSON array, a pod (YAML or JSON, as
 * `kubectl get pod -o yaml` prints it) carrying the annotation (or KubeVirt's network-info one), or
 * the network-info file (`{"interfaces":[{"network","deviceInfo"}]}`, /etc/podinfo/network-info).
 */
export function readNetworkStatus(src: Source, diags: Diagnostics): NetworkStatus | undefined {
  const root = parseSingleRoot(src, 'network-status', diags);
  if (!root) return undefined;
  if (root.isSeq) return fromArray(root, 'the network-status annotation', diags);
  if (root.isMap && (root.get('kind')?.scalar === 'Pod' || root.get('metadata'))) return fromPod(root, diags);
  if (root.isMap && root.get('interfaces')) return fromNetworkInfo(root, 'the network-info file', diags);
  diags.error('NETWORK_STATUS_FORMAT', `${src.name} is neither a network-status array, a pod nor a network-info file`, root.pos, {
    help:
      `pass the pod (kubectl get pod <virt-launcher-pod> -o yaml), the ${NETWORK_STATUS_ANNOTATION} annotation's value ` +
      '(a JSON array), or /etc/podinfo/network-info from the launcher ({"interfaces": [...]})',
  });
  return undefined;
}

function fromPod(pod: YNode, diags: Diagnostics): NetworkStatus | undefined {
  const meta = expectMap(pod.get('metadata'), diags);
  const name = readString(meta?.get('name'), diags) ?? '(unnamed)';
  const annotations = expectMap(meta?.get('annotations'), diags);
  for (const [key, form] of [[NETWORK_STATUS_ANNOTATION, 'array'], [NETWORK_INFO_ANNOTATION, 'info']] as const) {
    const node = annotations?.get(key);
    if (!node) continue;
    const inner = embeddedSource(node);
    if (!inner) {
      // null holds no status either (readString passes a null over in silence)
      if (node.isNull) diags.error('MISSING_FIELD', `the ${key} annotation of pod ${name} is empty`, node.pos, { help: 'pass the running virt-launcher pod, whose annotation Multus has filled in' });
      else readString(node, diags);
      return undefined;
    }
    const root = parseSingleRoot(inner, `${key} annotation`, diags);
    if (!root) return undefined;
    const origin = `the ${key} annotation of pod ${name}`;
    if (form === 'array') {
      if (root.isSeq) return fromArray(root, origin, diags);
      diags.error('NETWORK_STATUS_FORMAT', `${origin} must be a JSON array, found ${root.typeName}`, root.pos, {
        help: 'Multus writes a list of {"name", "interface", "device-info", ...}',
      });
      return undefined;
    }
    if (root.isMap) return fromNetworkInfo(root, origin, diags);
    diags.error('NETWORK_STATUS_FORMAT', `${origin} must be a JSON object, found ${root.typeName}`, root.pos, {
      help: 'KubeVirt writes {"interfaces": [{"network": ..., "deviceInfo": ...}]}',
    });
    return undefined;
  }
  diags.error('NO_NETWORK_STATUS', `pod ${name} has no ${NETWORK_STATUS_ANNOTATION} annotation`, (annotations ?? meta ?? pod).pos, {
    help: 'Multus writes it once the pod\'s networks are attached: pass the running virt-launcher pod (kubectl get pod <name> -o yaml)',
  });
  return undefined;
}

function fromArray(root: YNode, origin: string, diags: Diagnostics): NetworkStatus {
  const entries = expectSeq(root, diags).flatMap((raw) => {
    const item = expectMap(raw, diags);
    if (!item) return [];
    const e: NetworkStatusEntry = { pos: item.pos, isDefault: readBool(item.get('default'), diags) ?? false };
    setLocated(e, 'name', item.get('name'), diags);
    setLocated(e, 'interface', item.get('interface'), diags);
    setLocated(e, 'mac', item.get('mac'), diags);
    const di = readDeviceInfo(item.get('device-info'), diags);
    if (di) e.deviceInfo = di;
    return [e];
  });
  return { form: 'network-status', origin, pos: root.pos, entries };
}

function fromNetworkInfo(root: YNode, origin: string, diags: Diagnostics): NetworkStatus {
  const entries = expectSeq(root.get('interfaces'), diags).flatMap((raw) => {
    const item = expectMap(raw, diags);
    if (!item) return [];
    const e: NetworkStatusEntry = { pos: item.pos, isDefault: false };
    setLocated(e, 'network', item.get('network'), diags);
    setLocated(e, 'mac', item.get('mac'), diags);
    const di = readDeviceInfo(item.get('deviceInfo'), diags);
    if (di) e.deviceInfo = di;
    return [e];
  });
  return { form: 'network-info', origin, pos: root.pos, entries };
}

function readDeviceInfo(node: YNode | undefined, diags: Diagnostics): DeviceInfo | undefined {
  const m = expectMap(node, diags);
  if (!m) return undefined;
  const di: DeviceInfo = { pos: m.pos };
  setLocated(di, 'type', m.get('type'), diags);
  setLocated(di, 'version', m.get('version'), diags);
  const vdpa = expectMap(m.get('vdpa'), diags);
  if (vdpa) {
    const v: VdpaDeviceInfo = { pos: vdpa.pos };
    setLocated(v, 'parentDevice', vdpa.get('parent-device'), diags);
    setLocated(v, 'driver', vdpa.get('driver'), diags);
    setLocated(v, 'path', vdpa.get('path'), diags);
    setLocated(v, 'pciAddress', vdpa.get('pci-address'), diags);
    setLocated(v, 'pfPciAddress', vdpa.get('pf-pci-address'), diags);
    setLocated(v, 'representorDevice', vdpa.get('representor-device'), diags);
    di.vdpa = v;
  }
  const pci = expectMap(m.get('pci'), diags);
  if (pci) {
    const p: PciDeviceInfo = { pos: pci.pos };
    setLocated(p, 'pciAddress', pci.get('pci-address'), diags);
    di.pci = p;
  }
  return di;
}

function setLocated<T extends object, K extends keyof T>(target: T, key: K, node: YNode | undefined, diags: Diagnostics): void {
  const v = located(readString(node, diags), node);
  if (v) (target as Record<K, Located<string>>)[key] = v;
}
