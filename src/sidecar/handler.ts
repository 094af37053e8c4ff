/**
 * The seam between the sidecar's server and the domain editing: OnDefineDomain hands the VMI JSON
 * and the domain XML, as virt-launcher sent them, to a pure function and returns what it says.
 * The server knows nothing of domains; the handler knows nothing of gRPC.
 */

/** Why an edit was refused, as the gRPC status virt-launcher will see (it fails SyncVMI on either, and virt-handler retries). */
export type HandlerErrorCode = 'invalid-argument' | 'failed-precondition';

export type DomainHandlerResult =
  /** the domain to define: returned to virt-launcher as is */
  | { domainXml: string; log: Record<string, unknown> }
  /**
   * the inputs cannot be edited: becomes a gRPC error with this message. invalid-argument (the
   * default) for a VMI or domain that is wrong; failed-precondition for what a retry may fix
   * (network-info not projected yet).
   */
  | { error: string; code?: HandlerErrorCode; log: Record<string, unknown> };

/** Pure: the same bytes give the same result. A throw is a bug; the server answers INTERNAL and keeps serving. */
export type DomainHandler = (vmiJson: Uint8Array, domainXml: Uint8Array) => DomainHandlerResult;

/** What the handler may depend on, given once at start-up. */
export interface HandlerConfig {
  /** the downward-API file with the device info (KubeVirt: /etc/podinfo/network-info) */
  networkInfoPath: string;
  /** the binding plugin name whose interfaces are vDPA */
  vdpaBinding: string;
  /** reads a file (the process edge supplies it), so a handler can read network-info at call time and stay testable */
  readFile: (path: string) => Uint8Array;
}

export type HandlerFactory = (config: HandlerConfig) => DomainHandler;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Returns the domain unchanged. A placeholder until the vDPA interface insertion is wired in
 * (createDomainHandler); it still refuses a domain that is not UTF-8, since a string cannot hold it.
 */
export const identityHandler: HandlerFactory = () => (_vmiJson, domainXml) => {
  let text: string;
  try {
    text = utf8.decode(domainXml);
  } catch {
    return { error: 'the domain XML is not valid UTF-8', log: { handler: 'identity' } };
  }
  return { domainXml: text, log: { handler: 'identity' } };
};

/** The handler the sidecar runs. */
export const createDomainHandler: HandlerFactory = identityHandler;
