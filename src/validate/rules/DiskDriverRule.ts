import type { RuleContext } from '../context.js';

// KubeVirt's webhook on every disk (pkg/storage/admitters/disks.go ValidateDisks, 1.5's
// vmi-create-admitter.go the same): the values the disk's <driver> takes, and a dedicated IOThread
// only on bus virtio ("not supported in libvirt"). The API server refuses a VMI that breaks one, so
// vdpa-xml writes no domain for it.
const CACHE = ['none', 'writethrough', 'writeback'];
const IO = ['native', 'threads'];
const ERROR_POLICY = ['stop', 'ignore', 'report', 'enospace'];

const oneOf = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * DiskDriverRule: a disk's cache is none, writethrough or writeback (validateCacheMode), its io
 * native or threads (validateIOMode), its errorPolicy stop, ignore, report or enospace
 * (validateErrorPolicy), and dedicatedIOThread is only on a virtio disk (validateBusSupport).
 */
export function DiskDriverRule(ctx: RuleContext): void {
  for (const disk of ctx.vmi.disks) {
    const o = ctx.vmi.domainSpec.diskOptions.get(disk.name);
    const at = disk.cachePos ?? disk.namePos;
    if (disk.cache && !CACHE.includes(disk.cache)) {
      ctx.diags.error('INVALID_VALUE', `cache '${disk.cache}' of disk '${disk.name}' is not a cache mode KubeVirt takes`, at, { help: `use one of ${oneOf(CACHE)}, or leave cache out` });
    }
    if (o?.io && !IO.includes(o.io)) {
      ctx.diags.error('INVALID_VALUE', `io '${o.io}' of disk '${disk.name}' is not an IO mode KubeVirt takes`, o.pos?.io ?? disk.namePos, { help: `use ${oneOf(IO)}, or leave io out` });
    }
    if (o?.errorPolicy && !ERROR_POLICY.includes(o.errorPolicy)) {
      ctx.diags.error('INVALID_VALUE', `errorPolicy '${o.errorPolicy}' of disk '${disk.name}' is not an error policy KubeVirt takes`, o.pos?.errorPolicy ?? disk.namePos, {
        help: `use one of ${oneOf(ERROR_POLICY)}, or leave errorPolicy out (stop)`,
      });
    }
    // the bus as the webhook sees it, after the defaulting (sata on amd64 when none is written)
    const bus = disk.bus?.value ?? 'sata';
    if (o?.dedicatedIOThread && bus !== 'virtio') {
      ctx.diags.error('INVALID_VALUE', `disk '${disk.name}' asks for a dedicated IOThread on bus ${disk.bus ? bus : 'sata (the default)'}: KubeVirt takes IOThreads only for disks on bus virtio`, o.pos?.dedicatedIOThread ?? disk.namePos, {
        help: 'put the disk on bus virtio, or remove dedicatedIOThread',
      });
    }
  }
}
