import { expect } from 'chai';
import { controllerFlags, describeDevice, interfaceFlags, pciDevicesInClassOrder } from '../../src/pci/device-classes.js';
import { PCI_ENDPOINT, PCIE_ENDPOINT } from '../../src/pci/connect-flags.js';
import { domain, kubevirtDevices, tap, vdpa } from './pci-helpers.js';

const kind = (f: number) => (f === PCIE_ENDPOINT ? 'pcie' : f === PCI_ENDPOINT ? 'pci' : f === 0 ? 'none' : `0x${f.toString(16)}`);

describe('pci device classes (qemuDomainDeviceCalculatePCIConnectFlags)', () => {
  it('tells PCIe from conventional interfaces as libvirt 9.0 does', () => {
    const q35 = domain('q35');
    const models = ['virtio', 'virtio-non-transitional', 'virtio-transitional', 'e1000', 'e1000e', 'igb', 'rtl8139', 'ne2k_pci', 'pcnet'];
    const got = Object.fromEntries(models.map((m) => [m, kind(interfaceFlags(q35, tap('x', m)))]));
    expect(got).to.deep.equal({
      virtio: 'pcie', 'virtio-non-transitional': 'pcie', 'virtio-transitional': 'pci', e1000: 'pci', e1000e: 'pcie',
      // libvirt 9.0 has no enum value for these: an unknown model counts as PCIe (verified)
      igb: 'pcie', rtl8139: 'pci', ne2k_pci: 'pcie', pcnet: 'pcie',
    });
    expect(kind(interfaceFlags(q35, vdpa('v', 0)))).to.equal('pcie');
  });

  it('makes everything conventional on pc', () => {
    const pc = domain('pc');
    expect([tap('a'), tap('b', 'e1000e'), vdpa('c', 0)].map((i) => kind(interfaceFlags(pc, i)))).to.deep.equal(['pci', 'pci', 'pci']);
  });

  it('gives controllers their flags: sata and ide are conventional, usb none is no device', () => {
    const q35 = domain('q35');
    const got = [
      { type: 'usb', index: 0, model: 'none' },
      { type: 'usb', index: 0, model: 'qemu-xhci' },
      { type: 'scsi', index: 0, model: 'virtio-non-transitional' },
      { type: 'scsi', index: 0, model: 'virtio-transitional' },
      { type: 'scsi', index: 1, model: 'lsilogic' },
      { type: 'virtio-serial', index: 0 },
      { type: 'virtio-serial', index: 0, model: 'virtio-transitional' },
      { type: 'sata', index: 1 },
      { type: 'ide', index: 0 },
    ].map((c) => `${c.type}${c.model ? `/${c.model}` : ''} ${kind(controllerFlags(q35, c as never))}`);
    expect(got).to.deep.equal([
      'usb/none none', 'usb/qemu-xhci pcie', 'scsi/virtio-non-transitional pcie', 'scsi/virtio-transitional pci', 'scsi/lsilogic pci',
      'virtio-serial pcie', 'virtio-serial/virtio-transitional pci', 'sata pci', 'ide pci',
    ]);
  });

  it('orders devices as libvirt assigns them: nets, controllers in definition order, virtio disks, hostdevs, balloon, rng, videos', () => {
    const d = domain('q35', {
      ...kubevirtDevices(),
      interfaces: [tap('a'), vdpa('b', 0)],
      hostdevs: [{ alias: 'ua-sriov-c', source: { domain: 0, bus: 0xcc, slot: 0, function: 2 } }],
      rngs: [{ model: 'virtio-non-transitional', backend: '/dev/urandom' }],
      disks: [
        { device: 'cdrom', type: 'file', driver: { name: 'qemu', type: 'raw' }, source: '/s', target: { dev: 'sda', bus: 'sata' }, readonly: true },
        { device: 'disk', type: 'file', driver: { name: 'qemu', type: 'raw' }, source: '/v', target: { dev: 'vda', bus: 'virtio' }, model: 'virtio-non-transitional', readonly: false },
      ],
    });
    expect(pciDevicesInClassOrder(d).map((p) => `${describeDevice(d, p.info)} ${kind(p.flags)}`)).to.deep.equal([
      'interface ua-a pcie', 'interface ua-b pcie', 'scsi controller 0 pcie', 'virtio-serial controller 0 pcie',
      'disk vda pcie', 'hostdev ua-sriov-c pcie', 'memballoon pcie', 'rng pcie', 'video pci',
    ]);
  });

  it('leaves out a memballoon of model none', () => {
    const d = domain('q35', kubevirtDevices('virtio-non-transitional', { balloon: false }));
    expect(pciDevicesInClassOrder(d).map((p) => describeDevice(d, p.info))).to.deep.equal(['scsi controller 0', 'virtio-serial controller 0', 'video']);
  });
});
