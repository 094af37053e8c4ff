import type { InterfaceDecision } from '../build/index.js';
import { hookInterface, hookSpot, type HookPlacement } from '../build/index.js';
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
export type Placement = HookPlacement;

export type InsertResult = { doc: DomainDocument; changes: InterfaceChange[] } | { error: EditError; name: string };

/**
 * An interface of the domain as this call's edits leave it: one the document has, or one an
 * earlier edit of the batch puts next to one the document has (and where).
 */
type Slot = { alias: string | undefined } & ({ device: DeviceInfo } | { anchor: { after: DeviceInfo } | { before: DeviceInfo } });

/**
 * Writes the vdpa-xml sidecar's <interface> for each decision into a real domain, where the
 * model's hook puts it (hookSpot, src/build/hook-interfaces.ts, the one rule both follow), so that
 * the domain libvirt defines is the one `render --vdpa-sidecar vdpa-xml` predicts. Without any
 * interface in the domain, the first goes where libvirt writes interfaces
 * (DomainDocument.insertDevice). Every byte outside the inserted or replaced elements is left as it was.
 */
export function insertInterfaces(
  holder: { doc?: DomainDocument },
  decisions: readonly InterfaceDecision[],
  hooked: readonly InterfaceDecision[],
  placement: Placement = 'vmi-order',
): InsertResult {
  const vmiIndex = new Map(decisions.map((d, i) => [`ua-${d.name}`, i]));
  // taken from the holder so that the superseded document can be collected while the result is
  // parsed: under the sidecar's heap cap two trees of a large domain at once is the limit
  let doc = holder.doc!;
  holder.doc = undefined;
  const changes: InterfaceChange[] = [];
  let rest = [...hooked];
  while (rest.length) {
    // every edit is placed against this one parse and applied at once (editDevices): the
    // result is not parsed again unless read, the sidecar's main cost on a large domain
    const devices = doc.devices();
    const slots: Slot[] = devices.filter((x) => x.name === 'interface').map((device) => ({ alias: device.alias, device }));
    const edits: DeviceEdit[] = [];
    const batch: InterfaceChange[] = [];
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
      const spot = hookSpot(slots.map((x) => x.alias), alias, vmiIndex, placement);
      if ('none' in spot) {
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
      // 'replace' cannot be: the alias is on no device, and the batch's own aliases are distinct
      const at = 'after' in spot ? spot.after : 'before' in spot ? spot.before : -1;
      const next = slots[at]!;
      // beside a slot of this batch is where that one went (edits at one place keep their order)
      const anchor = 'device' in next ? ('after' in spot ? { after: next.device } : { before: next.device }) : next.anchor;
      edits.push({ ...anchor, fragment });
      slots.splice('after' in spot ? at + 1 : at, 0, { alias, anchor });
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
