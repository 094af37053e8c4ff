import { expect } from 'chai';
import type { Disk } from '../../src/model/domain.js';
import { assignPciAddresses } from '../../src/pci/assign.js';
import { assignNonPciAddresses } from '../../src/pci/implicit-controllers.js';
import { domain, kubevirtDevices, layout, tap, vdpa } from './pci-helpers.js';

const disk = (dev: string, bus: Disk['target']['bus'], model?: string): Disk => ({
  device: 'disk', type: 'file', driver: { name: 'qemu', type: 'raw' }, source: `/${dev}`, target: { dev, bus }, readonly: false, ...(model ? { model } : {}),
});
const rootPorts = (from: number, to: number, slot: number, firstFn = 0, mfOn = true): string[] =>
  Array.from({ length: to - from + 1 }, (_, k) => {
    const fn = firstFn + k;
    const i = from + k;
    return `pci ${i} pcie-root-port 00:0${slot}.${fn}${fn === 0 && mfOn ? ' mf' : ''} chassis=${i} port=0x${((slot << 3) + fn).toString(16)}`;
  });

describe('pci assign (qemuDomainAssignPCIAddresses)', () => {
  it('places facts.md §5\'s verified q35 example exactly', () => {
    const d = domain('q35', {
      ...kubevirtDevices(),
      controllers: [
        { type: 'usb', index: 0, model: 'none' },
        { type: 'virtio-serial', index: 0, model: 'virtio-non-transitional' },
        { type: 'scsi', index: 0, model: 'virtio-non-transitional' },
      ],
      interfaces: [tap('nic'), vdpa('offload', 1)],
      hostdevs: [{ alias: 'ua-sriov-vf', source: { domain: 0, bus: 0xcc, slot: 0, function: 2 } }],
      rngs: [{ model: 'virtio-non-transitional', backend: '/dev/urandom' }],
      disks: [disk('vda', 'virtio', 'virtio-non-transitional'), { ...disk('sda', 'sata'), device: 'cdrom', readonly: true }],
    });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    assignNonPciAddresses(d);
    expect(layout(d)).to.deep.equal([
      'disk vda 05:00.0',
      'disk sda drive 0:0:0:0',
      'usb 0 none -',
      'virtio-serial 0 virtio-non-transitional 03:00.0',
      'scsi 0 virtio-non-transitional 04:00.0',
      'sata 0 00:1f.2',
      'pci 0 pcie-root -',
      ...rootPorts(1, 8, 2),
      // the spare root port libvirt adds for hotplug, alone on its slot
      'pci 9 pcie-root-port 00:03.0 chassis=9 port=0x18',
      'interface ua-nic 01:00.0',
      'interface ua-offload 02:00.0',
      'channel virtio-serial 0:0:1',
      'video 00:01.0',
      'hostdev ua-sriov-vf 06:00.0',
      'memballoon virtio-non-transitional 07:00.0',
      'rng 08:00.0',
    ]);
  });

  it('puts conventional devices behind a pcie-to-pci-bridge on its own root port', () => {
    const d = domain('q35', { ...kubevirtDevices('virtio-transitional'), interfaces: [tap('a', 'virtio-transitional'), vdpa('b', 1)] });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    expect(layout(d)).to.deep.equal([
      'usb 0 none -',
      'scsi 0 virtio-transitional 02:02.0',
      'virtio-serial 0 virtio-transitional 02:03.0',
      'sata 0 00:1f.2',
      'pci 0 pcie-root -',
      'pci 1 pcie-root-port 00:02.0 mf chassis=1 port=0x10',
      'pci 2 pcie-to-pci-bridge 01:00.0',
      'pci 3 pcie-root-port 00:02.1 chassis=3 port=0x11',
      'pci 4 pcie-root-port 00:02.2 chassis=4 port=0x12',
      'interface ua-a 02:01.0',
      'interface ua-b 03:00.0',
      'channel -',
      'video 00:01.0',
      'memballoon virtio-transitional 02:04.0',
    ]);
  });

  it('lays out pc: PIIX3 on slot 1, vga on slot 2, devices from slot 3, the AHCI controller in class order', () => {
    const d = domain('pc', { ...kubevirtDevices(), interfaces: [tap('a'), vdpa('b', 1)], disks: [{ ...disk('sda', 'sata'), device: 'cdrom', readonly: true }] });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    assignNonPciAddresses(d);
    expect(layout(d)).to.deep.equal([
      'disk sda drive 0:0:0:0',
      'usb 0 none -',
      'scsi 0 virtio-non-transitional 00:05.0',
      'virtio-serial 0 virtio-non-transitional 00:06.0',
      'pci 0 pci-root -',
      'sata 0 00:07.0',
      'interface ua-a 00:03.0',
      'interface ua-b 00:04.0',
      'channel virtio-serial 0:0:1',
      'video 00:02.0',
      'memballoon virtio-non-transitional 00:08.0',
    ]);
  });

  it('adds a pci-bridge when pc\'s pci-root fills up, keeping a slot for it', () => {
    const disks = Array.from({ length: 27 }, (_, i) => disk(`vd${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'a' : ''}`, 'virtio', 'virtio-non-transitional'));
    const d = domain('pc', { ...kubevirtDevices(), disks });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    const l = layout(d);
    expect(l.filter((x) => x.startsWith('pci '))).to.deep.equal(['pci 0 pci-root -', 'pci 1 pci-bridge 00:03.0 chassisNr=1']);
    // slot 1 PIIX3, 2 vga, 3 the bridge (PCI controllers go first), 4-5 scsi and virtio-serial, 6-31 vda-vdz
    expect(l.filter((x) => / 01:/.test(x))).to.deep.equal(['disk vdaa 01:01.0', 'memballoon virtio-non-transitional 01:02.0']);
  });

  it('keeps a user address, moving a conventional one on a missing bus to the bridge libvirt adds (libvirt 9.0 quirk)', () => {
    const nic = tap('a', 'e1000');
    nic.address = { type: 'pci', pci: { domain: 0, bus: 1, slot: 3, function: 0 } };
    const d = domain('q35', { ...kubevirtDevices(), interfaces: [nic] });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    expect(layout(d).filter((x) => x.startsWith('interface') || x.startsWith('pci 2'))).to.deep.equal([
      'pci 2 pcie-to-pci-bridge 01:00.0',
      'interface ua-a 02:03.0',
    ]);
  });

  it('moves the video when a user address takes 00:01.0', () => {
    const nic = tap('a');
    nic.address = { type: 'pci', pci: { domain: 0, bus: 0, slot: 1, function: 0 } };
    const d = domain('q35', { ...kubevirtDevices(), interfaces: [nic] });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    expect(layout(d).filter((x) => x.startsWith('interface') || x.startsWith('video'))).to.deep.equal(['interface ua-a 00:01.0', 'video 02:01.0']);
  });

  it('gives a seventh sata disk a second AHCI controller, conventional PCI behind a bridge, appended after pcie-root', () => {
    const d = domain('q35', { ...kubevirtDevices('virtio-non-transitional', { serial: false }), disks: ['sda', 'sdb', 'sdc', 'sdd', 'sde', 'sdf', 'sdg'].map((n) => disk(n, 'sata')) });
    expect(assignPciAddresses(d)).to.deep.equal([]);
    expect(layout(d).filter((x) => !x.startsWith('disk'))).to.deep.equal([
      'usb 0 none -',
      'scsi 0 virtio-non-transitional 02:00.0',
      'sata 0 00:1f.2',
      'pci 0 pcie-root -',
      'sata 1 03:01.0',
      'virtio-serial 0 04:00.0',
      'pci 1 pcie-root-port 00:02.0 mf chassis=1 port=0x10',
      'pci 2 pcie-root-port 00:02.1 chassis=2 port=0x11',
      'pci 3 pcie-to-pci-bridge 01:00.0',
      'pci 4 pcie-root-port 00:02.2 chassis=4 port=0x12',
      'pci 5 pcie-root-port 00:02.3 chassis=5 port=0x13',
      'pci 6 pcie-root-port 00:02.4 chassis=6 port=0x14',
      'channel -',
      'video 00:01.0',
      'memballoon virtio-non-transitional 05:00.0',
    ]);
  });

  it('reports a clash with a user address instead of placing anything', () => {
    const a = tap('a');
    const b = tap('b');
    a.address = { type: 'pci', pci: { domain: 0, bus: 0, slot: 0x1f, function: 0 } };
    b.address = { type: 'pci', pci: { domain: 0, bus: 2, slot: 4, function: 0 } };
    const clash = domain('q35', { ...kubevirtDevices(), interfaces: [a] });
    expect(assignPciAddresses(clash).map((p) => `${p.kind}: ${p.message}`)).to.deep.equal(['conflict: guest PCI address 0000:00:1f.0 is already in use']);
    const badSlot = domain('q35', { ...kubevirtDevices(), interfaces: [tap('x'), tap('y'), b] });
    const problems = assignPciAddresses(badSlot);
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).to.deep.equal([
      'conflict: interface ua-b: guest PCI address 0000:02:04.0: slot must be <= 0 on the pcie-root-port with index 2',
    ]);
    expect(problems[0]!.device).to.equal(b);
  });

  it('reports running out of root ports on q35, never a wrong address', () => {
    const disks = Array.from({ length: 235 }, (_, i) => disk(`vd${i}`, 'virtio', 'virtio-non-transitional'));
    const d = domain('q35', { ...kubevirtDevices(), disks });
    expect(assignPciAddresses(d).map((p) => `${p.kind}: ${p.message}`)).to.deep.equal([
      'exhausted: pcie-root has no function left for another pcie-root-port: a q35 guest has room for about 230 root ports, one per PCIe device',
    ]);
  });
});
