import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { archOf, archTraits, type KubevirtArch } from '../kubevirt/arch.js';
import type { KubevirtConfig } from '../load/kubevirt-cr.js';
import type { Vmi } from '../model/vmi.js';
import type { Options } from '../options.js';
import { maxSockets } from './cpu-memory.js';

// KubeVirt's webhook bounds sockets, cores and threads only by uint32, and the converter writes an
// element per vCPU (the hotplug layout's <vcpus>, a <vcpupin> each with dedicated CPUs): a VMI of
// a billion vCPUs would make the launcher, and vdpa-xml, build a billion elements. No launcher
// starts it: libvirt refuses a domain with more vCPUs than its machine type takes (qemuValidateDomainDef:
// "Maximum CPUs greater than specified machine type limit"). These are the most any QEMU machine of the
// architecture takes, in any version: q35's 4096 (QEMU 9.0 and later), the arm64 virt machine's
// 512, s390-ccw-virtio's 248. Below them vdpa-xml claims nothing, though older QEMU takes fewer on
// amd64: Debian's QEMU 7.2 answers `-smp 5000` with 288 for pc-q35-7.2, 255 for pc-i440fx-7.2,
// 512 for virt-7.2 and 248 for s390-ccw-virtio-7.2 (verified).
export const MAX_VCPUS: Readonly<Record<KubevirtArch, number>> = { amd64: 4096, arm64: 512, s390x: 248 };

/**
 * The vCPUs the converter's domain has (with the hotplug layout, maxSockets x cores x threads),
 * reported when no launcher could start them; false when so, and the domain is not built further.
 */
export function vcpusWithinLimits(vmi: Vmi, opts: Options, diags: Diagnostics, cluster?: KubevirtConfig): boolean {
  const perSocket = vmi.cores * vmi.threads;
  const requested = vmi.sockets * perSocket;
  const max = archTraits(vmi).cpuHotplug ? maxSockets(vmi, opts, cluster) : 0;
  const total = Math.max(requested, max * perSocket);
  const arch = archOf(vmi);
  const limit = MAX_VCPUS[arch];
  if (total <= limit) return true;
  const cpu = vmi.domainSpec.cpu;
  const how =
    requested > limit
      ? `sockets ${vmi.sockets} x cores ${vmi.cores} x threads ${vmi.threads} = ${requested} vCPUs`
      : `the vCPU hotplug layout has maxSockets ${max} x cores ${vmi.cores} x threads ${vmi.threads} = ${total} vCPUs` +
        (cpu.maxSockets ? '' : cluster?.liveUpdate.maxCpuSockets ? " (maxSockets from the KubeVirt CR's liveUpdateConfiguration.maxCpuSockets)" : '');
  // at the factor that makes it: maxSockets for the layout, else the largest of the three written
  const at = cpu.countPos ?? {};
  const factors = (['sockets', 'cores', 'threads'] as const).filter((k) => at[k]).sort((a, b) => vmi[b] - vmi[a]);
  const where = requested > limit ? (factors[0] && at[factors[0]]) : (at.maxSockets ?? (factors[0] && at[factors[0]]));
  diags.error(
    'COUNT_TOO_LARGE',
    `spec.domain.cpu: ${how}, more than any QEMU machine for ${arch} takes (${limit}): libvirt refuses the domain, so the VMI does not start`,
    where || cpu.pos || vmi.pos,
    { help: `give the VMI at most ${limit} vCPUs${requested > limit ? '' : ', or a smaller spec.domain.cpu.maxSockets'}` },
  );
  return false;
}
