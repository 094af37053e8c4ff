// Fields KubeVirt 1.9 does not have (a typo, a field of another version): a warning with a
// did-you-mean, from the field inventory (issue 10). KubeVirt's API server drops such a field
// (or, with strict field validation, refuses the object), so the domain never depends on it.
import type { Diagnostic, Diagnostics } from '../diagnostics/diagnostics.js';
import { childPath, fieldInventory, type FieldInventory, type Schema } from '../kubevirt/field-inventory.js';
import type { YNode } from '../source/ynode.js';
import type { FieldSince } from '../kubevirt/versions.js';
import { editDistance } from './kinds.js';
import { markUnknownKey } from './untranslated.js';

const OBJECT: Record<Schema, string> = {
  vmi: 'VirtualMachineInstance spec',
  vm: 'VirtualMachine spec',
  instancetype: 'instancetype spec',
  preference: 'preference spec',
};

/** The release modelled and the VMI fields its API lacks (LauncherProfile.unknownFields). */
export interface OlderApi {
  release: string;
  fields: readonly FieldSince[];
}

/**
 * Walks `spec` (a VMI's or VM's spec, an instancetype's or preference's) and warns about each key
 * the inventory does not have. A VM's template.spec is walked as a VMI spec. A VMI field that the
 * modelled release's API does not have yet is warned and pruned, as its API server prunes it.
 */
export function reportUnknownFields(spec: YNode, schema: Schema, diags: Diagnostics, older?: OlderApi): void {
  walk(spec, schema, fieldInventory(schema), '', diags, older);
}

function walk(node: YNode, schema: Schema, inv: FieldInventory, at: string, diags: Diagnostics, older?: OlderApi): void {
  if (!node.isMap) return;
  for (const e of node.entries()) {
    const path = childPath(inv, at, e.key);
    if (path === undefined) {
      markUnknownKey(diags, e.keyPos);
      report(node, e.key, e.keyPos, schema, inv, at, diags);
      continue;
    }
    if (schema === 'vm' && path === 'template.spec') {
      walk(e.value, 'vmi', fieldInventory('vmi'), '', diags, older);
      continue;
    }
    const newer = schema === 'vmi' ? older?.fields.find((f) => f.path === path) : undefined;
    if (newer && older) {
      const where = node.path ? `${node.path}.${e.key}` : e.key;
      diags.warn('UNKNOWN_VMI_FIELD', `${where} is not a field of KubeVirt ${older.release}'s VirtualMachineInstance spec (it came in ${newer.since}, ${newer.source}): KubeVirt ${older.release} drops it, and the domain is written without it`, e.keyPos, {
        help: `remove it, or run KubeVirt ${newer.since} or later (--kubevirt-version)`,
      });
      node.prune(e.key);
      continue;
    }
    const type = inv.typeOf(path);
    if (type === 'object') walk(e.value, schema, inv, path, diags, older);
    else if (type === 'list' && e.value.isSeq) for (const item of e.value.items()) walk(item, schema, inv, path, diags, older);
  }
}

function report(node: YNode, key: string, pos: Diagnostic['pos'], schema: Schema, inv: FieldInventory, at: string, diags: Diagnostics): void {
  const fields = inv.children.get(at) ?? [];
  const near = fields
    .map((f) => ({ f, d: f.toLowerCase() === key.toLowerCase() ? 0 : editDistance(f, key) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  const where = node.path ? `${node.path}.${key}` : key;
  const shown = fields.length > 12 ? `${fields.slice(0, 12).join(', ')}, ...` : fields.join(', ');
  diags.warn('UNKNOWN_VMI_FIELD', `${where} is not a field of KubeVirt 1.9's ${OBJECT[schema]}: KubeVirt drops it`, pos, {
    help: near ? `did you mean ${near.f}?` : fields.length ? `the fields here are ${shown}` : 'this field takes no fields of its own',
  });
}

/**
 * Where a reader made an unknown key an error (a volume source it does not know would lose its
 * disk), the error says it all: the unknown-field warning of the same key is dropped.
 */
export function dropEchoes(diags: Diagnostics, from: number): void {
  const key = (d: Diagnostic): string => `${d.pos!.file}:${d.pos!.offset}`;
  const readerErrors = new Set(diags.list.slice(from).filter((d) => d.code === 'UNSUPPORTED_FIELD' && d.severity === 'error' && d.pos).map(key));
  if (readerErrors.size === 0) return;
  for (let i = diags.list.length - 1; i >= from; i--) {
    const d = diags.list[i]!;
    if (d.code === 'UNKNOWN_VMI_FIELD' && d.pos && readerErrors.has(key(d))) diags.list.splice(i, 1);
  }
}
