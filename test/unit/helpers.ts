import type { Diagnostic, Position } from '../../src/diagnostics/diagnostics.js';
import { makeSource, type Source } from '../../src/source/source.js';

export function source(name: string, text: string): Source {
  return makeSource(name, text);
}

/** A position as a compiler prints it, for whole-value assertions. */
export function at(p: Position | undefined): string {
  return p ? `${p.file}:${p.line}:${p.col}` : '-';
}

/** Diagnostics as one line each: severity, code, place, message. */
export function summary(list: readonly Diagnostic[]): string[] {
  return list.map((d) => `${d.severity} ${d.code} ${at(d.pos)} ${d.message}`);
}

/** Replaces every Position inside a value by its file:line:col text. */
export function located<T>(v: T): unknown {
  if (Array.isArray(v)) return v.map(located);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, located(x)]));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.file === 'string' && typeof o.line === 'number' && typeof o.col === 'number') return at(o as unknown as Position);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, located(x)]));
  }
  return v;
}

import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { parseObjects } from '../../src/source/documents.js';
import { readVmi } from '../../src/load/vmi.js';
import type { Vmi } from '../../src/model/vmi.js';

/** A VMI with the given interfaces (name: binding) on Multus networks (name: networkName), after a pod network. */
export function vmiWith(nets: Record<string, { binding: string; networkName: string }>): Vmi {
  const ifaces = Object.entries(nets).map(([n, x]) => `      - name: ${n}\n        ${x.binding}: {}\n`).join('');
  const networks = Object.entries(nets).map(([n, x]) => `  - name: ${n}\n    multus:\n      networkName: ${x.networkName}\n`).join('');
  const text =
    'apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: v\n  namespace: default\nspec:\n  domain:\n    memory:\n      guest: 1Gi\n    devices:\n' +
    `      interfaces:\n      - name: default\n        masquerade: {}\n${ifaces}  networks:\n  - name: default\n    pod: {}\n${networks}`;
  const diags = new Diagnostics();
  const vmi = readVmi(parseObjects(source('vmi.yaml', text), diags)[0]!, diags);
  if (!vmi || diags.list.length) throw new Error(`bad test VMI: ${summary(diags.list).join('; ')}`);
  return vmi;
}
