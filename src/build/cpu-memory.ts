import type { Domain, DomainCpu } from '../model/domain.js';
import type { Vmi } from '../model/vmi.js';
import type { Options } from '../options.js';
import { launcherOf } from '../kubevirt/versions.js';
import type { KubevirtConfig } from '../load/kubevirt-cr.js';
import { archOf, archTraits } from '../kubevirt/arch.js';

// CPU, vCPU hotplug, memory, hugepages and iothreads as KubeVirt 1.9 writes them: the defaults
// virt-api gives a VMI under the LiveUpdate rollout strategy (pkg/defaults/defaults.go setupHotplug),
// then the converter's compute/cpu.go, compute/memory.go, compute/iothreads.go and converter.go.

/**
 * The cluster's rollout strategy: as given, else the KubeVirt CR's, else the release's default (virt-config
 * DefaultVMRolloutStrategy: Stage in 1.5, LiveUpdate from 1.6.0).
 */
export function rolloutStrategy(opts: Options, cluster?: KubevirtConfig): 'LiveUpdate' | 'Stage' {
  if (opts.vmRolloutStrategy) return opts.vmRolloutStrategy;
  if (cluster?.vmRolloutStrategy) return cluster.vmRolloutStrategy;
  const [major, minor] = launcherOf(opts).release.split('.').map(Number);
  return major === 1 && (minor ?? 0) < 6 ? 'Stage' : 'LiveUpdate';
}

/** KubeVirt's default maxHotplugRatio (virt-config DefaultMaxHotplugRatio) */
const HOTPLUG_RATIO = 4;
/** defaults.go setupCPUHotplug: "lets choose 512 as upper bound" */
const MAX_VCPUS = 512;
const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/**
 * maxSockets: cpu.maxSockets as written, else (LiveUpdate) sockets x 4, lowered so that
 * maxSockets x cores x threads stays within 512 but never below sockets (setupCPUHotplug). The
 * sockets are the VMI's after SetDefaultGuestCPUTopology: 0 when only cores or threads are written.
 */
export function maxSockets(vmi: Vmi, opts: Options, cluster?: KubevirtConfig): number {
  const cpu = vmi.domainSpec.cpu;
  if (cpu.maxSockets) return cpu.maxSockets;
  // defaults.go SetDefaultVirtualMachineInstance: "Hotplug needs to be enabled on ARM yet"
  if (archOf(vmi) === 'arm64') return 0;
  if (rolloutStrategy(opts, cluster) !== 'LiveUpdate') return 0;
  const sockets = cpu.specSockets ?? vmi.sockets;
  // the cluster's maxCpuSockets first (never below the VMI's sockets), else the ratio
  const clusterMax = cluster?.liveUpdate.maxCpuSockets;
  if (clusterMax) return Math.max(clusterMax, sockets);
  let max = sockets * (cluster?.liveUpdate.maxHotplugRatio ?? HOTPLUG_RATIO);
  if (max * vmi.cores * vmi.threads > MAX_VCPUS) max = Math.max(Math.floor(MAX_VCPUS / (vmi.cores * vmi.threads)), sockets);
  return max;
}

/**
 * maxGuest: memory.maxGuest as written, else (LiveUpdate) guest x 4 when memory hotplug fits the
 * VMI (pkg/liveupdate/memory ValidateLiveUpdateMemory): not realtime, no NUMA passthrough, guest at
 * least 1 GiB, guest and maxGuest 2 MiB aligned (1 GiB with 1Gi hugepages), amd64.
 */
export function maxGuestBytes(vmi: Vmi, opts: Options, cluster?: KubevirtConfig): number | undefined {
  const { cpu, memory } = vmi.domainSpec;
  if (memory.maxGuestBytes !== undefined) return memory.maxGuestBytes;
  // setupHotplug is skipped on arm64; ValidateLiveUpdateMemory: "Memory hotplug is only available for x86_64 VMs"
  if (archOf(vmi) !== 'amd64') return undefined;
  if (rolloutStrategy(opts, cluster) !== 'LiveUpdate') return undefined;
  if (cpu.realtime || cpu.numaGuestMappingPassthrough) return undefined;
  const align = memory.hugepages?.pageSize === '1Gi' ? GIB : 2 * MIB;
  const guest = vmi.memoryBytes;
  // setupMemoryHotplug: the cluster's maxGuest, else guest x maxHotplugRatio
  const max = cluster?.liveUpdate.maxGuestBytes ?? guest * (cluster?.liveUpdate.maxHotplugRatio ?? HOTPLUG_RATIO);
  if (guest < GIB || guest > max || guest % align !== 0 || max % align !== 0) return undefined;
  return max;
}

/** compute/cpu.go Configure: the mode and model, the VMI's features, the vCPU hotplug layout. */
export function buildCpu(domain: Domain, vmi: Vmi, opts: Options, cluster?: KubevirtConfig): void {
  const spec = vmi.domainSpec.cpu;
  const model = spec.model?.value;
  const cpu: DomainCpu = { mode: 'host-model', sockets: vmi.sockets, cores: vmi.cores, threads: vmi.threads, features: spec.features.map((f) => ({ ...f })) };
  if (model === 'host-model' || model === 'host-passthrough') cpu.mode = model;
  else if (model) Object.assign(cpu, { mode: 'custom', model });
  // pkg/defaults/hyperv.go setEVMCSDependency: an enabled evmcs requires the vmx CPU feature
  const evmcs = vmi.domainSpec.features?.hyperv?.get('evmcs');
  if (evmcs && evmcs.enabled !== false) {
    const vmx = cpu.features.find((f) => f.name === 'vmx');
    if (vmx) vmx.policy = 'require';
    else cpu.features.push({ name: 'vmx', policy: 'require' });
  }
  // arch/amd64.go RequiresMPXCPUValidation: a named model gets mpx disabled unless the VMI says
  if (archTraits(vmi).mpx && cpu.mode === 'custom' && !spec.features.some((f) => f.name === 'mpx')) cpu.features.push({ name: 'mpx', policy: 'disable' });
  domain.cpu = cpu;
  const requested = vmi.sockets * vmi.cores * vmi.threads;
  domain.vcpus = requested;
  const max = maxSockets(vmi, opts, cluster);
  // compute/cpu.go: the hotplug layout only where the arch converter SupportCPUHotplug (not arm64)
  if (max && archTraits(vmi).cpuHotplug) {
    // domainVCPUTopologyForHotplug: ids below the requested count enabled, ids from cores x threads
    // (the first socket) hotpluggable
    const total = max * vmi.cores * vmi.threads;
    const firstSocket = vmi.cores * vmi.threads;
    domain.vcpuList = Array.from({ length: total }, (_, id) => ({ id, enabled: id < requested, hotpluggable: id >= firstSocket }));
    domain.cpu.sockets = max;
    domain.vcpus = total;
  }
}

/** compute/memory.go, then converter.go's memoryBacking: hugepages, memfd, and the NUMA cell memfd needs. */
export function buildMemory(domain: Domain, vmi: Vmi, opts: Options, cluster?: KubevirtConfig): void {
  const max = maxGuestBytes(vmi, opts, cluster);
  if (max !== undefined && max !== vmi.memoryBytes) domain.maxMemoryBytes = max;
  const ds = vmi.domainSpec;
  const hugepages = ds.memory.hugepages !== undefined;
  // converter.go: virtiofs and the core passtBinding (vhost-user) need shared memory
  const shared = ds.devices.filesystems.length > 0 || vmi.interfaces.some((i) => i.binding?.kind === 'passtBinding');
  if (!hugepages && !shared) return;
  // memfd for hugepages (unless the kubevirt.io/memfd annotation says false, not read) and for
  // virtiofs' shared access; memfd needs NUMA, so one cell over every vCPU
  domain.memoryBacking = { hugepages, memfd: true, shared };
  domain.cpu.numaCell = { cpus: `0-${domain.vcpus - 1}`, memoryKiB: Math.floor(vmi.memoryBytes / 1024) };
}

/**
 * iothreads/iothreads.go GetIOThreadsCountType and converter.go assignDiskIOThread: with an
 * ioThreadsPolicy or a dedicatedIOThread disk, dedicated disks get threads of their own after the
 * shared pool (1 thread for shared, 2 per requested CPU for auto), and virtio disks without one
 * take the pool's threads in turn. Returns each disk's thread by disk name.
 */
export function ioThreadPlan(vmi: Vmi): { count: number; byDisk: Map<string, number>; pool?: boolean } | undefined {
  const ds = vmi.domainSpec;
  const dedicated = (name: string): boolean => ds.diskOptions.get(name)?.dedicatedIOThread === true;
  if (!ds.ioThreadsPolicy && !vmi.disks.some((d) => dedicated(d.name))) return undefined;
  const byDisk = new Map<string, number>();
  // BuildSupplementalPoolIOThreads: every virtio disk gets the whole pool (<driver><iothreads>), none an iothread of its own
  if (ds.ioThreadsPolicy === 'supplementalPool' && ds.supplementalPoolThreadCount !== undefined) {
    return { count: ds.supplementalPoolThreadCount, byDisk, pool: true };
  }
  const nDedicated = vmi.disks.filter((d) => dedicated(d.name)).length;
  let auto = vmi.disks.length - nDedicated;
  let limit = 1;
  if (ds.ioThreadsPolicy === 'auto') {
    limit = ds.cpu.dedicatedCpuPlacement && ds.cpu.isolateEmulatorThread ? 1 : (ds.resourceCpus ?? 1) * 2;
  } else if (ds.ioThreadsPolicy && ds.ioThreadsPolicy !== 'shared') limit = 0;
  if (auto + nDedicated > limit) auto = Math.max(1, limit - nDedicated);
  let nextDedicated = auto + 1;
  let nextAuto = 1;
  for (const d of vmi.disks) {
    if ((d.bus?.value ?? 'sata') !== 'virtio') continue;
    if (dedicated(d.name)) byDisk.set(d.name, nextDedicated++);
    else {
      byDisk.set(d.name, nextAuto);
      nextAuto = (nextAuto % auto) + 1;
    }
  }
  return { count: auto + nDedicated, byDisk };
}
