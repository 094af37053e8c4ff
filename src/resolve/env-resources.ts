import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { EnvDump, EnvVar } from '../load/env.js';
import { parseJsonText } from '../source/json-text.js';
import { positionAt } from '../source/source.js';

/**
 * PCIDEVICE_<RESOURCE>: the device plugin's env name for a resource (facts.md §2-§3): the resource
 * with '.' and '/' turned into '_', upper-cased ('-' is kept).
 */
export function pciDeviceEnvName(resource: string): string {
  return `PCIDEVICE_${resource.replaceAll('.', '_').replaceAll('/', '_').toUpperCase()}`;
}

/** KUBEVIRT_RESOURCE_NAME_<network>: the resource virt-controller recorded for a network. */
export function resourceNameEnvName(network: string): string {
  return `KUBEVIRT_RESOURCE_NAME_${network}`;
}

/** A position inside an env variable's value. */
export function envValuePos(env: EnvDump, v: EnvVar, start: number, length: number): Position {
  return positionAt(env.src, v.valueOffset + start, v.valueOffset + start + length);
}

/** One device ID of a PCIDEVICE_ list with its position. */
export interface EnvDevice {
  id: string;
  pos: Position;
}

/** The comma-separated device IDs of PCIDEVICE_<RESOURCE>, in allocation order. */
export function envDeviceList(env: EnvDump, v: EnvVar): EnvDevice[] {
  const out: EnvDevice[] = [];
  let at = 0;
  for (const part of v.value.split(',')) {
    const lead = part.length - part.trimStart().length;
    const id = part.trim();
    if (id !== '') out.push({ id, pos: envValuePos(env, v, at + lead, id.length) });
    at += part.length + 1;
  }
  return out;
}

/** The parsed PCIDEVICE_<RESOURCE>_INFO JSON, or undefined (reported) when malformed. */
export function envDeviceInfo(env: EnvDump, v: EnvVar, diags: Diagnostics): Record<string, unknown> | undefined {
  const json = parseJsonText(v.value);
  if (!json.ok) {
    diags.error(json.tooDeep ? 'NESTING_TOO_DEEP' : 'INVALID_DEVICE_INFO', `${v.key} is not valid JSON: ${json.message}`, envValuePos(env, v, json.offset, 1), {
      help: 'copy the variable whole from `kubectl exec <launcher-pod> -- env`; it may have been cut',
    });
    return undefined;
  }
  const parsed = json.value;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    diags.error('INVALID_DEVICE_INFO', `${v.key} must be a JSON object keyed by device ID`, v.pos, {
      help: 'the device plugin writes {"<pci address>": {"generic": {...}, "vdpa": {"mount": "/dev/vhost-vdpa-N"}}}',
    });
    return undefined;
  }
  return parsed as Record<string, unknown>;
}

/** Position of a device's key inside an _INFO value, or the variable's line. */
export function infoKeyPos(env: EnvDump, v: EnvVar, id: string): Position {
  const i = quotedOffset(v, id);
  return i === -1 ? v.pos : envValuePos(env, v, i, id.length + 2);
}

/**
 * Where each quoted string first occurs in an _INFO value, found in one pass: searching the value
 * once per device made resolving n devices of one resource cost n times the value's length (issue #6).
 */
const quotedOffsets = new WeakMap<EnvVar, Map<string, number>>();

function quotedOffset(v: EnvVar, s: string): number {
  let offsets = quotedOffsets.get(v);
  if (!offsets) {
    offsets = new Map();
    for (const m of v.value.matchAll(/"((?:[^"\\]|\\.)*)"/g)) if (!offsets.has(m[1]!)) offsets.set(m[1]!, m.index);
    quotedOffsets.set(v, offsets);
  }
  return offsets.get(s) ?? -1;
}

/**
 * Position of a string value inside a device's _INFO entry (its first occurrence after the
 * device's key), so an error about a mount points at the mount; the key's position otherwise.
 */
export function infoValuePos(env: EnvDump, v: EnvVar, id: string, value: unknown): Position {
  const key = quotedOffset(v, id);
  const text = typeof value === 'string' ? JSON.stringify(value) : undefined;
  const i = key === -1 || text === undefined ? -1 : v.value.indexOf(text, key);
  return i === -1 ? infoKeyPos(env, v, id) : envValuePos(env, v, i, text!.length);
}
