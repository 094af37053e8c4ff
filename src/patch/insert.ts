import type { InterfaceDecision } from '../build/index.js';
import { hookInterface } from '../build/index.js';
import type { DomainDocument, EditError } from '../xml/document.js';
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
  // taken from the holder so that each superseded document can be collected: every edit parses
  // the whole domain again, and under the sidecar's 32 MiB heap two trees of a large domain at
  // once is the limit (docs/sidecar-server.md)
  let doc = holder.doc!;
  holder.doc = undefined;
  const changes: InterfaceChange[] = [];
  for (const d of hooked) {
    const iface = hookInterface(d);
    const alias = iface.alias!;
    const fragment = serializeFragment((p) => deviceWriters.interface(p, iface));
    const replacing = doc.devices().some((x) => x.alias === alias);
    let r;
    if (replacing) r = doc.replaceDevice(alias, fragment);
    else {
      const mine = vmiIndex.get(alias)!;
      const earlier = (x: { name: string; alias: string | undefined }): boolean => {
        const idx = x.name === 'interface' && x.alias !== undefined ? vmiIndex.get(x.alias) : undefined;
        return idx !== undefined && idx < mine;
      };
      const devices = doc.devices();
      if (placement === 'append') r = doc.insertDevice(fragment);
      else if (devices.some(earlier)) r = doc.insertDevice(fragment, { after: earlier });
      else if (devices.some((x) => x.name === 'interface')) r = doc.insertDevice(fragment, { before: (x) => x.name === 'interface' });
      else r = doc.insertDevice(fragment);
    }
    if ('error' in r) return { error: r.error, name: d.name };
    doc = r.doc;
    changes.push({ name: d.name, alias, action: replacing ? 'replaced' : 'inserted', source: iface.sourceDev ?? '', ...(iface.mac ? { mac: iface.mac } : {}) });
  }
  return { doc, changes };
}
