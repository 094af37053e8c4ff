import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { expectSeq, type YNode } from '../source/ynode.js';

/**
 * Fields of spec.domain the VMI reader accepts but whose domain XML vdpa-xml does not write (or
 * writes only in part): each is a warning at the field, so none is silently dropped (the field
 * inventory, test/unit/field-inventory.test.ts).
 */
const REPORTED: readonly { path: readonly string[]; why: string }[] = [
  { path: ['cpu', 'realtime'], why: '<pmu state="off"/> is written; the realtime vCPU scheduler (<vcpusched>, realtime.mask) depends on the node\'s CPUs and is not' },
  { path: ['cpu', 'numa'], why: 'guest NUMA passthrough (<numatune>, guest NUMA cells) depends on the node and is not written' },
  { path: ['features', 'apic', 'endOfInterrupt'], why: "the APIC's end-of-interrupt (<apic eoi>) is not written" },
  { path: ['features', 'hyperv', 'tlbflush', 'extended'], why: "<tlbflush><extended> is written as KubeVirt writes it, but libvirt 9.0 (this project's reference) does not know it" },
];

export function reportDomainFields(domain: YNode, diags: Diagnostics): void {
  for (const r of REPORTED) {
    const parent = domain.at(...r.path.slice(0, -1));
    const key = r.path[r.path.length - 1]!;
    const node = parent?.isMap ? parent.get(key) : undefined;
    if (node && !node.isNull) diags.warn('UNSUPPORTED_FIELD', `${node.path}: ${r.why}`, parent!.keyPos(key));
  }
  for (const kind of ['gpus', 'hostDevices'] as const) {
    for (const dev of expectSeq(domain.at('devices', kind), diags)) {
      const key = ['claimName', 'requestName'].find((k) => dev.get(k) && !dev.get(k)!.isNull);
      const claim = key ? dev.get(key) : undefined;
      if (key && claim) {
        diags.warn('UNSUPPORTED_FIELD', `${claim.path}: devices from a DRA resource claim are not translated: this ${kind === 'gpus' ? 'GPU' : 'host device'} is not in the output`, dev.keyPos(key), {
          help: "compare with the running launcher's domain (virsh dumpxml)",
        });
      }
    }
  }
}
