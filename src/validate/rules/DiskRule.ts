import type { RuleContext } from '../context.js';

/**
 * DiskRule: each disk has a volume of the same name; it is a disk or cdrom on bus virtio, sata or
 * scsi (what vdpa-xml translates); a cdrom is not on virtio (QEMU has no virtio cdrom; KubeVirt rejects it).
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
      ctx.diags.error('UNSUPPORTED_FIELD', `disk '${disk.name}' is a lun, which vdpa-xml does not translate`, disk.pos, {
        help: 'use disk or cdrom; a lun needs a block-mode volume on a scsi bus',
      });
      continue;
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
      ctx.diags.error('INVALID_VALUE', `cdrom '${disk.name}' cannot use bus virtio`, bus.pos, { help: 'use bus sata or scsi for a cdrom' });
    }
  }
}
