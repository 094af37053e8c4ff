import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { ReservedOverhead } from '../model/vmi.js';
import { expectMap, located, readString, type YNode } from '../source/ynode.js';
import { warnUntranslated } from './untranslated.js';

/**
 * spec.domain.memory.reservedOverhead (KubeVirt 1.8+, feature gate ReservedOverheadMemlock):
 * memLock Required makes virt-handler raise the launcher's memlock limit, which a vDPA NIC needs;
 * addedOverhead grows the pod's memory. Neither is in the domain XML.
 */
export function readReservedOverhead(domain: YNode, diags: Diagnostics): ReservedOverhead | undefined {
  const node = expectMap(domain.at('memory', 'reservedOverhead'), diags);
  if (!node) return undefined;
  warnUntranslated(node, ['memLock', 'addedOverhead'], diags);
  const out: ReservedOverhead = { pos: node.pos };
  const memLock = located(readString(node.get('memLock'), diags), node.get('memLock'));
  if (memLock) out.memLock = memLock;
  const added = node.get('addedOverhead');
  const addedText = located(typeof added?.scalar === 'number' ? (added.sourceText ?? String(added.scalar)) : readString(added, diags), added);
  if (addedText) out.addedOverhead = addedText;
  return out;
}
