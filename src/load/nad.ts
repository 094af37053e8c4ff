import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { KubeObject } from '../source/documents.js';
import { parseJsonText } from '../source/json-text.js';
import { expectMap, readString, type Located } from '../source/ynode.js';

/** The device-plugin resource a NAD asks for (facts.md §4). */
export const RESOURCE_NAME_ANNOTATION = 'k8s.v1.cni.cncf.io/resourceName';

/** A Multus NetworkAttachmentDefinition, as far as device resolution needs it. */
export interface Nad {
  name: string;
  /** undefined when the file did not say: it then lives in the VMI's namespace */
  namespace?: string;
  pos: Position;
  resourceName?: Located<string>;
  /** the CNI type from spec.config, for explain output; undefined when absent or unparsable */
  cniType?: string;
}

export function readNad(obj: KubeObject, diags: Diagnostics): Nad | undefined {
  const meta = expectMap(obj.root.get('metadata'), diags);
  const nameNode = meta?.get('name');
  const name = readString(nameNode, diags);
  if (name === undefined) {
    diags.error('MISSING_FIELD', 'the NetworkAttachmentDefinition has no metadata.name', (meta ?? obj.root).pos, {
      help: 'networks name NADs by <namespace>/<name>: add metadata.name',
    });
    return undefined;
  }
  const nad: Nad = { name, pos: nameNode?.pos ?? obj.root.pos };
  const ns = readString(meta?.get('namespace'), diags);
  if (ns !== undefined) nad.namespace = ns;
  const annotations = expectMap(meta?.get('annotations'), diags);
  const rn = annotations?.get(RESOURCE_NAME_ANNOTATION);
  const resource = readString(rn, diags);
  if (resource !== undefined && rn) nad.resourceName = { value: resource.trim(), pos: rn.pos };
  const config = readString(expectMap(obj.root.get('spec'), diags)?.get('config'), diags);
  // spec.config is opaque to the translation; explain shows the CNI type only when it parses
  const parsed = config !== undefined ? parseJsonText(config) : undefined;
  if (parsed?.ok && parsed.value && typeof parsed.value === 'object' && typeof (parsed.value as { type?: unknown }).type === 'string') {
    nad.cniType = (parsed.value as { type: string }).type;
  }
  return nad;
}
