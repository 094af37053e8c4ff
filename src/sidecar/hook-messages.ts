/**
 * The KubeVirt hook messages (proto/kubevirt/hooks/**), read and written with the small codec in
 * protobuf.ts. Field numbers mirror the .proto files; the tests check them against
 * @grpc/proto-loader reading those files.
 */
import { encodeMessage, lastBytes, readFields, type OutField } from './protobuf.js';

export interface HookPoint {
  name: string;
  priority: number;
}

export interface InfoResult {
  name: string;
  hookPoints: readonly HookPoint[];
  versions: readonly string[];
}

/** InfoResult { string name = 1; repeated HookPoint hookPoints = 3; repeated string versions = 4 } (field 2 unused upstream) */
export function encodeInfoResult(r: InfoResult, headroom = 0): Uint8Array {
  const fields: OutField[] = [];
  if (r.name !== '') fields.push({ field: 1, string: r.name });
  for (const p of r.hookPoints) {
    // HookPoint { string name = 1; int32 priority = 2 }; proto3 leaves defaults (0, '') out
    const inner: OutField[] = [];
    if (p.name !== '') inner.push({ field: 1, string: p.name });
    if (p.priority !== 0) inner.push({ field: 2, varint: p.priority });
    fields.push({ field: 3, message: inner });
  }
  for (const v of r.versions) fields.push({ field: 4, string: v });
  return encodeMessage(fields, headroom);
}

export interface OnDefineDomainParams {
  domainXML: Uint8Array;
  vmi: Uint8Array;
}

/** OnDefineDomainParams { bytes domainXML = 1; bytes vmi = 2 } (v1alpha2 and v1alpha3 alike) */
export function decodeOnDefineDomainParams(message: Uint8Array): OnDefineDomainParams | { error: string } {
  const r = readFields(message);
  if ('error' in r) return r;
  return { domainXML: lastBytes(r.fields, 1), vmi: lastBytes(r.fields, 2) };
}

/** OnDefineDomainResult { bytes domainXML = 1 } */
export function encodeOnDefineDomainResult(domainXml: string, headroom = 0): Uint8Array {
  return encodeMessage(domainXml === '' ? [] : [{ field: 1, string: domainXml }], headroom);
}

export interface PreCloudInitIsoParams {
  cloudInitNoCloudSource: Uint8Array;
  vmi: Uint8Array;
  cloudInitData: Uint8Array;
}

/** PreCloudInitIsoParams { bytes cloudInitNoCloudSource = 1; bytes vmi = 2; bytes cloudInitData = 3 } */
export function decodePreCloudInitIsoParams(message: Uint8Array): PreCloudInitIsoParams | { error: string } {
  const r = readFields(message);
  if ('error' in r) return r;
  return { cloudInitNoCloudSource: lastBytes(r.fields, 1), vmi: lastBytes(r.fields, 2), cloudInitData: lastBytes(r.fields, 3) };
}

/** PreCloudInitIsoResult { bytes cloudInitNoCloudSource = 1; bytes cloudInitData = 3 } */
export function encodePreCloudInitIsoResult(r: { cloudInitNoCloudSource: Uint8Array; cloudInitData: Uint8Array }, headroom = 0): Uint8Array {
  const fields: OutField[] = [];
  if (r.cloudInitNoCloudSource.length) fields.push({ field: 1, bytes: r.cloudInitNoCloudSource });
  if (r.cloudInitData.length) fields.push({ field: 3, bytes: r.cloudInitData });
  return encodeMessage(fields, headroom);
}

/** InfoParams, ShutdownParams and ShutdownResult are empty: any well-formed message will do, unknown fields ignored. */
export function checkEmptyMessage(message: Uint8Array): { error: string } | undefined {
  const r = readFields(message);
  return 'error' in r ? r : undefined;
}
