// The binding plugin's hook sidecar, in-process, for the conformance runner: what the sidecar of a
// `binding: {name: <vdpa binding>}` case writes into each define (src/patch/insert.ts, the code
// vdpa-xml's sidecar runs; for kubevirt/vdpa-network-binding-plugin its append rule). The runner
// drives libvirt with it as virt-launcher does; sidecar-e2e.ts does the same through the real process.
import type { PipelineResult } from '../../src/pipeline.js';
import { hookedInOrder } from '../../src/build/hook-interfaces.js';
import { insertInterfaces } from '../../src/patch/insert.js';
import { parseDomainDocument } from '../../src/xml/document.js';
import type { DefineHook } from './launcher.js';

export function modelHook(result: PipelineResult): DefineHook | undefined {
  const vmi = result.loaded.vmi;
  if (!vmi) return undefined;
  const list = hookedInOrder(result.decisions, vmi.networks.map((n) => n.name));
  if (!list.length) return undefined;
  const kubevirt = list[0]!.hook === 'kubevirt';
  return async (xml) => {
    const p = parseDomainDocument(xml);
    if ('error' in p) return { error: `${p.error.line}:${p.error.col}: ${p.error.message}` };
    const r = insertInterfaces({ doc: p.doc }, result.decisions, list, kubevirt ? 'append' : 'vmi-order');
    return 'error' in r ? { error: r.error.message } : { xml: r.doc.toString() };
  };
}
