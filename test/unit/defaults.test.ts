import { expect } from 'chai';
import { DEFAULT_OPTIONS, type Options } from '../../src/options.js';
import { runPipeline } from '../../src/pipeline.js';
import { makeSource } from '../../src/source/source.js';

// The defaults stage (src/defaults) on small VMs: what KubeVirt 1.9 makes of a VM before the launcher.
function render(text: string, opts: Partial<Options> = {}): ReturnType<typeof runPipeline> {
  return runPipeline({ main: makeSource('vm.yaml', text), nads: [] }, { ...DEFAULT_OPTIONS, ...opts });
}

const vm = (preference: string, template = '        devices: {}\n', extra = ''): string =>
  'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: t\n  namespace: ns\nspec:\n' +
  '  instancetype:\n    name: it\n  preference:\n    name: p\n  template:\n    spec:\n      domain:\n' + template + extra +
  '---\napiVersion: instancetype.kubevirt.io/v1beta1\nkind: VirtualMachineClusterInstancetype\nmetadata:\n  name: it\nspec:\n  cpu:\n    guest: 12\n  memory:\n    guest: 1Gi\n' +
  `---\napiVersion: instancetype.kubevirt.io/v1beta1\nkind: VirtualMachineClusterPreference\nmetadata:\n  name: p\nspec:\n${preference}`;

const codes = (r: ReturnType<typeof runPipeline>): string[] => r.diagnostics.map((d) => `${d.pos?.line}:${d.pos?.col} ${d.code}`);

describe('defaults: instancetypes and preferences', () => {
  it('lays out vCPUs as the preference asks (apply/cpu.go applyGuestCPUTopology)', () => {
    // the topology the preference lays out, without the vCPU hotplug layout LiveUpdate adds on top
    const topo = (pref: string): unknown => {
      const cpu = render(vm(pref), { vmRolloutStrategy: 'Stage' }).domain?.cpu;
      return cpu && { sockets: cpu.sockets, cores: cpu.cores, threads: cpu.threads };
    };
    expect(topo('  cpu: {}\n')).to.deep.equal({ sockets: 12, cores: 1, threads: 1 });
    expect(topo('  cpu:\n    preferredCPUTopology: cores\n')).to.deep.equal({ sockets: 1, cores: 12, threads: 1 });
    expect(topo('  cpu:\n    preferredCPUTopology: preferThreads\n')).to.deep.equal({ sockets: 1, cores: 1, threads: 12 });
    expect(topo('  cpu:\n    preferredCPUTopology: spread\n')).to.deep.equal({ sockets: 6, cores: 2, threads: 1 });
    expect(topo('  cpu:\n    preferredCPUTopology: spread\n    spreadOptions:\n      across: SocketsCoresThreads\n      ratio: 3\n')).to.deep.equal({ sockets: 2, cores: 3, threads: 2 });
  });

  it('gives the disks KubeVirt adds for volumes the preferred bus (SetupVMIFromVM runs before ApplyToVMI)', () => {
    const r = render(vm('  devices:\n    preferredDiskBus: virtio\n', '        devices:\n          disks:\n          - name: a\n            disk:\n              bus: sata\n', '      volumes:\n      - name: b\n        emptyDisk: {capacity: 1Gi}\n      - name: a\n        emptyDisk: {capacity: 1Gi}\n'));
    expect(r.domain?.devices.disks.map((d) => `${d.alias} ${d.target.dev} ${d.target.bus}`)).to.deep.equal(['ua-a sda sata', 'ua-b vda virtio']);
  });

  it('refuses a kind that is not an instancetype, at the kind', () => {
    const r = render(vm('  cpu: {}\n').replace('    name: it\n', '    kind: VirtualMachinePreference\n    name: it\n'));
    expect(codes(r)).to.deep.equal(['8:11 INVALID_VALUE']);
    expect(r.diagnostics[0]!.message).to.equal("spec.instancetype.kind 'VirtualMachinePreference' is not a kind of instancetype");
  });
});

describe('defaults: machine type and architecture', () => {
  const vmi = (machine: string, arch = ''): string =>
    `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: t\nspec:\n${arch}  domain:\n${machine}    memory:\n      guest: 1Gi\n    devices: {}\n`;

  it("takes the cluster's machine type for an unset or empty one, and keeps a versioned one by name", () => {
    expect(render(vmi(''), { machineType: 'pc-q35-rhel9.4.0' }).domain?.machineType).to.equal('pc-q35-rhel9.4.0');
    expect(render(vmi('    machine:\n      type: ""\n'), { machineType: 'pc-i440fx-rhel7.6.0' }).domain).to.include({ machineType: 'pc-i440fx-rhel7.6.0', machine: 'pc' });
    expect(render(vmi('    machine:\n      type: pc-q35-9.2\n')).domain).to.include({ machineType: 'pc-q35-9.2', machine: 'q35' });
  });

  it("gives arm64 and s390x, from the VMI or the cluster, their own machine and domain, and refuses another architecture", () => {
    const s390 = render(vmi('', '  architecture: s390x\n'));
    expect(codes(s390)).to.deep.equal([]);
    expect(s390.domain).to.include({ arch: 's390x', machine: 's390-ccw', machineType: 's390-ccw-virtio' });
    const arm = render(vmi(''), { architecture: 'arm64' });
    expect(codes(arm)).to.deep.equal([]);
    expect(arm.domain).to.include({ arch: 'aarch64', machine: 'virt', machineType: 'virt' });
    // --machine-type is amd64's default: an arm64 VMI keeps virt
    expect(render(vmi('', '  architecture: arm64\n'), { machineType: 'pc-q35-rhel9.4.0' }).domain?.machineType).to.equal('virt');
    expect(codes(render(vmi('', '  architecture: ppc64le\n')))).to.deep.equal(['6:17 INVALID_VALUE']);
  });

  it('refuses a machine type of another architecture, at the machine type', () => {
    const r = render(vmi('    machine:\n      type: q35\n', '  architecture: arm64\n'));
    expect(codes(r)).to.deep.equal(['9:13 INVALID_VALUE']);
    expect(r.diagnostics[0]!.message).to.equal("machine type 'q35' is not an arm64 virt machine (spec.architecture arm64)");
  });
});
