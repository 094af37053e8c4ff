import { expect } from 'chai';
import { buildDomain } from '../../src/build/index.js';
import { ioThreadPlan, maxGuestBytes, maxSockets } from '../../src/build/cpu-memory.js';
import { parseCpuset } from '../../src/build/cpu-pinning.js';
import { buildClock, buildFeatures } from '../../src/build/firmware-features.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import type { Vmi } from '../../src/model/vmi.js';
import { DEFAULT_OPTIONS, type Options } from '../../src/options.js';
import { brief, vmiFrom } from '../helpers.js';

// The rules of KubeVirt 1.9 the fixtures do not each show: hotplug limits and conditions, iothread
// pools, features and clock edge cases, cpuset parsing and iothread pinning.

/** A VMI with `domain` indented under spec.domain. */
function vmi(domain: string, spec = ''): Vmi {
  const { vmi: v, diags } = vmiFrom(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: t
spec:
  domain:
${domain.replace(/^/gm, '    ')}
${spec}`);
  expect(brief(diags).filter((l) => l.includes(' error '))).to.deep.equal([]);
  return v!;
}

const GI = 1024 ** 3;
const MI = 1024 ** 2;
const stage: Options = { ...DEFAULT_OPTIONS, vmRolloutStrategy: 'Stage' };

describe('build: CPU and memory hotplug (pkg/defaults setupHotplug)', () => {
  it('gives maxSockets 4x the sockets, none when only cores are written, and keeps to 512 vCPUs but never below sockets', () => {
    expect(maxSockets(vmi('memory: {guest: 1Gi}\ncpu: {sockets: 2}'), DEFAULT_OPTIONS)).to.equal(8);
    expect(maxSockets(vmi('memory: {guest: 1Gi}\ncpu: {cores: 4}'), DEFAULT_OPTIONS)).to.equal(0);
    expect(maxSockets(vmi('memory: {guest: 1Gi}\nresources: {requests: {cpu: "3"}}'), DEFAULT_OPTIONS)).to.equal(12);
    expect(maxSockets(vmi('memory: {guest: 1Gi}\ncpu: {sockets: 100, cores: 2}'), DEFAULT_OPTIONS)).to.equal(256);
    expect(maxSockets(vmi('memory: {guest: 1Gi}\ncpu: {sockets: 300, cores: 2}'), DEFAULT_OPTIONS)).to.equal(300);
    expect(maxSockets(vmi('memory: {guest: 1Gi}\ncpu: {sockets: 2}'), stage)).to.equal(0);
    expect(maxSockets(vmi('memory: {guest: 1Gi}\ncpu: {sockets: 2, maxSockets: 3}'), stage)).to.equal(3);
  });

  it('gives maxGuest 4x the guest only when memory hotplug fits the VMI (ValidateLiveUpdateMemory)', () => {
    expect(maxGuestBytes(vmi('memory: {guest: 1Gi}'), DEFAULT_OPTIONS)).to.equal(4 * GI);
    expect(maxGuestBytes(vmi('memory: {guest: 1023Mi}'), DEFAULT_OPTIONS)).to.equal(undefined);
    expect(maxGuestBytes(vmi('memory: {guest: 1025Mi}'), DEFAULT_OPTIONS)).to.equal(undefined);
    expect(maxGuestBytes(vmi('memory: {guest: 1026Mi}'), DEFAULT_OPTIONS)).to.equal(4 * 1026 * MI);
    expect(maxGuestBytes(vmi('memory: {guest: 1026Mi, hugepages: {pageSize: 1Gi}}'), DEFAULT_OPTIONS)).to.equal(undefined);
    expect(maxGuestBytes(vmi('memory: {guest: 2Gi}\ncpu: {realtime: {}}'), DEFAULT_OPTIONS)).to.equal(undefined);
    expect(maxGuestBytes(vmi('memory: {guest: 2Gi}'), stage)).to.equal(undefined);
    expect(maxGuestBytes(vmi('memory: {guest: 2Gi, maxGuest: 3Gi}'), stage)).to.equal(3 * GI);
  });

  it('writes no <maxMemory> when maxGuest equals guest (compute/memory.go)', () => {
    const v = vmi('memory: {guest: 2Gi, maxGuest: 2Gi}');
    expect(buildDomain(v, []).domain.maxMemoryBytes).to.equal(undefined);
  });
});

describe('build: iothreads (iothreads.go GetIOThreadsCountType, converter.go assignDiskIOThread)', () => {
  const disks = (policy: string, cpu = ''): Vmi => vmi(`${policy}memory: {guest: 1Gi}\n${cpu}devices:
  disks:
  - {name: a, disk: {bus: virtio}}
  - {name: b, disk: {bus: virtio}, dedicatedIOThread: true}
  - {name: c, disk: {bus: virtio}}
  - {name: d, disk: {bus: sata}}
  - {name: e, disk: {bus: virtio}}`);

  it('shares one thread among the disks without a dedicated one, after which dedicated disks number theirs', () => {
    const plan = ioThreadPlan(disks('ioThreadsPolicy: shared\n'))!;
    expect(plan.count).to.equal(2);
    expect([...plan.byDisk]).to.deep.equal([['a', 1], ['b', 2], ['c', 1], ['e', 1]]);
  });

  it('auto: a pool of twice the requested CPUs, at most one per disk, taken in turn', () => {
    const plan = ioThreadPlan(disks('ioThreadsPolicy: auto\n', 'resources: {requests: {cpu: "1"}}\n'))!;
    expect(plan.count).to.equal(2);
    const wide = ioThreadPlan(disks('ioThreadsPolicy: auto\n', 'resources: {requests: {cpu: "4"}}\n'))!;
    expect(wide.count).to.equal(5);
    expect([...wide.byDisk]).to.deep.equal([['a', 1], ['b', 5], ['c', 2], ['e', 3]]);
  });

  it('has no iothreads without a policy or a dedicated disk', () => {
    expect(ioThreadPlan(vmi('memory: {guest: 1Gi}\ndevices: {disks: [{name: a, disk: {bus: virtio}}]}'))).to.equal(undefined);
  });
});

describe('build: features and clock (hypervisor_features.go, clock.go)', () => {
  it('leaves acpi out only when disabled, writes kvm hidden off, hyperv passthrough, and vmport off always', () => {
    expect(buildFeatures(vmi('memory: {guest: 1Gi}'))).to.deep.equal({ acpi: true, apic: false, smm: false, vmport: true });
    expect(buildFeatures(vmi('memory: {guest: 1Gi}\nfeatures: {acpi: {enabled: false}, apic: {enabled: false}, smm: {enabled: true}, kvm: {hidden: false}, hypervPassthrough: {enabled: true}}'))).to.deep.equal({
      acpi: false, apic: false, smm: true, vmport: true, kvmHidden: 'off', hyperv: { passthrough: true, items: [] },
    });
  });

  it('gives enabled spinlocks 4096 retries unless set, and disabled ones none', () => {
    const hv = (spin: string) => buildFeatures(vmi(`memory: {guest: 1Gi}\nfeatures: {hyperv: {spinlocks: ${spin}}}`)).hyperv!.items;
    expect(hv('{}')).to.deep.equal([{ name: 'spinlocks', state: 'on', retries: 4096 }]);
    expect(hv('{enabled: false}')).to.deep.equal([{ name: 'spinlocks', state: 'off' }]);
  });

  it('enables what virt-api enables for an enlightenment that needs another (SetHypervFeatureDependencies), and evmcs requires vmx', () => {
    const names = (hv: string): string[] => buildFeatures(vmi(`memory: {guest: 1Gi}\nfeatures: {hyperv: ${hv}}`)).hyperv!.items.map((i) => `${i.name}=${i.state}`);
    expect(names('{synictimer: {}}')).to.deep.equal(['vpindex=on', 'synic=on', 'stimer=on']);
    expect(names('{evmcs: {}, ipi: {enabled: false}}')).to.deep.equal(['vapic=on', 'ipi=off', 'evmcs=on']);
    const v = vmi('memory: {guest: 1Gi}\nfeatures: {hyperv: {evmcs: {}}}\ncpu: {features: [{name: vmx, policy: optional}]}');
    expect(buildDomain(v, []).domain.cpu.features).to.deep.equal([{ name: 'vmx', policy: 'require' }]);
    expect(v.domainSpec.cpu.features).to.deep.equal([{ name: 'vmx', policy: 'optional' }]);
  });

  it('reports an enlightenment whose requirement the VMI disables, at the disabled one', () => {
    const { diags } = vmiFrom('kind: VirtualMachineInstance\nmetadata: {name: t}\nspec:\n  domain:\n    memory: {guest: 1Gi}\n    features:\n      hyperv:\n        ipi: {}\n        vpindex: {enabled: false}\n');
    expect(brief(diags)).to.deep.equal([
      '9:18 error INVALID_VALUE spec.domain.features.hyperv.ipi requires spec.domain.features.hyperv.vpindex, which is disabled',
    ]);
  });

  it('writes utc with offsetSeconds as the adjustment, and no offset when neither utc nor timezone is set', () => {
    expect(buildClock(vmi('memory: {guest: 1Gi}\nclock: {utc: {offsetSeconds: 3600}}'))).to.deep.equal({ offset: 'utc', adjustment: '3600', timers: [] });
    expect(buildClock(vmi('memory: {guest: 1Gi}\nclock: {timer: {kvm: {tickPolicy: delay}}}'))).to.deep.equal({ timers: [{ name: 'kvmclock', present: 'yes' }] });
    expect(buildClock(vmi('memory: {guest: 1Gi}'))).to.equal(undefined);
  });
});

describe('build: dedicated CPUs (vcpu.go)', () => {
  it('reads cpuset lists as Linux writes them, and refuses anything else', () => {
    expect(parseCpuset('4-7,12')).to.deep.equal([4, 5, 6, 7, 12]);
    expect(parseCpuset('3,1-2')).to.deep.equal([1, 2, 3]);
    expect(parseCpuset('')).to.equal(undefined);
    expect(parseCpuset('7-4')).to.equal(undefined);
    expect(parseCpuset('a')).to.equal(undefined);
  });

  it('pins iothreads to balanced ranges of the cpuset when there are fewer than vCPUs (FormatDomainIOThreadPin)', () => {
    const v = vmi(`memory: {guest: 1Gi}\nioThreadsPolicy: auto\nresources: {requests: {cpu: "8"}}\ncpu: {cores: 8, dedicatedCpuPlacement: true}
devices:
  disks:
  - {name: a, disk: {bus: virtio}, dedicatedIOThread: true}
  - {name: b, disk: {bus: virtio}, dedicatedIOThread: true}
  - {name: c, disk: {bus: virtio}, dedicatedIOThread: true}`, `  volumes:
  - {name: a, emptyDisk: {capacity: 1Gi}}
  - {name: b, emptyDisk: {capacity: 1Gi}}
  - {name: c, emptyDisk: {capacity: 1Gi}}`);
    const diags = new Diagnostics();
    const { domain } = buildDomain(v, [], { opts: { ...DEFAULT_OPTIONS, cpuset: '10-17' }, diags });
    expect(domain.cputune!.vcpupins.map((p) => p.cpuset)).to.deep.equal(['10', '11', '12', '13', '14', '15', '16', '17']);
    expect(domain.cputune!.iothreadpins).to.deep.equal([
      { iothread: 1, cpuset: '10,11,12' }, { iothread: 2, cpuset: '13,14,15' }, { iothread: 3, cpuset: '16,17' },
    ]);
    expect(brief(diags).map((l) => l.split(' ').slice(1, 3).join(' '))).to.deep.equal(['warning NODE_DEPENDENT']);
  });

  it('reports a cpuset too small for the vCPUs and the emulator thread at spec.domain.cpu', () => {
    const v = vmi('memory: {guest: 1Gi}\ncpu: {cores: 2, dedicatedCpuPlacement: true, isolateEmulatorThread: true}');
    const diags = new Diagnostics();
    buildDomain(v, [], { opts: { ...DEFAULT_OPTIONS, cpuset: '4-5' }, diags });
    expect(brief(diags)[0]).to.equal("8:10 error CPUSET_TOO_SMALL the cpuset has 2 CPUs and the VMI needs 3 (2 vCPUs and the emulator thread): KubeVirt's launcher could not fit the dedicated CPUs");
  });
});
