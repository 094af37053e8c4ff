import { parseJsonText } from '../source/json-text.js';
import { makeSource, positionAt, type Source } from '../source/source.js';

/**
 * The VMI as virt-launcher sends it: json.Marshal of the v1.VirtualMachineInstance it was given
 * (KubeVirt virtwrap manager.go, hooks.OnDefineDomain), status included. An object from a typed
 * client-go cache has an empty TypeMeta, so kind and apiVersion may be missing; the loader needs
 * a kind, so it is added in front, and positions still point into the bytes that came (every
 * added character maps to the opening brace).
 */
export function vmiSource(name: string, text: string): { src: Source } | { error: string } {
  // vdpa-xml's own words and offset, not V8's message (Node 22 words it differently: README, "Speed")
  const json = parseJsonText(text);
  if (!json.ok) {
    const where = positionAt(makeSource(name, text), json.offset);
    return { error: `${name}:${where.line}:${where.col}: the VMI is not JSON (virt-launcher sends json.Marshal of the VMI): ${json.message}` };
  }
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `${name}: the VMI is JSON but not an object (it is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`})` };
  }
  if ('kind' in value) return { src: makeSource(name, text) };
  const brace = text.indexOf('{');
  const fields = ['"kind":"VirtualMachineInstance"', ...('apiVersion' in value ? [] : ['"apiVersion":"kubevirt.io/v1"'])].join(',');
  const added = fields + (/^\s*\}/.test(text.slice(brace + 1)) ? '' : ',');
  const inner = makeSource(name, text.slice(0, brace + 1) + added + text.slice(brace + 1));
  const offsets = new Uint32Array(inner.text.length + 1);
  for (let i = 0; i < offsets.length; i++) offsets[i] = i <= brace ? i : i <= brace + added.length ? brace : i - added.length;
  inner.origin = { src: makeSource(name, text), offsets };
  return { src: inner };
}
