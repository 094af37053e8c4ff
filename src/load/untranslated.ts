import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { YNode } from '../source/ynode.js';

/**
 * Warns about each key of a mapping that the tool does not translate, so no VMI field is dropped
 * silently (issue #2: "a VMI field the tool does not translate is reported as a warning").
 */
export function warnUntranslated(node: YNode, known: readonly string[], diags: Diagnostics): void {
  for (const e of node.entries()) {
    if (known.includes(e.key)) continue;
    const path = node.path ? `${node.path}.${e.key}` : e.key;
    diags.warn('UNSUPPORTED_FIELD', `${path} is not translated and has no effect on the output`, e.keyPos, {
      help: 'vdpa-xml translates the fields listed in the README; check the real domain for this one with `virsh dumpxml`',
    });
  }
}
