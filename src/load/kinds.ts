import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { input } from '../options.js';
import type { KubeObject } from '../source/documents.js';
import type { Source } from '../source/source.js';

export const VMI_KINDS = new Set(['VirtualMachineInstance', 'VirtualMachine']);
export const NAD_KIND = 'NetworkAttachmentDefinition';
/** Objects a VM's template is completed from (instancetypes, preferences) or its disks depend on (claims). */
export const CONTEXT_KINDS = new Set([
  'VirtualMachineInstancetype', 'VirtualMachineClusterInstancetype', 'VirtualMachinePreference', 'VirtualMachineClusterPreference',
  'PersistentVolumeClaim', 'DataVolume', 'DataSource', 'VolumeSnapshot',
]);

/** The objects of the VMI stream, the NAD files and the context files, sorted by kind; other kinds are reported. */
export interface SortedObjects {
  vmis: KubeObject[];
  nads: KubeObject[];
  context: KubeObject[];
}

/**
 * Sorts the VMI stream (which may hold NADs too) and the NAD files by kind. A document without a
 * kind is an error; one of another kind is ignored with a warning.
 */
export function sortByKind(
  main: readonly KubeObject[],
  nadFiles: readonly (readonly KubeObject[])[],
  diags: Diagnostics,
  contextFiles: readonly (readonly KubeObject[])[] = [],
): SortedObjects {
  const vmis = main.filter((o) => VMI_KINDS.has(o.kind));
  const nads = main.filter((o) => o.kind === NAD_KIND);
  const context = main.filter((o) => CONTEXT_KINDS.has(o.kind));
  warnOtherKinds(main.filter((o) => !VMI_KINDS.has(o.kind) && o.kind !== NAD_KIND && !CONTEXT_KINDS.has(o.kind)), 'the VMI input', diags);
  for (const objs of nadFiles) {
    nads.push(...objs.filter((o) => o.kind === NAD_KIND));
    warnOtherKinds(objs.filter((o) => o.kind !== NAD_KIND), input('nad'), diags);
  }
  for (const objs of contextFiles) {
    nads.push(...objs.filter((o) => o.kind === NAD_KIND));
    context.push(...objs.filter((o) => CONTEXT_KINDS.has(o.kind)));
    warnOtherKinds(objs.filter((o) => o.kind !== NAD_KIND && !CONTEXT_KINDS.has(o.kind)), input('file'), diags);
  }
  return { vmis, nads, context };
}

/** The one VMI to translate: none is an error at the first document's kind, a second one too. */
export function theVmi(main: Source, objects: readonly KubeObject[], vmis: readonly KubeObject[], diags: Diagnostics): KubeObject | undefined {
  if (vmis.length === 0) {
    if (!diags.hasErrors) reportNoVmi(main, objects, diags);
    return undefined;
  }
  for (const extra of vmis.slice(1)) {
    diags.error('MULTIPLE_VMI', `a second ${extra.kind} in the input`, extra.root.pos, {
      help: 'render one VMI at a time: split the stream or pass the one you mean',
      related: [{ message: `first ${vmis[0]!.kind} is here`, pos: vmis[0]!.root.pos }],
    });
  }
  return vmis[0];
}

function warnOtherKinds(objs: readonly KubeObject[], where: string, diags: Diagnostics): void {
  for (const o of objs) {
    if (o.kind === '') {
      diags.error('MISSING_FIELD', `${where}: this document has no kind`, o.root.pos, {
        help: 'every Kubernetes object says what it is: add kind: VirtualMachineInstance (or VirtualMachine, NetworkAttachmentDefinition)',
      });
      continue;
    }
    diags.warn('UNKNOWN_KIND', `${where}: a document of kind '${o.kind || '(none)'}' is ignored`, o.root.pos, {
      help: `vdpa-xml reads VirtualMachineInstance, VirtualMachine and NetworkAttachmentDefinition objects, and as context ${[...CONTEXT_KINDS].join(', ')}`,
    });
  }
}

/** Kinds that hold a VM or VMI template (KubeVirt 1.9): what to render instead. */
const TEMPLATE_HOLDERS: Record<string, string> = {
  VirtualMachinePool: 'render one of its VMs (kubectl get vm -l <pool selector> -o yaml), or its spec.virtualMachineTemplate as a VirtualMachine',
  VirtualMachineInstanceReplicaSet: 'render one of its VMIs (kubectl get vmi <name> -o yaml), or its spec.template as a VirtualMachineInstance',
  VirtualMachineInstancePreset: 'presets are deprecated and only merged into VMIs by virt-api: render the VMI (kubectl get vmi <name> -o yaml)',
  VirtualMachineInstancetype: `it sizes a VirtualMachine: pass it with ${input('file')} next to the VM that names it`,
  VirtualMachineClusterInstancetype: `it sizes a VirtualMachine: pass it with ${input('file')} next to the VM that names it`,
  VirtualMachinePreference: `it shapes a VirtualMachine: pass it with ${input('file')} next to the VM that names it`,
  VirtualMachineClusterPreference: `it shapes a VirtualMachine: pass it with ${input('file')} next to the VM that names it`,
};

/** No VMI: point at the first document's kind, and suggest the kind it probably meant. */
function reportNoVmi(main: Source, objects: readonly KubeObject[], diags: Diagnostics): void {
  const first = objects[0];
  const pos = first ? (first.root.get('kind')?.pos ?? first.root.pos) : { file: main.name, line: 1, col: 1, offset: 0 };
  const near = first ? [...VMI_KINDS].find((k) => k.toLowerCase() === first.kind.toLowerCase() || editDistance(k, first.kind) <= 2) : undefined;
  const holder = first ? TEMPLATE_HOLDERS[first.kind] : undefined;
  diags.error('NO_VMI', `no VirtualMachineInstance or VirtualMachine in ${main.name}`, pos, {
    help: near
      ? `did you mean kind: ${near}?`
      : holder
        ? `a ${first!.kind} is not rendered itself: ${holder}`
        : `pass a VMI or VM (kubectl get vmi <name> -o yaml); found ${objects.length ? 'kinds ' + objects.map((o) => o.kind).join(', ') : 'no objects'}`,
  });
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
