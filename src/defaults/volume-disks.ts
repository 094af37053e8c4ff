import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { VmContext } from '../model/context.js';
import type { Vmi } from '../model/vmi.js';
import { input } from '../options.js';

/**
 * KubeVirt 1.9 util.SetDefaultVolumeDisk: every volume that no disk or filesystem names gets a
 * disk of its name, appended in volume order (a `disk` device; its bus is defaulted later).
 */
export function defaultVolumeDisks(vmi: Vmi): void {
  const named = new Set([...vmi.disks.map((d) => d.name), ...(vmi.filesystemNames ?? [])]);
  for (const vol of vmi.volumes) {
    if (named.has(vol.name)) continue;
    named.add(vol.name);
    vmi.disks.push({ name: vol.name, namePos: vol.namePos, pos: vol.pos, device: 'disk', readonly: false, defaulted: true });
  }
}

/**
 * Whether each persistentVolumeClaim / dataVolume volume is a block device: virt-handler hands the
 * converter IsBlockPVC / IsBlockDV from the claim's volumeMode. The claim comes from a
 * dataVolumeTemplate of the VM or a PVC / DataVolume of the inputs; without one it is Filesystem,
 * Kubernetes' default volumeMode.
 */
export function resolveClaims(vmi: Vmi, ctx: VmContext, diags: Diagnostics): void {
  for (const vol of vmi.volumes) {
    if (!vol.claimName) continue;
    const name = vol.claimName.value;
    const dvt = vol.kind === 'dataVolume' ? vmi.dataVolumeTemplates?.find((t) => t.name === name) : undefined;
    const mine = (kind: string): boolean | undefined => ctx.claims.find((c) => c.kind === kind && c.name === name && c.namespace === vmi.namespace)?.block;
    // the PVC is what virt-handler looks at; then the DataVolume, then the VM's template of it
    const block = mine('PersistentVolumeClaim') ?? mine('DataVolume') ?? dvt?.block;
    if (block) vol.block = true;
    else if (block === undefined && dvt) {
      diags.warn('MISSING_INPUT', `volume '${vol.name}': dataVolumeTemplate '${name}' sets no volumeMode, so the StorageProfile picks Filesystem or Block; rendered as Filesystem`, vol.claimName.pos, {
        help: `pass the claim with ${input('file')} (kubectl get pvc ${name} -n ${vmi.namespace} -o yaml), or set spec.storage.volumeMode in the template`,
      });
    }
  }
  // KubeVirt's admitter: a lun needs a block device under it (libvirt: "disk device='lun' is only valid for block type disk source")
  for (const d of vmi.disks) {
    if (d.device !== 'lun') continue;
    const vol = vmi.volumes.find((v) => v.name === d.name);
    if (!vol?.kind || vol.block) continue;
    diags.error('INVALID_VALUE', `lun '${d.name}' sits on volume '${vol.name}', which is not a block device`, d.pos, {
      help: vol.claimName
        ? `a lun needs a claim in volumeMode Block: pass its PersistentVolumeClaim or DataVolume with ${input('file')} (kubectl get pvc ${vol.claimName.value} -o yaml)`
        : 'a lun needs a persistentVolumeClaim or dataVolume in volumeMode Block; use disk: {} for other volumes',
    });
  }
}
