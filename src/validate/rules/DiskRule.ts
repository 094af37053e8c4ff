import type { RuleContext } from '../context.js';

/**
 * DiskRule: each disk has a volume of the same name; it is a disk or cdrom on bus virtio, sata or
 * scsi (what vdpa-xml translates), or a lun on scsi; a cdrom is not on virtio (QEMU has no virtio
 * cdrom; KubeVirt rejects it); a downwardMetrics volume is a virtio disk; a shareable disk has
 * cache none or none written.
 */
export function DiskRule(ctx: RuleContext): void {
  const volumes = new Set(ctx.vmi.volumes.map((v) => v.name));
  for (const disk of ctx.vmi.disks) {
    if (disk.name !== '' && !volumes.has(disk.name)) {
      ctx.diags.error('DISK_WITHOUT_VOLUME', `disk '${disk.name}' has no volume named '${disk.name}'`, disk.namePos, {
        help: `add a volume named '${disk.name}' under spec.volumes, or fix the name`,
      });
    }
    if (disk.device === 'lun') {
      // libvirt passes a lun through as SCSI: only on a scsi bus (KubeVirt's default bus is sata)
      if (disk.bus?.value !== 'scsi') {
        ctx.diags.error('INVALID_VALUE', `lun '${disk.name}' is on bus ${disk.bus?.value ?? 'sata (the default)'}, but a lun passes SCSI commands through`, disk.bus?.pos ?? disk.namePos, {
          help: 'write lun: {bus: scsi}',
        });
      }
      continue;
    }
    const vol = ctx.vmi.volumes.find((v) => v.name === disk.name);
    // vmi-create-admitter.go: DownwardMetrics volume must be mapped to a disk on bus virtio
    if (vol?.kind === 'downwardMetrics' && (disk.device !== 'disk' || disk.bus?.value !== 'virtio')) {
      const at = disk.device !== 'disk' ? 'disk is not set' : `bus is ${disk.bus?.value ?? 'sata (the default)'}`;
      ctx.diags.error('INVALID_VALUE', `DownwardMetrics volume '${vol.name}' must be mapped to a disk on bus virtio, but its ${at}`, disk.bus?.pos ?? disk.namePos, {
        help: `add a disk: {name: ${vol.name}, disk: {bus: virtio}}`,
      });
    }
    // converter.go Convert_v1_Disk_To_api_Disk: a shareable disk gets cache none when it names no
    // cache, and with another the converter fails ("a sharable disk requires cache = none"), so
    // virt-launcher defines nothing (no webhook rule stops it earlier)
    if (disk.device === 'disk' && disk.cache && disk.cache !== 'none' && ctx.vmi.domainSpec.diskOptions.get(disk.name)?.shareable) {
      ctx.diags.error('INVALID_VALUE', `disk '${disk.name}' is shareable with cache ${disk.cache}, which KubeVirt's converter refuses ("a sharable disk requires cache = none"): the VMI does not start`, disk.cachePos ?? disk.namePos, {
        help: 'write cache: none, or leave cache out (a shareable disk then gets none)',
      });
    }
    // libvirt: "readonly sata disks are not supported" (a cdrom is read-only by nature and fine)
    if (disk.device === 'disk' && disk.readonly && (disk.bus?.value ?? 'sata') === 'sata') {
      ctx.diags.error('INVALID_VALUE', `disk '${disk.name}' is read-only on bus sata, which libvirt refuses`, disk.bus?.pos ?? disk.namePos, {
        help: 'put a read-only disk on bus virtio or scsi, or make it a cdrom',
      });
    }
    const bus = disk.bus;
    if (!bus) continue;
    if (!['virtio', 'sata', 'scsi'].includes(bus.value)) {
      ctx.diags.error(bus.value === 'usb' ? 'UNSUPPORTED_FIELD' : 'INVALID_VALUE', `disk '${disk.name}' has bus '${bus.value}', which vdpa-xml does not translate`, bus.pos, {
        help: 'use bus virtio, sata or scsi',
      });
    } else if (disk.device === 'cdrom' && bus.value === 'virtio') {
      // libvirt 9.0: "disk type of 'vdX' does not support ejectable media"
      if (disk.busFromArch) {
        ctx.diags.error('INVALID_VALUE', `cdrom '${disk.name}' has no bus, so KubeVirt puts it on virtio (its default on ${ctx.vmi.architecture?.value}), which libvirt refuses for a cdrom ("does not support ejectable media")`, disk.pos, {
          help: 'write cdrom: {bus: scsi}',
        });
      } else ctx.diags.error('INVALID_VALUE', `cdrom '${disk.name}' cannot use bus virtio`, bus.pos, { help: 'use bus sata or scsi for a cdrom' });
    }
  }
}
