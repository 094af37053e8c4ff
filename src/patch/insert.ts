import type { InterfaceDecision } from '../build/index.js';
import { hookInterface } from '../build/index.js';
import type { DeviceEdit, DeviceInfo, DomainDocument, EditError } from '../xml/document.js';
import { deviceWriters, serializeFragment } from '../xml/serialize.js';

/** What was done to one interface of the binding, for the log and for `patch`'s report. */
export interface InterfaceChange {
  name: string;
  alias: string;
  action: 'inserted' | 'replaced';
  source: string;
  /** undefined: no MAC written (libvirt picks one) */
  mac?: string;
}

/**
 * vmi-order: vdpa-xml's sidecar (below). append: kubevirt/vdpa-network-binding-plugin
 * (VdpaNetworkConfigurator.Mutate), which appends each NIC after every interface there, in the
 * order it is given (spec.networks'), for the conformance runner to drive that plugin too.
 */
export type Placement = 'vmi-order' | 'append';

export type InsertResult = { doc: DomainDocument; changes: InterfaceChange[] } | { error: EditError; name: string };

/**
 * Writes the vdpa-xml sidecar's <interface> for each decision into a real domain, with the rule
 * the model's hook follows (src/build/hook-interfaces.ts vdpaHook, vdpa-xml branch), so that the
 * domain libvirt defines is the one `render --vdpa-sidecar vdpa-xml` predicts:
 * - an interface whose alias is there already is replaced where it stands (the launcher calls
 *   the hook on every define; the second define's domain may still hold the first's NIC);
 * - else it goes after the last <interface> whose alias is that of an interface before it in the
 *   VMI, so the guest sees the VMI's order;
 * - else before the first <interface>: the launcher's placeholders (first define of KubeVirt 1.5+
 *   NIC hotplug, nichotplug.go) have no alias and stay after it;
 * - else (no interface at all) where libvirt writes interfaces (DomainDocument.insertDevice).
 * Every byte outside the inserted or replaced elements is left as it was.
 */
export function insertInterfaces(
  holder: { doc?: DomainDocument },
  decisions: readonly InterfaceDecision[],
  hooked: readonly InterfaceDecision[],
  placement: Placement = 'vmi-order',
): InsertResult {
  const vmiIndex = new Map(decisions.map((d, i) => [`ua-${d.name}`, i]));
  // taken from the holder so that the superseded document can be collected while the result is
  // parsed: under the sidecar's 32 MiB heap two trees of a large domain at once is the limit
  let doc = holder.doc!;
  holder.doc = undefined;
  const changes: InterfaceChange[] = [];
  let rest = [...hooked];
  while (rest.length) {
    // every edit is placed against this one parse and applied at once (editDevices): one parse of
    // the result per call instead of one per interface, the sidecar's main cost on a large domain
    const devices = doc.devices();
    const edits: DeviceEdit[] = [];
    const batch: InterfaceChange[] = [];
    let last: Anchor | undefined;
    let taken = 0;
    for (const d of rest) {
      const iface = hookInterface(d);
      const alias = iface.alias!;
      const fragment = serializeFragment((p) => deviceWriters.interface(p, iface));
      const change: InterfaceChange = { name: d.name, alias, action: 'replaced', source: iface.sourceDev ?? '', ...(iface.mac ? { mac: iface.mac } : {}) };
      const same = devices.filter((x) => x.alias === alias);
      if (same.length > 1) {
        const r = doc.replaceDevice(alias, fragment); // says which lines hold the alias
        return { error: 'error' in r ? r.error : { code: 'ALIAS_AMBIGUOUS', message: `two devices have the alias '${alias}'` }, name: d.name };
      }
      if (same.length === 1) {
        edits.push({ replace: same[0]!, fragment });
        batch.push(change);
        taken++;
        continue;
      }
      const anchor = placeNew(devices, vmiIndex.get(alias)!, vmiIndex, last, placement);
      if (!anchor) {
        // no interface to stand beside: the first goes where libvirt writes interfaces, alone
        if (edits.length === 0) {
          const r = doc.insertDevice(fragment);
          if ('error' in r) return { error: r.error, name: d.name };
          doc = r.doc;
          changes.push({ ...change, action: 'inserted' });
          taken++;
        }
        break;
      }
      edits.push({ ...anchor.anchor, fragment });
      last = anchor;
      batch.push({ ...change, action: 'inserted' });
      taken++;
    }
    if (edits.length) {
      const r = doc.editDevices(edits);
      if ('error' in r) return { error: r.error, name: rest[0]!.name };
      doc = r.doc;
      changes.push(...batch);
    }
    rest = rest.slice(taken);
  }
  return { doc, changes };
}

type Anchor = { anchor: { after: DeviceInfo } | { before: DeviceInfo }; key: number };

/**
 * Where a new interface goes, among the document's devices and those this batch inserted before
 * it (each after the previous one in document order, so the last of them is the latest): after
 * the last interface of an earlier VMI interface, else before the first interface (vmi-order); after
 * the last interface (append). Undefined when the domain has no interface at all.
 */
function placeNew(devices: readonly DeviceInfo[], mine: number, vmiIndex: ReadonlyMap<string, number>, last: Anchor | undefined, placement: Placement): Anchor | undefined {
  const interfaces = devices.filter((x) => x.name === 'interface');
  const tail = interfaces[interfaces.length - 1];
  if (placement === 'append') return last ?? (tail ? { anchor: { after: tail }, key: tail.node.end } : undefined);
  let earlier: DeviceInfo | undefined;
  for (const x of interfaces) {
    const idx = x.alias !== undefined ? vmiIndex.get(x.alias) : undefined;
    if (idx !== undefined && idx < mine) earlier = x;
  }
  if (last && (!earlier || last.key >= earlier.node.end)) return last;
  if (earlier) return { anchor: { after: earlier }, key: earlier.node.end };
  const first = interfaces[0];
  return first ? { anchor: { before: first }, key: first.node.start } : undefined;
}
