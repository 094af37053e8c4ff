import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { YNode } from '../source/ynode.js';

/**
 * Warns about each key of a mapping that the tool does not translate, so no VMI field is dropped
 * silently (issue #2: "a VMI field the tool does not translate is reported as a warning").
 */
export function warnUntranslated(node: YNode, known: readonly string[], diags: Diagnostics): void {
  const unknown = unknownKeys.get(diags);
  for (const e of node.entries()) {
    if (known.includes(e.key)) continue;
    // a key KubeVirt does not have was reported as unknown (with a did-you-mean) already
    if (unknown?.has(`${e.keyPos.file}:${e.keyPos.offset}`)) continue;
    const path = node.path ? `${node.path}.${e.key}` : e.key;
    diags.warn('UNSUPPORTED_FIELD', `${path} is not translated and has no effect on the output`, e.keyPos, {
      help: 'vdpa-xml translates the fields listed in the README; check the real domain for this one with `virsh dumpxml`',
    });
  }
}

/**
 * The keys of one run reported as not KubeVirt's (load/unknown-fields.ts), by file and offset, so
 * the readers' "not translated" warning does not echo them. Kept per Diagnostics (one per run).
 */
const unknownKeys = new WeakMap<Diagnostics, Set<string>>();

export function markUnknownKey(diags: Diagnostics, pos: Position): void {
  let set = unknownKeys.get(diags);
  if (!set) unknownKeys.set(diags, (set = new Set()));
  set.add(`${pos.file}:${pos.offset}`);
}
