import { expect } from 'chai';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers.js';

// COUNT_TOO_LARGE (src/build/count-limits.ts, src/load/vmi-domain.ts): the vCPUs a domain would
// have against the most any QEMU machine of the architecture takes, and the supplemental iothread
// pool, each refused at the field that makes the count, and each limit itself still rendered.

const vmi = (arch: string, cpu: string, extra = ''): string =>
  [
    'apiVersion: kubevirt.io/v1', 'kind: VirtualMachineInstance', 'metadata:', '  name: v', '  namespace: default', 'spec:',
    ...(arch ? [`  architecture: ${arch}`] : []),
    '  domain:', ...extra.split('\n').filter(Boolean), '    cpu:', ...cpu.split('\n').map((l) => `      ${l}`), '    memory:', '      guest: 1Gi', '    devices: {}', '',
  ].join('\n');

/** The exit code and the first line of stderr of a render of the VMI (and a KubeVirt CR). */
function render(text: string, kubevirt?: string): [number, string] {
  const files: Record<string, string> = { 'vmi.yaml': text, ...(kubevirt ? { 'kubevirt.yaml': kubevirt } : {}) };
  const io = memoryIo(files);
  const code = run(['render', 'vmi.yaml', ...(kubevirt ? ['--kubevirt-config', 'kubevirt.yaml'] : [])], io);
  return [code, io.err.split('\n')[0] ?? ''];
}

describe('count limits (COUNT_TOO_LARGE)', () => {
  it('renders 4096 vCPUs on amd64 (Stage: no hotplug layout) and refuses 4097 at the largest factor written', () => {
    const stage = 'kind: KubeVirt\napiVersion: kubevirt.io/v1\nmetadata:\n  name: kubevirt\nspec:\n  configuration:\n    vmRolloutStrategy: Stage\n';
    expect(render(vmi('', 'sockets: 1\ncores: 4096'), stage)[0]).to.equal(0);
    expect(render(vmi('', 'sockets: 17\ncores: 241'), stage)).to.deep.equal([1,
      'vmi.yaml:10:14: error[COUNT_TOO_LARGE]: spec.domain.cpu: sockets 17 x cores 241 x threads 1 = 4097 vCPUs, more than any QEMU machine for amd64 takes (4096): libvirt refuses the domain, so the VMI does not start']);
  });

  it('counts the hotplug layout: maxSockets from the ratio stays within 512, an explicit or cluster maxSockets does not', () => {
    // 8 sockets x ratio 4 = 32 sockets of 16 vCPUs is over 512: KubeVirt lowers maxSockets to 32 (512 vCPUs)
    expect(render(vmi('', 'sockets: 8\ncores: 16'))[0]).to.equal(0);
    expect(render(vmi('', 'sockets: 2\ncores: 4\nmaxSockets: 1025'))).to.deep.equal([1,
      'vmi.yaml:11:19: error[COUNT_TOO_LARGE]: spec.domain.cpu: the vCPU hotplug layout has maxSockets 1025 x cores 4 x threads 1 = 4100 vCPUs, more than any QEMU machine for amd64 takes (4096): libvirt refuses the domain, so the VMI does not start']);
    const cluster = 'kind: KubeVirt\napiVersion: kubevirt.io/v1\nmetadata:\n  name: kubevirt\nspec:\n  configuration:\n    liveUpdateConfiguration:\n      maxCpuSockets: 5000\n';
    expect(render(vmi('', 'sockets: 2'), cluster)).to.deep.equal([1,
      "vmi.yaml:9:16: error[COUNT_TOO_LARGE]: spec.domain.cpu: the vCPU hotplug layout has maxSockets 5000 x cores 1 x threads 1 = 5000 vCPUs (maxSockets from the KubeVirt CR's liveUpdateConfiguration.maxCpuSockets), more than any QEMU machine for amd64 takes (4096): libvirt refuses the domain, so the VMI does not start"]);
  });

  it('takes the architecture: 512 on arm64, 248 on s390x', () => {
    expect(render(vmi('arm64', 'cores: 512'))[0]).to.equal(0);
    expect(render(vmi('arm64', 'cores: 513'))[1]).to.match(/error\[COUNT_TOO_LARGE\]: spec\.domain\.cpu: sockets 1 x cores 513 x threads 1 = 513 vCPUs, more than any QEMU machine for arm64 takes \(512\)/);
    expect(render(vmi('s390x', 'sockets: 2\ncores: 125'))[1]).to.match(/^vmi\.yaml:11:14: error\[COUNT_TOO_LARGE\]: .* = 250 vCPUs, more than any QEMU machine for s390x takes \(248\)/);
  });

  it('refuses a supplemental pool over 4096 iothreads at its count, and renders one of 4096', () => {
    const pool = (n: number): string => `    ioThreadsPolicy: supplementalPool\n    ioThreads:\n      supplementalPoolThreadCount: ${n}`;
    expect(render(vmi('', 'cores: 2', pool(4096)))[0]).to.equal(0);
    expect(render(vmi('', 'cores: 2', pool(4097)))).to.deep.equal([1,
      'vmi.yaml:10:36: error[COUNT_TOO_LARGE]: spec.domain.ioThreads.supplementalPoolThreadCount is 4097, more iothreads than vdpa-xml writes (4096, the most vCPUs a QEMU machine takes): the launcher would write an <iothread> for each, on every virtio disk']);
  });
});
