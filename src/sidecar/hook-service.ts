/**
 * The hook services vdpa-xml serves, as pure functions of the request body: Info, and the
 * Callbacks of v1alpha3 and v1alpha2. The server (server.ts) moves bytes and writes the log;
 * everything a call decides is here.
 */
import type { DomainHandler } from './handler.js';
import {
  checkEmptyMessage,
  decodeOnDefineDomainParams,
  decodePreCloudInitIsoParams,
  encodeInfoResult,
  encodeOnDefineDomainResult,
  encodePreCloudInitIsoResult,
  type InfoResult,
} from './hook-messages.js';
import { framePrefix, STATUS, unaryRequest, type StatusCode } from './grpc-wire.js';

/**
 * What Info answers. v1alpha3 first: virt-launcher (KubeVirt 1.5 to 1.9 manager.go
 * processSideCarSocket) takes the first of v1alpha3, v1alpha2, v1alpha1 that the sidecar offers;
 * v1alpha2 too, for a launcher that knows no v1alpha3. Shutdown lets the sidecar exit with the VMI;
 * priorities are 0 as every KubeVirt plugin sends (they order only this sidecar's own hook points).
 */
export const INFO: InfoResult = {
  name: 'vdpa-xml',
  versions: ['v1alpha3', 'v1alpha2'],
  hookPoints: [
    { name: 'OnDefineDomain', priority: 0 },
    { name: 'Shutdown', priority: 0 },
  ],
};

export interface CallOutcome {
  status: StatusCode;
  /** the error message sent as grpc-message when status is not OK */
  message?: string;
  /** the framed response (5-byte prefix included) when status is OK */
  response?: Uint8Array;
  /** fields for this call's log line */
  log: Record<string, unknown>;
  /** the call asked the sidecar to stop once the response is sent */
  shutdown?: true;
}

type Method = (request: Uint8Array) => CallOutcome;

const ok = (response: Uint8Array, log: Record<string, unknown> = {}): CallOutcome => ({ status: STATUS.OK, response: framePrefix(response), log });
const invalid = (message: string): CallOutcome => ({ status: STATUS.INVALID_ARGUMENT, message, log: {} });

function onDefineDomain(handler: DomainHandler): Method {
  return (request) => {
    const params = decodeOnDefineDomainParams(request);
    if ('error' in params) return invalid(`OnDefineDomainParams: ${params.error}`);
    let result: ReturnType<DomainHandler>;
    try {
      result = handler(params.vmi, params.domainXML);
    } catch (e) {
      // a bug in the handler: this call fails, the sidecar keeps serving (virt-handler retries the sync)
      const message = e instanceof Error ? e.message : String(e);
      return { status: STATUS.INTERNAL, message: `internal error in vdpa-xml: ${message}`, log: { bug: true } };
    }
    if ('error' in result) {
      const status = result.code === 'failed-precondition' ? STATUS.FAILED_PRECONDITION : STATUS.INVALID_ARGUMENT;
      return { status, message: result.error, log: { handler: result.log } };
    }
    return ok(encodeOnDefineDomainResult(result.domainXml, 5), { handler: result.log });
  };
}

/** PreCloudInitIso changes nothing here: what came in goes back (vmi is not a result field). */
const preCloudInitIso: Method = (request) => {
  const params = decodePreCloudInitIsoParams(request);
  if ('error' in params) return invalid(`PreCloudInitIsoParams: ${params.error}`);
  return ok(encodePreCloudInitIsoResult(params, 5));
};

const empty = (name: string, then: Partial<CallOutcome> = {}): Method => (request) => {
  const bad = checkEmptyMessage(request);
  return bad ? invalid(`${name}: ${bad.error}`) : { ...ok(new Uint8Array(5)), ...then };
};

export interface HookMethod {
  /** the method's short name and hook version, for the log */
  name: string;
  version: string;
  call: Method;
}

/** The methods by gRPC path (/package.Service/Method). */
export function hookMethods(handler: DomainHandler): ReadonlyMap<string, HookMethod> {
  const info = framePrefix(encodeInfoResult(INFO, 5));
  const define = onDefineDomain(handler);
  const methods = new Map<string, HookMethod>();
  methods.set('/kubevirt.hooks.info.Info/Info', { name: 'Info', version: 'info', call: empty('InfoParams', { response: info }) });
  for (const version of ['v1alpha2', 'v1alpha3']) {
    const base = `/kubevirt.hooks.${version}.Callbacks/`;
    methods.set(`${base}OnDefineDomain`, { name: 'OnDefineDomain', version, call: define });
    methods.set(`${base}PreCloudInitIso`, { name: 'PreCloudInitIso', version, call: preCloudInitIso });
  }
  methods.set('/kubevirt.hooks.v1alpha3.Callbacks/Shutdown', { name: 'Shutdown', version: 'v1alpha3', call: empty('ShutdownParams', { shutdown: true }) });
  return methods;
}

/** One unary call: the path names the method, the body holds one framed message. */
export function callHook(methods: ReadonlyMap<string, HookMethod>, path: string, body: Uint8Array): CallOutcome {
  const method = methods.get(path);
  if (!method) return { status: STATUS.UNIMPLEMENTED, message: `vdpa-xml does not serve ${path}`, log: {} };
  const request = unaryRequest(body);
  if ('error' in request) return { status: request.status, message: request.error, log: {} };
  return method.call(request.message);
}
