import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Domain } from '../model/domain.js';
import type { Vmi } from '../model/vmi.js';
import { input, type Options } from '../options.js';

// Dedicated CPUs pinned to the pod's cpuset as KubeVirt 1.9's vcpu.go AdjustDomainForTopologyAndCPUSet
// does, for a node whose CPUs in the cpuset are each their own core on one NUMA cell (no SMT
// sibling in the set): the relaxed pool then hands out the cpuset in order, so vCPU i gets the
// i-th CPU (FitCores), the emulator thread the next one (FitThread), and the iothreads follow
// FormatDomainIOThreadPin. Siblings or several cells change the fit: the caller warns about it.

/** "4-7,12" -> [4, 5, 6, 7, 12], or undefined when it is not a cpuset list (Linux cpuset format). */
export function parseCpuset(text: string): number[] | undefined {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^\s*(\d{1,5})(?:-(\d{1,5}))?\s*$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a || b - a > 4096) return undefined;
    for (let c = a; c <= b; c++) out.add(c);
  }
  return out.size ? [...out].sort((x, y) => x - y) : undefined;
}

/**
 * <cputune> for a VMI with dedicatedCpuPlacement, or a reason it cannot be fitted (KubeVirt's
 * launcher then fails: "not enough exclusive threads provided").
 */
export function pinDedicatedCpus(domain: Domain, vmi: Vmi, cpuset: number[]): string | undefined {
  // with hotplug, only the enabled sockets are pinned
  const vcpus = domain.vcpuList ? domain.vcpuList.filter((v) => v.enabled).length : domain.vcpus;
  const spec = vmi.domainSpec.cpu;
  const ds = vmi.domainSpec;
  // vcpu.go formatDomainIOThreadSupplementalPin: the supplemental pool's iothreads take the CPUs
  // after the vCPUs (FitThread each), before the emulator thread
  const supplemental = ds.ioThreadsPolicy === 'supplementalPool' ? (ds.supplementalPoolThreadCount ?? 0) : 0;
  const need = vcpus + supplemental + (spec.isolateEmulatorThread ? 1 : 0);
  if (cpuset.length < need) {
    const parts = [`${vcpus} vCPUs`, supplemental ? `${supplemental} supplemental iothreads` : '', spec.isolateEmulatorThread ? 'the emulator thread' : ''].filter(Boolean);
    return `the cpuset has ${cpuset.length} CPUs and the VMI needs ${need} (${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]})`;
  }
  const tune: NonNullable<Domain['cputune']> = { vcpupins: cpuset.slice(0, vcpus).map((cpu, vcpu) => ({ vcpu, cpuset: String(cpu) })), iothreadpins: [] };
  for (let t = 1; t <= supplemental; t++) tune.iothreadpins.push({ iothread: t, cpuset: String(cpuset[vcpus + t - 1]) });
  let emulator: string | undefined;
  if (spec.isolateEmulatorThread) {
    emulator = String(cpuset[vcpus + supplemental]);
    tune.emulatorpin = emulator;
  }
  const threads = supplemental ? 0 : (domain.iothreads ?? 0);
  if (threads > 0) {
    // FormatDomainIOThreadPin: with an isolated emulator thread, iothread 1 shares its CPU; with at
    // least as many iothreads as vCPUs one CPU each (cpuset[thread % vCPUs]); else balanced ranges
    if (emulator !== undefined) tune.iothreadpins.push({ iothread: 1, cpuset: emulator });
    else if (threads >= vcpus) {
      for (let t = 1; t <= threads; t++) tune.iothreadpins.push({ iothread: t, cpuset: String(cpuset[t % vcpus]) });
    } else {
      const series = vcpus % threads;
      let curr = 0;
      for (let t = 1; t <= threads; t++) {
        const end = curr + Math.floor(vcpus / threads) - 1 + (t <= series ? 1 : 0);
        tune.iothreadpins.push({ iothread: t, cpuset: cpuset.slice(curr, end + 1).join(',') });
        curr = end + 1;
      }
    }
  }
  domain.cputune = tune;
  return undefined;
}

/**
 * Dedicated CPUs and guest NUMA passthrough: pinned from the pod's cpuset when one is given, and a
 * warning at spec.domain.cpu naming what the node decides and is not written (or is assumed).
 */
export function buildCpuPinning(domain: Domain, vmi: Vmi, opts: Options, diags: Diagnostics): void {
  const spec = vmi.domainSpec.cpu;
  if (!spec.dedicatedCpuPlacement && !spec.numaGuestMappingPassthrough) return;
  const at = spec.pos ?? vmi.pos;
  const cpuset = spec.dedicatedCpuPlacement && opts.cpuset ? parseCpuset(opts.cpuset) : undefined;
  if (cpuset) {
    const problem = pinDedicatedCpus(domain, vmi, cpuset);
    if (problem) {
      diags.error('CPUSET_TOO_SMALL', `${problem}: KubeVirt's launcher could not fit the dedicated CPUs`, at, {
        help: `give the pod's whole cpuset (${input('cpuset')}: cat /sys/fs/cgroup/cpuset.cpus.effective in the compute container)`,
      });
    }
  }
  const left = [
    spec.dedicatedCpuPlacement && !cpuset ? `<cputune> (<vcpupin> per vCPU${spec.isolateEmulatorThread ? ', <emulatorpin>' : ''}${domain.iothreads ? ', <iothreadpin>' : ''})` : '',
    spec.numaGuestMappingPassthrough ? '<numatune> and the guest NUMA cells of <cpu>' : '',
  ].filter(Boolean);
  if (left.length) {
    diags.warn('NODE_DEPENDENT', `${left.join(' and ')} depend on the host CPUs the launcher pod gets on its node and are not written`, at, {
      help: spec.dedicatedCpuPlacement && !cpuset
        ? `give the pod's cpuset (${input('cpuset')}) to have the pinning written, or compare with \`virsh dumpxml\` on the node`
        : 'compare them with `virsh dumpxml` on the node',
    });
  }
  if (cpuset) {
    diags.warn('NODE_DEPENDENT', `the pinning assumes each CPU of the cpuset is its own core on one NUMA cell; SMT siblings or several cells change it`, at, {
      help: "check the node's topology (lscpu -e) or compare with `virsh dumpxml` on the node",
    });
  }
}
