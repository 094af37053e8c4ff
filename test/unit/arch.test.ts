import { expect } from 'chai';
import type { Disk } from '../../src/model/domain.js';
import { DEFAULT_OPTIONS, type Options } from '../../src/options.js';
import { assignPciAddresses } from '../../src/pci/assign.js';
import { assignCcwAddresses } from '../../src/pci/ccw.js';
import { runPipeline } from '../../src/pipeline.js';
import { makeSource } from '../../src/source/source.js';
import { domain, layout, tap, vdpa } from './pci-helpers.js';

// arm64 and s390x (issue 10 item 4): libvirt's virt layout and ccw devnos on small domains (the
// whole domains are fixtures/arch, checked against libvirt by test/libvirt), and the per-arch
// defaults and refusals of the pipeline.
const disk = (dev: string, model: string): Disk => ({ device: 'disk', type: 'file', driver: { name: 'qemu', type: 'raw' }, source: `/${dev}`, target: { dev, bus: 'virtio' }, readonly: false, model });

function render(spec: string, opts: Partial<Options> = {}): ReturnType<typeof runPipeline> {
  const text = `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: t\n  namespace: ns\nspec:\n${spec}`;
  return runPipeline({ main: makeSource('vmi.yaml', text), nads: [] }, { ...DEFAULT_OPTIONS, hotplugReserve: 'none', ...opts });
}
const codes = (r: ReturnType<typeof runPipeline>): string[] => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.pos?.line}:${d.pos?.col} ${d.code}`);

describe('arch: libvirt placement on virt and s390-ccw-virtio', () => {
  it('puts root ports from 00:01.0 on virt and the virtio video in class order, after the balloon (verified on libvirt 9.0)', () => {
    const d = domain('virt', {
      controllers: [{ type: 'usb', index: 0, model: 'qemu-xhci' }],
      interfaces: [tap('nic')],
      disks: [disk('vda', 'virtio-non-transitional')],
      videos: [{ model: 'virtio', heads: 1 }],
      memballoon: { model: 'virtio-non-transitional', statsPeriod: 10, freePageReporting: true },
    });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    expect(layout(d)).to.deep.equal([
      'disk vda 03:00.0',
      'usb 0 qemu-xhci 02:00.0',
      'pci 0 pcie-root -',
      'pci 1 pcie-root-port 00:01.0 mf chassis=1 port=0x8',
      'pci 2 pcie-root-port 00:01.1 chassis=2 port=0x9',
      'pci 3 pcie-root-port 00:01.2 chassis=3 port=0xa',
      'pci 4 pcie-root-port 00:01.3 chassis=4 port=0xb',
      'pci 5 pcie-root-port 00:01.4 chassis=5 port=0xc',
      'pci 6 pcie-root-port 00:01.5 chassis=6 port=0xd',
      'interface ua-nic 01:00.0',
      'video 05:00.0',
      'memballoon virtio-non-transitional 04:00.0',
    ]);
  });

  it('gives s390x virtio devices the lowest free devno in libvirt\'s walk (disks, nets, video, controllers, balloon), keeping one given', () => {
    const d = domain('s390-ccw', {
      controllers: [{ type: 'usb', index: 0, model: 'none' }, { type: 'scsi', index: 0, model: 'virtio-scsi' }],
      interfaces: [{ ...tap('nic', 'virtio'), address: { type: 'ccw', cssid: 0xfe, ssid: 0, devno: 1 } }, vdpa('offload', 1)],
      disks: [disk('vda', 'virtio')],
      videos: [{ model: 'virtio', heads: 1 }],
      memballoon: { model: 'virtio', statsPeriod: 10, freePageReporting: true },
    });
    expect(assignCcwAddresses(d)).to.deep.equal([]);
    expect(layout(d)).to.deep.equal([
      'disk vda ccw fe.0.0000',
      'usb 0 none -',
      'scsi 0 virtio-scsi ccw fe.0.0004',
      'pci 0 pci-root -',
      'interface ua-nic ccw fe.0.0001',
      'interface ua-offload ccw fe.0.0002',
      'video ccw fe.0.0003',
      'memballoon virtio ccw fe.0.0005',
    ]);
  });
});

describe('arch: defaults and refusals', () => {
  const base = '  domain:\n    memory:\n      guest: 1Gi\n';
  it('boots arm64 UEFI without secure boot by default, and refuses secure boot at the field', () => {
    const r = render(`  architecture: arm64\n${base}`);
    expect(codes(r)).to.deep.equal([]);
    expect(r.domain?.os.loader).to.deep.equal({ path: '/usr/share/AAVMF/AAVMF_CODE.fd', readonly: true, secure: false, type: 'pflash' });
    expect(r.domain?.cpu.mode).to.equal('host-passthrough');
    const sb = render(`  architecture: arm64\n${base}    firmware:\n      bootloader:\n        efi:\n          secureBoot: true\n`);
    expect(codes(sb)).to.deep.equal(['14:11 UNSUPPORTED_ARCHITECTURE']);
    expect(sb.domain).to.equal(undefined);
  });

  it('writes diag288 on s390x and i6300esb on amd64 for the same watchdog (SetS390xWatchdog, SetAmd64Watchdog)', () => {
    const wd = '    devices:\n      watchdog:\n        name: w\n        diag288: {}\n';
    const watchdogs = (spec: string): string[] | undefined => render(spec).domain?.devices.watchdogs.map((w) => `${w.model} ${w.action} ${w.alias}`);
    expect(watchdogs(`  architecture: s390x\n${base}${wd}`)).to.deep.equal(['diag288 reset ua-w']);
    expect(watchdogs(`${base}${wd}`)).to.deep.equal(['i6300esb reset ua-w']);
  });

  it('takes the KubeVirt defaults of each arch for disks without a bus: sata on amd64, virtio elsewhere', () => {
    const disks = '    devices:\n      disks:\n      - name: d\n        disk: {}\n  volumes:\n  - name: d\n    emptyDisk:\n      capacity: 1Gi\n';
    const bus = (arch: string): string | undefined => render(`${arch}${base}${disks}`).domain?.devices.disks[0]?.target.bus;
    expect([bus(''), bus('  architecture: arm64\n'), bus('  architecture: s390x\n')]).to.deep.equal(['sata', 'virtio', 'virtio']);
  });
});
