import { expect } from 'chai';
import type { Controller, Disk } from '../../src/model/domain.js';
import {
  addImplicitControllers, assignNonPciAddresses, insertController, parseOrder, sataDriveAddress,
} from '../../src/pci/implicit-controllers.js';
import { diskNameIndex } from '../../src/kubevirt/disk-names.js';
import { domain, kubevirtDevices, layout } from './pci-helpers.js';

const disk = (dev: string, bus: Disk['target']['bus']): Disk => ({
  device: 'disk', type: 'file', driver: { name: 'qemu', type: 'raw' }, source: `/${dev}`, target: { dev, bus }, readonly: false,
});
const names = (cs: Controller[]) => cs.map((c) => `${c.type}${c.index}`);

describe('pci implicit controllers and drive addresses', () => {
  it('maps disk names to indexes and sata drive addresses, six units a controller', () => {
    expect(['sda', 'sdf', 'sdg', 'sdz', 'sdaa', 'vdb'].map(diskNameIndex)).to.deep.equal([0, 5, 6, 25, 26, 1]);
    expect(['sda', 'sdf', 'sdg', 'sdm'].map(sataDriveAddress)).to.deep.equal([
      { controller: 0, unit: 0 }, { controller: 0, unit: 5 }, { controller: 1, unit: 0 }, { controller: 2, unit: 0 },
    ]);
  });

  it('files parsed controllers by type and index; parseOrder re-sorts a dump', () => {
    const list: Controller[] = [];
    for (const c of [{ type: 'usb', index: 0 }, { type: 'pci', index: 2 }, { type: 'scsi', index: 0 }, { type: 'pci', index: 0 }, { type: 'pci', index: 1 }] as Controller[]) {
      insertController(list, c);
    }
    expect(names(list)).to.deep.equal(['usb0', 'pci0', 'pci1', 'pci2', 'scsi0']);
    const dumped = [{ type: 'sata', index: 0 }, { type: 'pci', index: 0 }, { type: 'virtio-serial', index: 0 }, { type: 'pci', index: 1 }] as Controller[];
    expect(names(parseOrder(dumped))).to.deep.equal(['sata0', 'pci0', 'pci1', 'virtio-serial0']);
  });

  it('adds on q35 the SATA controller and pcie-root, then controllers for disks and the agent channel, appended', () => {
    const d = domain('q35', { ...kubevirtDevices('virtio-non-transitional', { serial: false }), disks: [disk('sdh', 'sata')] });
    addImplicitControllers(d);
    expect(names(d.devices.controllers)).to.deep.equal(['usb0', 'scsi0', 'sata0', 'pci0', 'sata1', 'virtio-serial0']);
  });

  it('adds on pc pci-root and no IDE controller; a sata controller only for sata disks', () => {
    const d = domain('pc', kubevirtDevices());
    addImplicitControllers(d);
    expect(names(d.devices.controllers)).to.deep.equal(['usb0', 'scsi0', 'virtio-serial0', 'pci0']);
    const withSata = domain('pc', { ...kubevirtDevices(), disks: [disk('sda', 'sata')] });
    addImplicitControllers(withSata);
    expect(names(withSata.devices.controllers)).to.deep.equal(['usb0', 'scsi0', 'virtio-serial0', 'pci0', 'sata0']);
  });

  it('fills drive addresses and virtio-serial ports, keeping KubeVirt\'s scsi addresses', () => {
    const scsi = disk('sdh', 'scsi');
    scsi.address = { type: 'drive', controller: 0, bus: 0, target: 0, unit: 7 };
    const d = domain('q35', { ...kubevirtDevices(), disks: [disk('sda', 'sata'), disk('sdg', 'sata'), scsi, disk('sdi', 'scsi')] });
    d.devices.channels.push({ type: 'unix', targetName: 'org.qemu.guest_agent.1' });
    assignNonPciAddresses(d);
    expect(layout(d).filter((l) => l.startsWith('disk') || l.startsWith('channel'))).to.deep.equal([
      'disk sda drive 0:0:0:0', 'disk sdg drive 1:0:0:0', 'disk sdh drive 0:0:0:7',
      // a scsi disk without KubeVirt's address gets libvirt's: seven units a controller
      'disk sdi drive 1:0:0:1',
      'channel virtio-serial 0:0:1', 'channel virtio-serial 0:0:2',
    ]);
  });
});
