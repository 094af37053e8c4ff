import { expect } from 'chai';
import { launcherOf } from '../../src/kubevirt/versions.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { validateVmi } from '../../src/validate/index.js';
import { brief, vmiFrom } from '../helpers.js';

/** Validates a VMI given by its interfaces and networks (YAML lines), returning the rule diagnostics. */
function check(interfaces: string, networks: string, disks = '', volumes = ''): string[] {
  const { vmi, diags } = vmiFrom(`kind: VirtualMachineInstance
metadata: {name: t}
spec:
  domain:
    memory: {guest: 1Gi}
    devices:
      interfaces:
${interfaces}
      disks:
${disks}
  networks:
${networks}
  volumes:
${volumes}
`);
  expect(brief(diags)).to.deep.equal([]);
  validateVmi({ vmi: vmi!, diags, vdpaBindingName: 'vdpa', launcher: launcherOf(DEFAULT_OPTIONS) });
  return brief(diags);
}

const multus = (name: string): string => `  - name: ${name}\n    multus: {networkName: ns/nad}`;

describe('validate/rules', () => {
  it('accepts a sound VMI', () => {
    expect(check('      - {name: default, masquerade: {}}\n      - {name: v, vdpa: {}, macAddress: "02:00:00:00:00:01", pciAddress: "0000:0a:00.0"}', `  - {name: default, pod: {}}\n${multus('v')}`)).to.deep.equal([]);
  });

  it('pairs interfaces and networks both ways', () => {
    expect(check('      - {name: a, vdpa: {}}', multus('b'))).to.deep.equal([
      "8:16 error INTERFACE_WITHOUT_NETWORK interface 'a' has no network named 'a'",
      "12:11 error NETWORK_WITHOUT_INTERFACE network 'b' has no interface named 'b'",
    ]);
  });

  it('rejects vdpa and sriov on the pod network and masquerade off it', () => {
    expect(check('      - {name: a, vdpa: {}}\n      - {name: b, masquerade: {}}', `  - {name: a, pod: {}}\n${multus('b')}`)).to.deep.equal([
      "8:19 error BINDING_NETWORK_MISMATCH interface 'a' is vdpa but network 'a' is the pod network",
      "9:19 error BINDING_NETWORK_MISMATCH interface 'b' is masquerade but network 'b' is not the pod network",
    ]);
  });

  it('treats binding: {name: vdpa} as vdpa and rejects other plugins', () => {
    expect(check('      - {name: a, binding: {name: vdpa}, model: e1000e}\n      - {name: b, binding: {name: passt}}', `${multus('a')}\n${multus('b')}`)).to.deep.equal([
      "9:19 error UNSUPPORTED_BINDING interface 'b' uses network binding plugin 'passt', which vdpa-xml does not translate",
      "8:49 error VDPA_MODEL vDPA interface 'a' has model 'e1000e', but a vDPA device is always virtio",
    ]);
  });

  it('checks MACs, PCI addresses, duplicates and boot orders', () => {
    const ifaces = [
      '      - {name: a, vdpa: {}, macAddress: "03:00:00:00:00:01", bootOrder: 2}',
      '      - {name: b, vdpa: {}, macAddress: "02:00:00:00:00", pciAddress: "0000:0a:00.0"}',
      '      - {name: c, vdpa: {}, pciAddress: "0000:0A:00.0", bootOrder: 2}',
      '      - {name: c, vdpa: {}, pciAddress: "0001:0b:00.0"}',
    ].join('\n');
    expect(check(ifaces, [multus('a'), multus('b'), multus('c')].join('\n'))).to.deep.equal([
      "11:16 error DUPLICATE_NAME interface name 'c' is used twice",
      "8:41 error INVALID_MAC macAddress 03:00:00:00:00:01 of interface 'a' is a multicast address",
      '9:41 error INVALID_MAC macAddress "02:00:00:00:00" of interface \'b\' is not a MAC address',
      "10:41 error DUPLICATE_PCI_ADDRESS interface 'c' asks for guest PCI address 0000:0a:00.0, already taken by interface 'b'",
      "11:41 error INVALID_PCI_ADDRESS pciAddress 0001:0b:00.0 of interface 'c' is on PCI domain 1, but the guest has only domain 0000",
      "10:68 error DUPLICATE_BOOT_ORDER bootOrder 2 of interface 'c' is already used by interface 'a'",
    ]);
  });

  it('checks disks against volumes, buses and device kinds', () => {
    const disks = ['      - {name: a, cdrom: {bus: virtio}}', '      - {name: b, disk: {bus: usb}}', '      - {name: c, lun: {}}', '      - {name: d, disk: {}}'].join('\n');
    const volumes = ['  - {name: a, containerDisk: {image: x}}', '  - {name: b, emptyDisk: {capacity: 1Gi}}', '  - {name: c, emptyDisk: {capacity: 1Gi}}'].join('\n');
    expect(check('      - {name: a, masquerade: {}}', '  - {name: a, pod: {}}', disks, volumes)).to.deep.equal([
      "10:32 error INVALID_VALUE cdrom 'a' cannot use bus virtio",
      "11:31 error UNSUPPORTED_FIELD disk 'b' has bus 'usb', which vdpa-xml does not translate",
      "12:16 error INVALID_VALUE lun 'c' is on bus sata (the default), but a lun passes SCSI commands through",
      "13:16 error DISK_WITHOUT_VOLUME disk 'd' has no volume named 'd'",
    ]);
  });
});
