/**
 * The seam between the sidecar's server and the domain editing: OnDefineDomain hands the VMI JSON
 * and the domain XML, as virt-launcher sent them, to a pure function and returns what it says.
 * The server knows nothing of domains; the handler knows nothing of gRPC.
 */
import { DEFAULT_OPTIONS } from '../options.js';
import { applyPatch, planPatch, type PatchPlan } from '../patch/index.js';
import type { InputTexts } from '../pipeline.js';
import { makeSource } from '../source/source.js';
import { vmiSource } from './vmi-source.js';
import { diagnosticLine, errorLine } from './words.js';

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
  /**
   * The KubeVirt release of the virt-launcher served (src/kubevirt/versions.ts; default the
   * pipeline's, 1.9): what network-info carries follows it (the pod MAC from 1.8).
   */
  kubevirtVersion?: string;
  /** reads a file (the process edge supplies it), so a handler can read network-info at call time and stay testable */
  readFile: (path: string) => Uint8Array;
  /**
   * The largest domain the handler edits (default: no limit besides the server's 4 MiB). Editing
   * holds the domain's span tree and the parser's garbage while it parses, about 5 bytes of heap
   * per byte of XML for the tree alone (src/xml/xml-fast.ts; saxes's, for a text that reader
   * declines, is larger); a larger domain is refused with a clear error rather than running the
   * process out of heap.
   */
  maxDomainBytes?: number;
  /**
   * The largest VMI JSON the handler reads (default: no limit besides the server's 4 MiB). The
   * loader keeps positions for every value, about 100 bytes of heap per byte of JSON while it
   * reads; a larger VMI is refused with a clear error rather than running the process out of heap.
   */
  maxVmiBytes?: number;
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

/** The names the handler gives its inputs in messages (there are no files: the bytes came in the call). */
export const VMI_NAME = '<vmi>';
export const DOMAIN_NAME = '<domainXML>';

/** network-info as read at call time, or why it cannot be used yet or at all. */
function readNetworkInfo(config: HandlerConfig): { text: string } | { error: string; code: HandlerErrorCode } {
  let bytes: Uint8Array;
  try {
    bytes = config.readFile(config.networkInfoPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return {
      error: `cannot read network-info ${config.networkInfoPath}: ${why}; KubeVirt mounts it only when the binding plugin is registered with downwardAPI: device-info (KubeVirt CR spec.configuration.network.binding)`,
      code: 'invalid-argument',
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: `network-info ${config.networkInfoPath} is not valid UTF-8`, code: 'invalid-argument' };
  }
  if (text.trim() === '') {
    // KubeVirt lifecycle.go: the annotation is written once the pod is Ready; the projected file
    // follows a kubelet sync later, so the first define may come before it: a retry fixes it
    return { error: `network-info is not filled in yet: virt-controller writes it once the pod is Ready; virt-handler retries (${config.networkInfoPath} is empty)`, code: 'failed-precondition' };
  }
  return { text };
}

/**
 * The vdpa-xml sidecar's handler: the seed design's <interface type='vdpa'> for each interface of
 * the binding, from the VMI and network-info, written into the domain virt-launcher built
 * (src/patch). Every input problem is an error result saying what and where; nothing throws.
 *
 * The plan (the pipeline on the VMI and network-info) is kept for the next call while those bytes
 * stay the same: virt-launcher sends the same VMI on every define of a sync (manager.go
 * SyncVMI, hooks.OnDefineDomain), and network-info changes only with the pod's networks. One
 * entry, compared by text: a new VMI or network-info replaces it, so memory stays bounded and the
 * result is what a fresh call gives (the plan is a value: applyPatch only reads it).
 */
export const createDomainHandler: HandlerFactory = (config) => {
  let cached: { vmi: string; info: string; plan: PatchPlan } | undefined;
  /**
   * The kept plan when the VMI and network-info are the ones it was made from (the VMI then read
   * as JSON already: it is not read again), else a new one, or why there can be none: the VMI's
   * problem first, then network-info's, as a fresh call reports them.
   */
  const planFor = (vmiText: string, info: ReturnType<typeof readNetworkInfo>): PatchPlan | { error: string; code: HandlerErrorCode } => {
    if (cached && cached.vmi === vmiText && !('error' in info) && cached.info === info.text) return cached.plan;
    const vmi = vmiSource(VMI_NAME, vmiText);
    if ('error' in vmi) return { error: vmi.error, code: 'invalid-argument' };
    if ('error' in info) return info;
    // let the old plan be collected while the new one is made: one at a time under the heap cap
    cached = undefined;
    const texts: InputTexts = { main: vmi.src, nads: [], networkStatus: makeSource(config.networkInfoPath, info.text) };
    const opts = { ...DEFAULT_OPTIONS, vdpaSidecar: 'vdpa-xml' as const, vdpaBindingName: config.vdpaBinding, kubevirtVersion: config.kubevirtVersion ?? DEFAULT_OPTIONS.kubevirtVersion };
    const plan = planPatch(texts, opts, { networkInfoOnly: true });
    cached = { vmi: vmiText, info: info.text, plan };
    return plan;
  };
  return (vmiBytes, domainBytes) => {
    const log: Record<string, unknown> = { handler: 'vdpa-xml' };
    const fail = (error: string, code: HandlerErrorCode = 'invalid-argument'): DomainHandlerResult => ({ error, code, log });
    if (config.maxDomainBytes !== undefined && domainBytes.length > config.maxDomainBytes) {
      return fail(`the domain XML is ${domainBytes.length} bytes, more than the ${config.maxDomainBytes} this sidecar's heap can edit; give node a larger --max-old-space-size (and the sidecar container more memory)`);
    }
    if (config.maxVmiBytes !== undefined && vmiBytes.length > config.maxVmiBytes) {
      return fail(`the VMI JSON is ${vmiBytes.length} bytes, more than the ${config.maxVmiBytes} this sidecar's heap can read; give node a larger --max-old-space-size (and the sidecar container more memory)`);
    }
    let domainText: string;
    let vmiText: string;
    try {
      domainText = utf8.decode(domainBytes);
    } catch {
      return fail('the domain XML is not valid UTF-8');
    }
    try {
      vmiText = utf8.decode(vmiBytes);
    } catch {
      return fail('the VMI JSON is not valid UTF-8');
    }
    const plan = planFor(vmiText, readNetworkInfo(config));
    if ('error' in plan) return fail(plan.error, plan.code);
    const r = applyPatch(plan, makeSource(DOMAIN_NAME, domainText));
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => diagnosticLine(d, config.networkInfoPath));
    if (warnings.length) log.warnings = warnings;
    if (r.domainXml === undefined) return fail(errorLine(r.diagnostics, config.networkInfoPath) || 'the domain could not be patched');
    log.interfaces = r.changes;
    return { domainXml: r.domainXml, log };
  };
};
