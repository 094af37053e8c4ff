import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { block, runCli } from './helpers.js';

const seedExpected = readFileSync('fixtures/seed/expected.xml', 'utf8');

/** The <devices> element of a whole expected domain, as a fragment (one level less indented). */
function devicesOf(domainXml: string): string {
  const lines = domainXml.split('\n');
  const start = lines.findIndex((l) => l.trim() === '<devices>');
  const end = lines.findIndex((l) => l.trim() === '</devices>');
  return `${lines.slice(start, end + 1).map((l) => l.slice(2)).join('\n')}\n`;
}

describe('vdpa-xml render', () => {
  it('prints the whole domain', () => {
    const r = runCli(['render', 'fixtures/seed']);
    expect(r).to.deep.include({ code: 0, stdout: seedExpected, stderr: '' });
  });

  it('--interface prints one vDPA <interface> with its address, for virsh attach-device', () => {
    const r = runCli(['render', 'fixtures/seed', '--interface', 'offload2']);
    expect(r).to.deep.include({
      code: 0,
      stderr: '',
      stdout: block(`
        <interface type="vdpa">
          <mac address="52:54:00:a9:06:df"/>
          <source dev="/dev/vhost-vdpa-2"/>
          <model type="virtio"/>
          <driver name="vhost" queues="4"/>
          <alias name="ua-offload2"/>
          <address type="pci" domain="0x0000" bus="0x03" slot="0x00" function="0x0"/>
        </interface>
      `),
    });
  });

  it('--interface prints the <hostdev> of an SR-IOV interface', () => {
    const r = runCli(['render', 'fixtures/vdpa-sriov-bridge', '--interface', 'sriov-net']);
    expect(r).to.deep.include({
      code: 0,
      stderr: '',
      stdout: block(`
        <hostdev mode="subsystem" type="pci" managed="no">
          <source>
            <address domain="0x0000" bus="0x18" slot="0x02" function="0x5"/>
          </source>
          <alias name="ua-sriov-sriov-net"/>
          <address type="pci" domain="0x0000" bus="0x07" slot="0x00" function="0x0"/>
        </hostdev>
      `),
    });
  });

  it('--interface keeps a pciAddress the VMI set and the link state', () => {
    const r = runCli(['render', 'fixtures/vdpa-interface-options', '--interface', 'standby']);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal(block(`
      <interface type="vdpa">
        <mac address="52:54:00:be:fd:44"/>
        <source dev="/dev/vhost-vdpa-11"/>
        <model type="virtio"/>
        <link state="down"/>
        <alias name="ua-standby"/>
        <address type="pci" domain="0x0000" bus="0x0a" slot="0x00" function="0x0"/>
      </interface>
    `));
  });

  it('--interface with a name the VMI does not have is a usage error listing the names (exit 2)', () => {
    const r = runCli(['render', 'fixtures/seed', '--interface', 'ofload']);
    expect(r).to.deep.include({ code: 2, stdout: '', stderr: "error: --interface ofload: no such interface; the VMI has: default, offload, offload2\n" });
  });

  it('--interface on an interface with state: absent says the launcher leaves it out (exit 2)', () => {
    const dir = 'fixtures/vdpa-sriov-bridge';
    const vmi = readFileSync(`${dir}/vmi.yaml`, 'utf8').replace('      - name: blue\n        bridge: {}', '      - name: blue\n        bridge: {}\n        state: absent');
    const files = { 'absent/vmi.yaml': vmi, 'absent/nad.yaml': readFileSync(`${dir}/nad.yaml`, 'utf8'), 'absent/env.txt': readFileSync(`${dir}/env.txt`, 'utf8') };
    const r = runCli(['render', 'absent', '--interface', 'blue'], { files });
    expect(r).to.deep.include({ code: 2, stdout: '', stderr: 'error: --interface blue: the interface has state: absent, so the launcher leaves it out of the domain\n' });
  });

  it('--format json with --interface prints that device of the domain model', () => {
    const r = runCli(['render', 'fixtures/seed', '--interface', 'offload', '--format', 'json']);
    expect(r.code).to.equal(0);
    expect(JSON.parse(r.stdout)).to.deep.equal({
      type: 'vdpa',
      sourceDev: '/dev/vhost-vdpa-1',
      model: 'virtio',
      driver: { name: 'vhost', queues: 4 },
      mac: '52:54:00:70:90:0a',
      alias: 'ua-offload',
      address: { type: 'pci', pci: { domain: 0, bus: 2, slot: 0, function: 0 } },
    });
  });

  it('--devices-only prints <devices> exactly as the whole domain has it', () => {
    const r = runCli(['render', 'fixtures/seed', '--devices-only']);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: devicesOf(seedExpected) });
  });

  it('--interface and --devices-only together are a usage error', () => {
    const r = runCli(['render', 'fixtures/seed', '--interface', 'offload', '--devices-only']);
    expect(r).to.deep.include({
      code: 2,
      stdout: '',
      stderr: "error: option '--interface <name>' cannot be used with option '--devices-only'\n(run with --help for usage)\n",
    });
  });

  it('-o writes the fragment to the file and nothing to stdout', () => {
    const r = runCli(['render', 'fixtures/seed', '--interface', 'offload', '-o', 'nic.xml']);
    expect(r).to.deep.include({ code: 0, stdout: '', stderr: '' });
    expect(r.written.get('nic.xml')).to.match(/^<interface type="vdpa">\n[\s\S]*<\/interface>\n$/);
  });

  describe('--format json diagnostics', () => {
    const seedFiles = (vmi: string): Record<string, string> => ({
      'case/vmi.yaml': vmi,
      'case/nad.yaml': readFileSync('fixtures/seed/nad.yaml', 'utf8'),
    });

    it('an input error prints {"diagnostics": [...]} on stderr and nothing on stdout (exit 1)', () => {
      const r = runCli(['render', 'case', '--format', 'json'], { files: seedFiles(readFileSync('fixtures/seed/vmi.yaml', 'utf8')) });
      expect(r.code).to.equal(1);
      expect(r.stdout).to.equal('');
      expect(JSON.parse(r.stderr)).to.deep.equal({
        diagnostics: [
          {
            code: 'RESOURCE_NOT_IN_ENV',
            severity: 'error',
            message: 'no env dump to find the device of resource intel.com/vdpa_jaguar_vhost',
            help: "pass the launcher pod's environment with --env (kubectl exec <virt-launcher-pod> -- env > env.txt), its network-status (--network-status), or the device plugin config and the node's inventory (--device-plugin-config, --host-devices) to see what it would get",
            file: 'case/vmi.yaml',
            line: 25,
            column: 9,
            related: [{ message: "interface 'offload2' needs a device of intel.com/vdpa_jaguar_vhost too", file: 'case/vmi.yaml', line: 27, column: 9 }],
          },
        ],
      });
    });

    it('warnings of a run that succeeds are JSON on stderr too, the domain model on stdout', () => {
      const vmi = `${readFileSync('fixtures/seed/vmi.yaml', 'utf8')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n`;
      const files = { ...seedFiles(vmi), 'case/env.txt': readFileSync('fixtures/seed/env.txt', 'utf8') };
      const r = runCli(['render', 'case', '--format', 'json'], { files });
      expect(r.code).to.equal(0);
      expect(JSON.parse(r.stdout).name).to.equal('default_myvmi');
      expect(JSON.parse(r.stderr)).to.deep.equal({
        diagnostics: [
          {
            code: 'UNKNOWN_KIND',
            severity: 'warning',
            message: "the VMI input: a document of kind 'ConfigMap' is ignored",
            help: 'vdpa-xml reads VirtualMachineInstance, VirtualMachine and NetworkAttachmentDefinition objects, and as context VirtualMachineInstancetype, VirtualMachineClusterInstancetype, VirtualMachinePreference, VirtualMachineClusterPreference, PersistentVolumeClaim, DataVolume, DataSource, VolumeSnapshot',
            file: 'case/vmi.yaml',
            line: 42,
            column: 1,
            related: [],
          },
        ],
      });
    });
  });
});
