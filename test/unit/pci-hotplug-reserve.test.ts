import { expect } from 'chai';
import type { PlacementRequest } from '../../src/build/placement-request.js';
import type { Disk } from '../../src/model/domain.js';
import { hotplugPlan, placeDevices, portsInUse } from '../../src/pci/hotplug-reserve.js';
import { domain, kubevirtDevices, layout, tap, vdpa } from './pci-helpers.js';

const GiB = 2 ** 30;
const vmiWith = (interfaces: number, transitional = false): PlacementRequest => ({
  interfaceCount: interfaces,
  placeholderModel: transitional ? 'virtio-transitional' : 'virtio-non-transitional',
  origins: new Map(),
  requested: [],
  fallback: { file: 'vmi.yaml', line: 1, col: 1, offset: 0 },
  machinePos: { file: 'vmi.yaml', line: 1, col: 1, offset: 0 },
});
const vda: Disk = { device: 'disk', type: 'file', driver: { name: 'qemu', type: 'qcow2' }, source: '/a', target: { dev: 'vda', bus: 'virtio' }, model: 'virtio-non-transitional', readonly: false };
const seed = (mem = 2 * GiB) => domain('q35', { ...kubevirtDevices(), interfaces: [tap('default'), vdpa('offload', 1), vdpa('offload2', 2)], disks: [{ ...vda }] }, mem);

describe('pci hotplug reserve (virt-launcher allocateHotplugPorts)', () => {
  it('counts ports in use as virt-launcher does: interfaces, controllers but the roots (usb none too), virtio disks, balloon', () => {
    expect(portsInUse(seed())).to.equal(8);
    expect(portsInUse(domain('q35', kubevirtDevices('virtio-non-transitional', { balloon: false })))).to.equal(4);
  });

  it('plans placeholders and extra ports (kubevirt.md §1.4)', () => {
    expect(hotplugPlan(seed(), vmiWith(3))).to.deep.equal({ placeholders: 1, extraPorts: 2 });
    expect(hotplugPlan(seed(4 * GiB), vmiWith(3))).to.deep.equal({ placeholders: 1, extraPorts: 7 });
    // exactly 2 GiB is not above 2 GiB
    expect(hotplugPlan(seed(2 * GiB + 1), vmiWith(3))).to.deep.equal({ placeholders: 1, extraPorts: 7 });
    expect(hotplugPlan(domain('q35', { ...kubevirtDevices(), interfaces: [tap('a')], disks: [{ ...vda }] }), vmiWith(1))).to.deep.equal({ placeholders: 3, extraPorts: 0 });
    // no interfaces: no placeholders
    expect(hotplugPlan(domain('q35', kubevirtDevices()), vmiWith(0))).to.deep.equal({ placeholders: 0, extraPorts: 4 });
  });

  it('reproduces the seed\'s layout: NICs 1-3, placeholder port 4 free, scsi 5, virtio-serial 6, vda 7, balloon 8, spare 9, extra 10-11', () => {
    const d = seed();
    expect(placeDevices(d, vmiWith(3), 'kubevirt')).to.deep.equal([]);
    expect(layout(d).filter((l) => !l.startsWith('pci '))).to.deep.equal([
      'disk vda 07:00.0',
      'usb 0 none -',
      'scsi 0 virtio-non-transitional 05:00.0',
      'virtio-serial 0 virtio-non-transitional 06:00.0',
      'sata 0 00:1f.2',
      'interface ua-default 01:00.0',
      'interface ua-offload 02:00.0',
      'interface ua-offload2 03:00.0',
      'channel -',
      'video 00:01.0',
      'memballoon virtio-non-transitional 08:00.0',
    ]);
    expect(layout(d).filter((l) => l.startsWith('pci ')).slice(-4)).to.deep.equal([
      'pci 8 pcie-root-port 00:02.7 chassis=8 port=0x17',
      // the spare port becomes multifunction once the extra ports join its slot
      'pci 9 pcie-root-port 00:03.0 mf chassis=9 port=0x18',
      'pci 10 pcie-root-port 00:03.1 chassis=10 port=0x19',
      'pci 11 pcie-root-port 00:03.2 chassis=11 port=0x1a',
    ]);
  });

  it('with 4+ interfaces puts the extra ports, indexes 1.., in the converter\'s spec: libvirt fills them, adds no spare', () => {
    const d = domain('q35', { ...kubevirtDevices(), interfaces: [tap('a'), vdpa('b', 1), vdpa('c', 2), tap('d')] });
    expect(placeDevices(d, vmiWith(4), 'kubevirt')).to.deep.equal([]);
    expect(layout(d)).to.deep.equal([
      'usb 0 none -',
      'scsi 0 virtio-non-transitional 05:00.0',
      'virtio-serial 0 virtio-non-transitional 06:00.0',
      'pci 1 pcie-root-port 00:02.0 mf chassis=1 port=0x10',
      'pci 2 pcie-root-port 00:02.1 chassis=2 port=0x11',
      'pci 3 pcie-root-port 00:02.2 chassis=3 port=0x12',
      // libvirt appends what it adds after the controllers it parsed
      'sata 0 00:1f.2',
      'pci 0 pcie-root -',
      'pci 4 pcie-root-port 00:02.3 chassis=4 port=0x13',
      'pci 5 pcie-root-port 00:02.4 chassis=5 port=0x14',
      'pci 6 pcie-root-port 00:02.5 chassis=6 port=0x15',
      'pci 7 pcie-root-port 00:02.6 chassis=7 port=0x16',
      'interface ua-a 01:00.0',
      'interface ua-b 02:00.0',
      'interface ua-c 03:00.0',
      'interface ua-d 04:00.0',
      'channel -',
      'video 00:01.0',
      'memballoon virtio-non-transitional 07:00.0',
    ]);
  });

  it('does nothing of the sort on pc or with --hotplug-reserve none', () => {
    const pc = domain('pc', { ...kubevirtDevices(), interfaces: [tap('a')] });
    expect(placeDevices(pc, vmiWith(1), 'kubevirt')).to.deep.equal([]);
    expect(pc.devices.controllers.filter((c) => c.type === 'pci').map((c) => c.model)).to.deep.equal(['pci-root']);
    const none = seed();
    expect(placeDevices(none, vmiWith(3), 'none')).to.deep.equal([]);
    // pcie-root, a root port for each of 3 NICs, scsi, virtio-serial, vda and the balloon, and libvirt's spare
    expect(none.devices.controllers.filter((c) => c.type === 'pci').length).to.equal(1 + 7 + 1);
  });
});
