import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { expectMap, readString, type Located, type YNode } from '../source/ynode.js';

/**
 * The VMI's annotations: metadata.annotations of a VirtualMachineInstance, or
 * spec.template.metadata.annotations of a VirtualMachine (virt-controller copies those to the VMI
 * it creates; the VM's own annotations stay on the VM).
 */
export function readAnnotations(root: YNode, kind: string, diags: Diagnostics): Map<string, Located<string>> {
  const meta = kind === 'VirtualMachine' ? root.at('spec', 'template', 'metadata') : root.get('metadata');
  const node = expectMap(meta?.get('annotations'), diags);
  const out = new Map<string, Located<string>>();
  for (const e of node?.entries() ?? []) {
    const value = readString(e.value, diags);
    if (value !== undefined) out.set(e.key, { value, pos: e.value.pos });
  }
  return out;
}
