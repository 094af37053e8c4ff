// SHA-256 and SHA-1 of a few bytes, from ./sha.ts rather than node:crypto or a library (why: there).
import { bytesToHex, hexToBytes, sha1, sha256, utf8ToBytes } from './sha.js';

function sha256hex(s: string): string {
  return bytesToHex(sha256(utf8ToBytes(s)));
}

/**
 * The pod interface name KubeVirt gives a Multus network: 'pod' + the first 11 hex characters of
 * sha256(network name) (facts.md §2: 'blue' -> 'pod16477688c0e'); the pod network is eth0.
 */
export function podInterfaceName(networkName: string, isPodNetwork: boolean): string {
  return isPodNetwork ? 'eth0' : `pod${sha256hex(networkName).slice(0, 11)}`;
}

/** The tap device: tap0 for the pod network, 'tap' + the pod interface suffix otherwise (KubeVirt link/names.go). */
export function tapName(networkName: string, isPodNetwork: boolean): string {
  return isPodNetwork ? 'tap0' : `tap${podInterfaceName(networkName, false).slice(3)}`;
}

/**
 * A stable MAC for an interface without macAddress: the QEMU/KVM OUI 52:54:00 and three bytes of
 * sha256(namespace/name/interface), so the same VMI always renders the same bytes.
 */
export function stableMac(namespace: string, vmiName: string, iface: string): string {
  const h = sha256hex(`${namespace}/${vmiName}/${iface}`);
  return `52:54:00:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}

/** A MAC as libvirt and Go's net.HardwareAddr print it: lower case, ':' separated. */
export function normalizeMac(mac: string): string {
  return mac.toLowerCase().replaceAll('-', ':');
}

/**
 * A deterministic UUID (RFC 4122 version 5 layout, SHA-1 over a namespace UUID and a name), as
 * KubeVirt derives firmware UUIDs from the VMI name.
 */
export function uuidV5(namespaceUuid: string, name: string): string {
  const ns = hexToBytes(namespaceUuid.replaceAll('-', ''));
  const nameBytes = utf8ToBytes(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const h = sha1(input);
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = bytesToHex(h.subarray(0, 16));
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
