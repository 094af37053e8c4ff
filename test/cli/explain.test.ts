import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { block, runCli } from './helpers.js';

const seed = (name: string): string => readFileSync(`fixtures/seed/${name}`, 'utf8');

describe('vdpa-xml explain', () => {
  it('without a NAD, cites the KUBEVIRT_RESOURCE_NAME_ line the resource came from', () => {
    const r = runCli(['explain', 'fixtures/seed/vmi.yaml', '--env', 'fixtures/seed/env.txt', '--format', 'json']);
    const offload = (JSON.parse(r.stdout) as { interfaces: { name: string; resource: string; from: Record<string, unknown> }[] }).interfaces[1]!;
    expect([r.code, offload.name, offload.resource, offload.from.resource]).to.deep.equal([
      0, 'offload', 'intel.com/vdpa_jaguar_vhost',
      { source: 'env', file: 'fixtures/seed/env.txt', line: 3, column: 1, note: 'KUBEVIRT_RESOURCE_NAME_offload, no NAD given' },
    ]);
  });

  it('--wide puts NAD, resource, device ID and where the device came from in the row, however wide', () => {
    const r = runCli(['explain', 'fixtures/seed', '--wide']);
    expect(r.code).to.equal(0);
    expect(r.stdout.split('\n').slice(0, 6).join('\n')).to.equal(block(`
      VirtualMachineInstance default/myvmi: 3 interfaces, as the KubeVirt 1.9.0 virt-launcher defines it

      NAME      BINDING     NETWORK              NAD                  RESOURCE                     DEVICE ID     FROM     SOURCE             QUEUES  MAC                GUEST PCI
      default   masquerade  pod                  -                    -                            -             derived  tap0               4       52:54:00:b2:60:8c  01:00.0
      offload   vdpa        default/offload-ovn  default/offload-ovn  intel.com/vdpa_jaguar_vhost  0000:cc:00.2  env      /dev/vhost-vdpa-1  4       52:54:00:70:90:0a  02:00.0
      offload2  vdpa        default/offload-ovn  default/offload-ovn  intel.com/vdpa_jaguar_vhost  0000:cc:00.3  env      /dev/vhost-vdpa-2  4       52:54:00:a9:06:df  03:00.0
    `).trimEnd());
  });

  it('shows a row per interface and where each value came from', () => {
    const r = runCli(['explain', 'fixtures/seed']);
    expect(r).to.deep.include({
      code: 0,
      stderr: '',
      stdout: block(`
        VirtualMachineInstance default/myvmi: 3 interfaces, as the KubeVirt 1.9.0 virt-launcher defines it

        NAME      BINDING     NETWORK              SOURCE             QUEUES  MAC                GUEST PCI
        default   masquerade  pod                  tap0               4       52:54:00:b2:60:8c  01:00.0
        offload   vdpa        default/offload-ovn  /dev/vhost-vdpa-1  4       52:54:00:70:90:0a  02:00.0
        offload2  vdpa        default/offload-ovn  /dev/vhost-vdpa-2  4       52:54:00:a9:06:df  03:00.0

        Where each value came from:
        default
          network    pod                          vmi  fixtures/seed/vmi.yaml:30:5
          source     tap0                         derived: KubeVirt's tap for the pod network
          MAC        52:54:00:b2:60:8c            derived: from default/myvmi/default (--mac stable)
          guest PCI  0000:01:00.0                 placement: libvirt's order (--hotplug-reserve kubevirt)
        offload
          network    default/offload-ovn          vmi  fixtures/seed/vmi.yaml:32:20
          NAD        default/offload-ovn          nad  fixtures/seed/nad.yaml:4:9
          resource   intel.com/vdpa_jaguar_vhost  nad  fixtures/seed/nad.yaml:7:38
          device ID  0000:cc:00.2                 env  fixtures/seed/env.txt:2:39
          source     /dev/vhost-vdpa-1            env  fixtures/seed/env.txt:1:45
          MAC        52:54:00:70:90:0a            derived: from default/myvmi/offload (--mac stable)
          guest PCI  0000:02:00.0                 placement: libvirt's order (--hotplug-reserve kubevirt)
        offload2
          network    default/offload-ovn          vmi  fixtures/seed/vmi.yaml:35:20
          NAD        default/offload-ovn          nad  fixtures/seed/nad.yaml:4:9
          resource   intel.com/vdpa_jaguar_vhost  nad  fixtures/seed/nad.yaml:7:38
          device ID  0000:cc:00.3                 env  fixtures/seed/env.txt:2:52
          source     /dev/vhost-vdpa-2            env  fixtures/seed/env.txt:1:137
          MAC        52:54:00:a9:06:df            derived: from default/myvmi/offload2 (--mac stable)
          guest PCI  0000:03:00.0                 placement: libvirt's order (--hotplug-reserve kubevirt)
      `),
    });
  });

  it('shows SR-IOV interfaces by host PCI address and wraps a long network within 100 columns', () => {
    const r = runCli(['explain', 'fixtures/vdpa-sriov-bridge']);
    expect(r.code).to.equal(0);
    const table = r.stdout.split('\n\n')[1];
    expect(table).to.equal(block(`
      NAME       BINDING     NETWORK               SOURCE             QUEUES  MAC                GUEST PCI
      default    masquerade  pod                   tap0               -       52:54:00:89:f3:83  01:00.0
      offload    vdpa        default/offload-ovn   /dev/vhost-vdpa-1  -       52:54:00:d6:7c:24  02:00.0
      sriov-net  sriov       default/sriov-        0000:18:02.5       -       -                  07:00.0
                             vlan100
      blue       bridge      blue                  tap16477688c0e     -       52:54:00:49:dc:de  03:00.0
    `).trimEnd());
    expect(r.stdout).to.contain(block(`
      sriov-net
        network    default/sriov-vlan100        vmi  fixtures/vdpa-sriov-bridge/vmi.yaml:39:20
        NAD        default/sriov-vlan100        nad  fixtures/vdpa-sriov-bridge/nad.yaml:14:9
        resource   intel.com/sriov_netdevice    nad  fixtures/vdpa-sriov-bridge/nad.yaml:17:38
        device ID  0000:18:02.5                 env  fixtures/vdpa-sriov-bridge/env.txt:3:37
        source     0000:18:02.5                 env  fixtures/vdpa-sriov-bridge/env.txt:3:37
        guest PCI  0000:07:00.0                 placement: libvirt's order (--hotplug-reserve kubevirt)
      blue
        network    blue                         vmi  fixtures/vdpa-sriov-bridge/vmi.yaml:42:20
        source     tap16477688c0e               derived: KubeVirt's tap: 'tap' + sha256(network)[:11]
    `));
    for (const line of r.stdout.split('\n')) expect(line.length, line).to.be.at.most(100);
  });

  it('with errors shows how far each interface got, prints the diagnostics and exits 1', () => {
    const env = seed('env.txt').split('\n').filter((l) => !l.startsWith('PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST_INFO=')).join('\n');
    const r = runCli(['explain', 'nomount'], { files: { 'nomount/vmi.yaml': seed('vmi.yaml'), 'nomount/nad.yaml': seed('nad.yaml'), 'nomount/env.txt': env } });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal(block(`
      VirtualMachineInstance default/myvmi: 3 interfaces, as the KubeVirt 1.9.0 virt-launcher defines it

      NAME      BINDING     NETWORK              SOURCE  QUEUES  MAC                GUEST PCI
      default   masquerade  pod                  tap0    -       52:54:00:b2:60:8c  -
      offload   vdpa        default/offload-ovn  -       -       52:54:00:70:90:0a  -
      offload2  vdpa        default/offload-ovn  -       -       52:54:00:a9:06:df  -

      Where each value came from:
      default
        network    pod                          vmi  nomount/vmi.yaml:30:5
        source     tap0                         derived: KubeVirt's tap for the pod network
        MAC        52:54:00:b2:60:8c            derived: from default/myvmi/default (--mac stable)
      offload
        network    default/offload-ovn          vmi  nomount/vmi.yaml:32:20
        NAD        default/offload-ovn          nad  nomount/nad.yaml:4:9
        resource   intel.com/vdpa_jaguar_vhost  nad  nomount/nad.yaml:7:38
        MAC        52:54:00:70:90:0a            derived: from default/myvmi/offload (--mac stable)
      offload2
        network    default/offload-ovn          vmi  nomount/vmi.yaml:35:20
        NAD        default/offload-ovn          nad  nomount/nad.yaml:4:9
        resource   intel.com/vdpa_jaguar_vhost  nad  nomount/nad.yaml:7:38
        MAC        52:54:00:a9:06:df            derived: from default/myvmi/offload2 (--mac stable)
    `));
    const help =
      "  help: device plugins before v3.6 do not write _INFO; pass the launcher pod's network-status (--network-status, from kubectl get pod <virt-launcher-pod> -o yaml) " +
      "or the node's inventory (--host-devices, from vdpa-xml inventory on the node), or recreate the pod so the device is allocated again";
    expect(r.stderr).to.equal(
      [
        'nomount/env.txt:1:39: error[NO_VDPA_MOUNT]: the env dump has no PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST_INFO, so the /dev/vhost-vdpa-N of device 0000:cc:00.2 is unknown',
        '  |',
        '1 | PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST=0000:cc:00.2,0000:cc:00.3',
        '  |                                       ^^^^^^^^^^^^',
        help,
        "  note: nomount/env.txt:1:52: device 0000:cc:00.3 has no path either",
        '1 error',
        '',
      ].join('\n'),
    );
  });

  it('--format json gives every value, null when unknown, with where it came from', () => {
    const r = runCli(['explain', 'fixtures/vdpa-interface-options', '--format', 'json']);
    expect(r.code).to.equal(0);
    expect(r.stderr).to.equal('');
    const at = (file: string, line: number, column: number, source: string): object => ({ source, file: `fixtures/vdpa-interface-options/${file}`, line, column });
    expect(JSON.parse(r.stdout)).to.deep.equal({
      vmi: { kind: 'VirtualMachineInstance', namespace: 'lab', name: 'pxe', kubevirtVersion: '1.9.0' },
      interfaces: [
        {
          name: 'boot',
          binding: 'vdpa',
          network: 'lab/pxe-vdpa',
          nad: 'lab/pxe-vdpa',
          resource: 'intel.com/vdpa_lab',
          deviceId: '0000:5e:00.2',
          source: '/dev/vhost-vdpa-10',
          target: null,
          queues: null,
          mac: '02:00:00:aa:bb:01',
          guestPci: '0000:01:00.0',
          state: null,
          from: {
            network: at('vmi.yaml', 35, 20, 'vmi'),
            nad: at('nad.yaml', 4, 9, 'nad'),
            resource: at('nad.yaml', 7, 38, 'nad'),
            deviceId: at('env.txt', 1, 30, 'env'),
            source: at('env.txt', 2, 36, 'env'),
            mac: at('vmi.yaml', 24, 21, 'vmi'),
            guestPci: { source: 'placement', note: "libvirt's order (--hotplug-reserve kubevirt)" },
          },
        },
        {
          name: 'standby',
          binding: 'vdpa',
          network: 'lab/pxe-vdpa',
          nad: 'lab/pxe-vdpa',
          resource: 'intel.com/vdpa_lab',
          deviceId: '0000:5e:00.3',
          source: '/dev/vhost-vdpa-11',
          target: null,
          queues: null,
          mac: '52:54:00:be:fd:44',
          guestPci: '0000:0a:00.0',
          state: 'down',
          from: {
            network: at('vmi.yaml', 38, 20, 'vmi'),
            nad: at('nad.yaml', 4, 9, 'nad'),
            resource: at('nad.yaml', 7, 38, 'nad'),
            deviceId: at('env.txt', 1, 43, 'env'),
            source: at('env.txt', 2, 129, 'env'),
            mac: { source: 'derived', note: 'from lab/pxe/standby (--mac stable)' },
            guestPci: at('vmi.yaml', 31, 21, 'vmi'),
          },
        },
      ],
      diagnostics: [],
    });
  });

  it('--format json when the VMI cannot be read: no VMI, no interfaces, the diagnostics (exit 1)', () => {
    const r = runCli(['explain', 'missing.yaml', '--format', 'json']);
    expect(r).to.deep.include({ code: 1, stderr: '' });
    expect(JSON.parse(r.stdout)).to.deep.equal({
      vmi: null,
      interfaces: [],
      diagnostics: [{ code: 'READ_FAILED', severity: 'error', message: 'cannot read missing.yaml: no such file', help: 'check the path', related: [] }],
    });
  });
});
