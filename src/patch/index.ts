// The patch stage (issue 14): what vdpa-xml's network binding plugin sidecar does to the domain
// virt-launcher built, as a pure function shared by `vdpa-xml patch` and the sidecar's handler.
// The pipeline decides each interface of the binding exactly as `render --vdpa-sidecar vdpa-xml`
// does; insert.ts writes those interfaces into the given domain, leaving every other byte alone.
import type { InterfaceDecision } from '../build/index.js';
import { Diagnostics, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { Options } from '../options.js';
import { runDecisions, type InputTexts, type PipelineResult } from '../pipeline.js';
import { VDPA_PATH } from '../resolve/vdpa-path.js';
import { positionAt, type Source } from '../source/source.js';
import { parseDomainDocument, type DomainDocument } from '../xml/document.js';
import { insertInterfaces, type InterfaceChange } from './insert.js';

export type { InterfaceChange };

export interface PatchResult {
  /** the pipeline's diagnostics, then the patch's own */
  diagnostics: Diagnostic[];
  /** the patched domain; absent when there is an error */
  domainXml?: string;
  /** per interface of the binding, in VMI order: what was inserted or replaced */
  changes: InterfaceChange[];
}

export interface PatchOptions {
  /**
   * The device sources are network-info alone (the sidecar: it is given no NAD and no env): a
   * network of the binding without an entry there is said to be so, instead of the NAD the
   * pipeline would look for next.
   */
  networkInfoOnly?: boolean;
}

/**
 * For the sidecar: each network of an interface of the binding must have a network-info entry
 * (KubeVirt downwardapi: one per network with device info, keyed by the VMI network name). Without
 * NADs the pipeline's NAD_NOT_FOUND says nothing the sidecar's user can act on, so it is left out.
 */
function networkInfoCoverage(pipeline: PipelineResult, opts: Options): { diagnostics: Diagnostic[] } {
  const { vmi, networkStatus } = pipeline.loaded;
  if (!vmi || !networkStatus) return { diagnostics: pipeline.diagnostics };
  const own = new Diagnostics();
  const listed = new Set(networkStatus.entries.map((e) => e.network?.value).filter((n) => n !== undefined));
  for (const iface of vmi.interfaces) {
    if (iface.binding?.kind !== 'binding' || iface.binding.pluginName !== opts.vdpaBindingName || iface.state?.value === 'absent') continue;
    if (listed.has(iface.name)) continue;
    const names = [...listed].join(', ') || 'none';
    own.error('NETWORK_STATUS_NO_ENTRY', `network '${iface.name}' (interface of binding '${opts.vdpaBindingName}') has no entry in ${networkStatus.origin}, which has: ${names}`, iface.pos, {
      help: `virt-controller lists a network there when Multus reports device-info for it: check the NAD's resourceName and the device plugin, and that the network-info is this pod's ({input:networkStatus})`,
      related: [{ message: 'the network-info entries', pos: networkStatus.pos }],
    });
  }
  return { diagnostics: [...pipeline.diagnostics.filter((d) => d.code !== 'NAD_NOT_FOUND'), ...own.list] };
}

/** The domain as a document, or an XML_SYNTAX error at the line and column of the first problem. */
function readDomain(src: Source, diags: Diagnostics): DomainDocument | undefined {
  const r = parseDomainDocument(src.text);
  if ('doc' in r) return r.doc;
  diags.error('XML_SYNTAX', `${src.name} is not a well-formed libvirt domain: ${r.error.message}`, positionAt(src, r.error.offset), {
    help: 'pass the domain XML virt-launcher defines (the OnDefineDomain domainXML), or what `virsh dumpxml <domain>` prints',
  });
  return undefined;
}

/** The interfaces the sidecar writes: `binding: {name: <binding>}`, not state: absent (the launcher leaves those out). */
export function sidecarInterfaces(decisions: readonly InterfaceDecision[]): InterfaceDecision[] {
  return decisions.filter((d) => d.hook === 'vdpa-xml' && !d.absent);
}

/**
 * What patching a domain needs from the VMI and its device sources, decided once: it depends on
 * the texts and options alone, not on the domain, so the sidecar keeps it across the defines of
 * one VMI (virt-launcher sends the same VMI on every define).
 */
export interface PatchPlan {
  /** the pipeline's diagnostics (for the sidecar, without NAD_NOT_FOUND) */
  readonly diagnostics: readonly Diagnostic[];
  /** the plan's own errors (no interface of the binding, a bad path): reported when the domain reads */
  readonly own: readonly Diagnostic[];
  /** present when there is no error: the VMI's decisions, and those of the binding to write */
  readonly write?: { readonly decisions: readonly InterfaceDecision[]; readonly hooked: readonly InterfaceDecision[] };
}

/**
 * The pipeline up to the interface decisions (runDecisions: the sidecar writes interfaces only,
 * libvirt places them), and the checks on what is to be written. `opts.vdpaSidecar` is vdpa-xml
 * whatever it says, since this is what vdpa-xml's sidecar writes.
 */
export function planPatch(texts: InputTexts, options: Options, patch: PatchOptions = {}): PatchPlan {
  const opts: Options = { ...options, vdpaSidecar: 'vdpa-xml' };
  const pipeline = runDecisions(texts, opts);
  const { diagnostics } = patch.networkInfoOnly ? networkInfoCoverage(pipeline, opts) : { diagnostics: pipeline.diagnostics };
  const vmi = pipeline.loaded.vmi;
  if (!vmi || diagnostics.some((d) => d.severity === 'error')) return { diagnostics, own: [] };
  const own = new Diagnostics();
  const done = (): PatchPlan => ({ diagnostics, own: own.list });
  const all = pipeline.decisions.filter((d) => d.hook === 'vdpa-xml');
  if (all.length === 0) {
    const bindings = vmi.interfaces.map((i) => `${i.name} (${i.binding?.kind === 'binding' ? `binding: {name: ${i.binding.pluginName}}` : (i.binding?.kind ?? 'no binding')})`);
    own.error('NO_VDPA_BINDING_INTERFACE', `no interface of ${vmi.kind} ${vmi.namespace}/${vmi.name} uses the network binding plugin '${opts.vdpaBindingName}': ${bindings.join(', ') || 'it has no interfaces'}`, vmi.pos, {
      help: `the sidecar serves interfaces with binding: {name: ${opts.vdpaBindingName}}; if the plugin is registered under another name in the KubeVirt CR, pass that name ({input:vdpaBinding})`,
    });
    return done();
  }
  const hooked = sidecarInterfaces(pipeline.decisions);
  for (const d of hooked) {
    const path = d.source?.value;
    if (path === undefined || !VDPA_PATH.test(path)) {
      // resolve refuses such a path already: a bug if one gets here, but never written into a domain
      own.error('INVALID_DEVICE_PATH', `interface '${d.name}': the device path ${JSON.stringify(path ?? '')} is not /dev/vhost-vdpa-N`, d.source?.from.pos ?? d.iface.pos, {
        help: 'the device-info path of a vDPA device must be the vhost-vdpa character device QEMU opens',
      });
    }
  }
  if (own.hasErrors) return done();
  return { ...done(), write: { decisions: pipeline.decisions, hooked } };
}

/**
 * Inserts (or replaces, by alias) the seed design's <interface type='vdpa'> for every interface
 * the plan writes into `domain`. Idempotent: patching the result again gives the same bytes.
 */
export function applyPatch(plan: PatchPlan, domain: Source): PatchResult {
  const diags = new Diagnostics();
  // held only by the holder, so that insertInterfaces can let it be collected (under the sidecar's heap cap)
  const holder: { doc?: DomainDocument } = { doc: readDomain(domain, diags) };
  if (!holder.doc) return { diagnostics: [...plan.diagnostics, ...diags.list], changes: [] };
  const result: PatchResult = { diagnostics: [...plan.diagnostics, ...plan.own], changes: [] };
  if (!plan.write) return result;
  const r = insertInterfaces(holder, plan.write.decisions, plan.write.hooked);
  if ('error' in r) {
    const own = new Diagnostics();
    const at = r.error.parse ? positionAt(domain, r.error.parse.offset) : undefined;
    own.error('DOMAIN_EDIT', `interface '${r.name}' cannot be written into ${domain.name}: ${r.error.message}`, at, {
      help: 'pass the domain virt-launcher defines: one <devices> element, each alias once',
    });
    return { ...result, diagnostics: [...result.diagnostics, ...own.list] };
  }
  return { ...result, domainXml: r.doc.toString(), changes: r.changes };
}

/** planPatch then applyPatch: what `vdpa-xml patch` and the sidecar do to one domain. */
export function patchDomain(texts: InputTexts, domain: Source, options: Options, patch: PatchOptions = {}): PatchResult {
  return applyPatch(planPatch(texts, options, patch), domain);
}
