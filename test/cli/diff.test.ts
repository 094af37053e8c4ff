import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { block, runCli } from './helpers.js';

const DATA = 'test/data/libvirt';
const seedDump = readFileSync(`${DATA}/seed.dumpxml.xml`, 'utf8');
const drifted = `${DATA}/seed-drifted.dumpxml.xml`;

const SEED_NOT_COUNTED = 'not counted: 21 that libvirt adds or rewrites (--strict shows them)';
const DRIFTED_NOT_COUNTED = 'not counted: 21 that libvirt adds or rewrites, 1 in what vdpa-xml does not write (--strict shows them)';

/** The three differences planted in seed-drifted (README in test/data/libvirt). */
const PLANTED = block(`
  /domain/sysinfo/system/entry[name=uuid]
    ours:   f05be0c6-a7f4-5667-a218-0c0d934f768f
    theirs: 7c1a9e52-3d4b-4f8e-a1c6-2b9d0e5f3a71  (${drifted}:16)
  /domain/devices/interface[alias=ua-offload]/source/@dev
    ours:   /dev/vhost-vdpa-1
    theirs: /dev/vhost-vdpa-3  (${drifted}:112)
  /domain/devices/interface[alias=ua-offload2]/driver/@queues
    ours:   4
    theirs: (none)  (${drifted}:122)
`);

describe('vdpa-xml diff', () => {
  it("finds no difference with libvirt's own dumpxml of our domain (exit 0)", () => {
    const r = runCli(['diff', 'fixtures/seed', '--against', `${DATA}/seed.dumpxml.xml`]);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: `no differences; ${SEED_NOT_COUNTED}\n` });
  });

  it('finds none for SR-IOV hostdevs, bridge taps and a cdrom whose tray libvirt drops', () => {
    const r = runCli(['diff', 'fixtures/vdpa-sriov-bridge', '--against', `${DATA}/vdpa-sriov-bridge.dumpxml.xml`]);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: `no differences; ${SEED_NOT_COUNTED}\n` });
  });

  it('reports a launcher without hotplug ports, another vDPA device and missing queues (exit 1)', () => {
    const r = runCli(['diff', 'fixtures/seed', '--against', drifted]);
    expect(r).to.deep.include({
      code: 1,
      stderr: '',
      stdout: block(`
        /domain/sysinfo/system/entry[name=uuid]
          ours:   f05be0c6-a7f4-5667-a218-0c0d934f768f
          theirs: 7c1a9e52-3d4b-4f8e-a1c6-2b9d0e5f3a71  (${drifted}:16)
        /domain/devices/disk[target=vda]/address/@bus
          ours:   0x07
          theirs: 0x06  (${drifted}:47)
        /domain/devices/controller[type=scsi,index=0]/address/@bus
          ours:   0x05
          theirs: 0x04  (${drifted}:51)
        /domain/devices/controller[type=virtio-serial,index=0]/address/@bus
          ours:   0x06
          theirs: 0x05  (${drifted}:54)
        /domain/devices/controller[type=pci,index=9]
          ours:   <controller type="pci" index="9" model="pcie-root-port">…</controller>
          theirs: (none)
        /domain/devices/controller[type=pci,index=10]
          ours:   <controller type="pci" index="10" model="pcie-root-port">…</controller>
          theirs: (none)
        /domain/devices/controller[type=pci,index=11]
          ours:   <controller type="pci" index="11" model="pcie-root-port">…</controller>
          theirs: (none)
        /domain/devices/interface[alias=ua-offload]/source/@dev
          ours:   /dev/vhost-vdpa-1
          theirs: /dev/vhost-vdpa-3  (${drifted}:112)
        /domain/devices/interface[alias=ua-offload2]/driver/@queues
          ours:   4
          theirs: (none)  (${drifted}:122)
        /domain/devices/memballoon/address/@bus
          ours:   0x08
          theirs: 0x07  (${drifted}:154)
        10 differences; ${DRIFTED_NOT_COUNTED}
      `),
    });
  });

  it('with the same render options as that launcher (--hotplug-reserve none) only the planted differences remain', () => {
    const r = runCli(['diff', 'fixtures/seed', '--against', drifted, '--hotplug-reserve', 'none']);
    expect(r).to.deep.include({ code: 1, stderr: '', stdout: `${PLANTED}3 differences; ${DRIFTED_NOT_COUNTED}\n` });
  });

  it('--ignore leaves parts out and says how many (names may be repeated or comma-separated)', () => {
    const r = runCli(['diff', 'fixtures/seed', '--against', drifted, '--ignore', 'root-ports,address', '--ignore', 'uuid']);
    expect(r).to.deep.include({
      code: 1,
      stderr: '',
      // --ignore uuid covers libvirt's <uuid> too, so one fewer is "not counted"
      stdout: `${PLANTED.split('\n').slice(3).join('\n')}2 differences; ${DRIFTED_NOT_COUNTED.replace('21', '20')}; 9 left out by --ignore\n`,
    });
  });

  it('exits 0 when everything that differs is ignored', () => {
    const r = runCli(['diff', 'fixtures/seed', '--against', drifted, '--hotplug-reserve', 'none', '--ignore', 'uuid,queues,interface']);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: `no differences; not counted: 20 that libvirt adds or rewrites (--strict shows them); 5 left out by --ignore\n` });
  });

  it('--strict shows and counts what libvirt adds and what vdpa-xml does not write, with why', () => {
    const r = runCli(['diff', 'fixtures/seed', '--against', `${DATA}/seed.dumpxml.xml`, '--strict']);
    expect(r.code).to.equal(1);
    const paths = r.stdout.split('\n').filter((l) => l.startsWith('/'));
    expect(paths).to.deep.equal([
      '/domain/uuid',
      '/domain/currentMemory',
      '/domain/os/type/@machine',
      '/domain/os/boot',
      '/domain/cpu/@check',
      '/domain/cpu/topology/@dies',
      '/domain/clock',
      '/domain/on_poweroff',
      '/domain/on_reboot',
      '/domain/on_crash',
      '/domain/devices/emulator',
      '/domain/devices/serial[port=0]/target/@type',
      '/domain/devices/serial[port=0]/target/model',
      '/domain/devices/console[port=0]/@type',
      '/domain/devices/console[port=0]/source',
      '/domain/devices/console[port=0]/log',
      '/domain/devices/input[type=mouse,bus=ps2]',
      '/domain/devices/input[type=keyboard,bus=ps2]',
      '/domain/devices/graphics[type=vnc]/@socket',
      '/domain/devices/audio',
      '/domain/devices/video/model/@primary',
    ]);
    expect(r.stdout).to.contain(block(`
      /domain/os/type/@machine
        ours:   q35
        theirs: pc-q35-7.2  (${DATA}/seed.dumpxml.xml:21)
        note:   libvirt expands the machine alias q35 to the QEMU version's machine type
    `));
    expect(r.stdout.endsWith('\n21 differences\n')).to.equal(true);
  });

  it('ignores attribute order, quoting, whitespace, device order and the numeric forms libvirt reads alike', () => {
    let theirs = seedDump
      .replace(/'/g, '"')
      .replace(/<address type="pci" domain="0x0000" bus="0x02" slot="0x00" function="0x0"\/>/, '<address function="0" slot="0x0" bus="2" domain="0" type="pci"/>')
      .replace('<target chassis="1" port="0x10"/>', '<target port="16"\n         chassis="0x1" />')
      .replace('<memory unit="KiB">2097152</memory>', '<memory unit="MiB">  2048 </memory>')
      .replace('52:54:00:70:90:0a', '52:54:00:70:90:0A');
    // libvirt does not care where among <devices> an element is: put the vDPA NICs first
    const nics = theirs.match(/    <interface type="vdpa">[\s\S]*?<\/interface>\n/g)!;
    for (const nic of nics) theirs = theirs.replace(nic, '');
    theirs = theirs.replace('  <devices>\n', `  <devices>\n${nics.reverse().join('')}`);
    const r = runCli(['diff', 'fixtures/seed', '--against', 'theirs.xml'], { files: { 'theirs.xml': theirs } });
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: `no differences; ${SEED_NOT_COUNTED}\n` });
  });

  it("does not count what a running domain's dumpxml adds: id, libvirt's aliases, the expanded CPU, sockets, image indexes", () => {
    const live = seedDump
      .replace("<domain type='kvm'>", "<domain type='kvm' id='7'>")
      .replace("<cpu mode='host-model' check='partial'>", "<cpu mode='custom' match='exact' check='full'>\n    <model fallback='forbid'>Skylake-Server-IBRS</model>\n    <feature policy='require' name='ss'/>")
      .replace("<source file='/var/run/kubevirt-ephemeral-disks/disk-data/containerdisk/disk.qcow2'/>", "<source file='/var/run/kubevirt-ephemeral-disks/disk-data/containerdisk/disk.qcow2' index='2'/>")
      .replace("<backingStore type='file'>", "<backingStore type='file' index='1'>")
      .replace("      </backingStore>", "        <backingStore/>\n      </backingStore>")
      .replace("<controller type='usb' index='0' model='none'/>", "<controller type='usb' index='0' model='none'>\n      <alias name='usb'/>\n    </controller>")
      .replace("<target type='virtio' name='org.qemu.guest_agent.0'/>", "<source mode='bind' path='/var/run/libvirt/qemu/channel/7-default_myvmi/org.qemu.guest_agent.0'/>\n      <target type='virtio' name='org.qemu.guest_agent.0' state='disconnected'/>\n      <alias name='channel0'/>")
      .replace('</domain>', "  <seclabel type='none' model='none'/>\n  <resource>\n    <partition>/machine</partition>\n  </resource>\n</domain>");
    const r = runCli(['diff', 'fixtures/seed', '--against', 'live.xml'], { files: { 'live.xml': live } });
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: 'no differences; not counted: 35 that libvirt adds or rewrites (--strict shows them)\n' });
  });

  it('reports a device only we have and one only they have, by identity', () => {
    const offload2 = seedDump.match(/    <interface type='vdpa'>\n      <mac address='52:54:00:a9:06:df'\/>[\s\S]*?<\/interface>\n/)![0];
    const theirs = seedDump.replace(offload2, "    <watchdog model='i6300esb' action='reset'/>\n");
    const r = runCli(['diff', 'fixtures/seed', '--against', 'theirs.xml'], { files: { 'theirs.xml': theirs } });
    expect(r).to.deep.include({
      code: 1,
      stderr: '',
      // theirs-only elements are listed where their file has them
      stdout: block(`
        /domain/devices/watchdog
          ours:   (none)
          theirs: <watchdog model="i6300esb" action="reset"/>  (theirs.xml:132)
        /domain/devices/interface[alias=ua-offload2]
          ours:   <interface type="vdpa">…</interface>
          theirs: (none)
        2 differences; ${SEED_NOT_COUNTED}
      `),
    });
  });

  it('--format json: the counted differences, the ones not counted with why, and the counts', () => {
    const r = runCli(['diff', 'fixtures/seed', '--against', drifted, '--hotplug-reserve', 'none', '--format', 'json']);
    expect(r).to.deep.include({ code: 1, stderr: '' });
    const doc = JSON.parse(r.stdout) as { notCounted: { path: string; category: string }[] };
    expect({ ...doc, notCounted: doc.notCounted.length }).to.deep.equal({
      same: false,
      differences: [
        { path: '/domain/sysinfo/system/entry[name=uuid]', kind: 'changed', ours: 'f05be0c6-a7f4-5667-a218-0c0d934f768f', theirs: '7c1a9e52-3d4b-4f8e-a1c6-2b9d0e5f3a71', theirsLine: 16, category: 'meaningful' },
        { path: '/domain/devices/interface[alias=ua-offload]/source/@dev', kind: 'changed', ours: '/dev/vhost-vdpa-1', theirs: '/dev/vhost-vdpa-3', theirsLine: 112, category: 'meaningful' },
        { path: '/domain/devices/interface[alias=ua-offload2]/driver/@queues', kind: 'ours-only', ours: '4', theirs: null, theirsLine: 122, category: 'meaningful' },
      ],
      notCounted: 22,
      matchingKubevirtVersions: [],
      ignored: 0,
      diagnostics: [],
    });
    expect(doc.notCounted.find((d) => d.path === '/domain/devices/interface[alias=ua-default]/mtu')).to.deep.equal({
      path: '/domain/devices/interface[alias=ua-default]/mtu',
      kind: 'theirs-only',
      ours: null,
      theirs: '<mtu size="1400"/>',
      theirsLine: 105,
      category: 'not-modelled',
      reason: 'vdpa-xml does not write it',
    });
  });

  describe('when the two cannot be compared (exit 2)', () => {
    it('a malformed --against file is an input error at its position', () => {
      const bad = '<domain>\n  <name>x</name>\n  <devices>\n    <interface type="vdpa">\n  </devices>\n</domain>\n';
      const r = runCli(['diff', 'fixtures/seed', '--against', 'bad.xml'], { files: { 'bad.xml': bad } });
      expect(r).to.deep.include({
        code: 2,
        stdout: '',
        stderr: block(`
          bad.xml:4:28: error[XML_SYNTAX]: bad.xml is not well-formed XML: Opening and ending tag mismatch: "interface" != "devices"
            |
          4 |     <interface type="vdpa">
            |                            ^
            help: pass what \`virsh dumpxml <domain>\` prints (virsh -c qemu:///system dumpxml, or inside the launcher pod: virsh dumpxml)
          1 error
        `),
      });
    });

    it('an unquoted attribute is malformed too (libvirt would refuse it)', () => {
      const r = runCli(['diff', 'fixtures/seed', '--against', 'bad.xml'], { files: { 'bad.xml': '<domain type=kvm>\n</domain>\n' } });
      expect(r.code).to.equal(2);
      expect(r.stderr.split('\n')[0]).to.equal('bad.xml:1:1: error[XML_SYNTAX]: bad.xml is not well-formed XML: attribute "kvm" missed quot(")!');
    });

    it('XML that is not a <domain>', () => {
      const r = runCli(['diff', 'fixtures/seed', '--against', 'net.xml'], { files: { 'net.xml': '<network>\n  <name>default</name>\n</network>\n' } });
      expect(r).to.deep.include({
        code: 2,
        stdout: '',
        stderr: block(`
          net.xml:1:1: error[NOT_A_DOMAIN]: net.xml holds <network>, not a libvirt <domain>
            |
          1 | <network>
            | ^
            help: pass what \`virsh dumpxml <domain>\` prints
          1 error
        `),
      });
    });

    it('an --against file that cannot be read', () => {
      const r = runCli(['diff', 'fixtures/seed', '--against', 'nowhere.xml']);
      expect(r).to.deep.include({ code: 2, stdout: '', stderr: 'error[READ_FAILED]: cannot read nowhere.xml: no such file\n  help: check the path\n1 error\n' });
    });

    it('inputs that do not translate, and --format json puts the diagnostics in the document', () => {
      const r = runCli(['diff', 'fixtures/seed/vmi.yaml', '--against', drifted, '--format', 'json']);
      expect(r).to.deep.include({ code: 2, stderr: '' });
      expect(JSON.parse(r.stdout)).to.deep.equal({
        same: null,
        diagnostics: [
          {
            code: 'NAD_NOT_FOUND',
            severity: 'error',
            message: "network 'offload' names NetworkAttachmentDefinition default/offload-ovn, which is not in the inputs",
            help: 'pass it with --nad (kubectl get network-attachment-definitions -n default offload-ovn -o yaml)',
            file: 'fixtures/seed/vmi.yaml',
            line: 32,
            column: 20,
            related: [{ message: "network 'offload2' names it too", file: 'fixtures/seed/vmi.yaml', line: 35, column: 20 }],
          },
        ],
      });
    });

    it('an unknown --ignore name is a usage error listing the names', () => {
      const r = runCli(['diff', 'fixtures/seed', '--against', drifted, '--ignore', 'uuid,macs']);
      expect(r).to.deep.include({
        code: 2,
        stdout: '',
        stderr:
          "error: option '--ignore <names>' argument 'uuid,macs' is invalid. unknown name 'macs'; accepted: uuid, name, metadata, memory, cpu, machine, " +
          'sysinfo, mac, queues, address, root-ports, paths, audio, channel, console, controller, disk, emulator, filesystem, graphics, hostdev, input, ' +
          'interface, memballoon, panic, rng, serial, sound, tpm, video, vsock, watchdog\n(run with --help for usage)\n',
      });
    });

    it('--against is required', () => {
      const r = runCli(['diff', 'fixtures/seed']);
      expect(r).to.deep.include({ code: 2, stdout: '', stderr: "error: required option '--against <file>' not specified\n(run with --help for usage)\n" });
    });
  });

  describe('another release\'s launcher', () => {
    it('suggests --kubevirt-version when the domain matches under another release (exit 1 still)', () => {
      const launcher170 = runCli(['render', 'fixtures/seed', '--kubevirt-version', '1.7.0']).stdout;
      const r = runCli(['diff', 'fixtures/seed', '--against', 'live-1.7.0.xml'], { files: { 'live-1.7.0.xml': launcher170 } });
      expect(r.code).to.equal(1);
      expect(r.stdout).to.include('4 differences\n');
      expect(r.stdout.split('\n').slice(-2)).to.deep.equal([
        "note: rendered as the KubeVirt 1.7.0 virt-launcher, the domain matches live-1.7.0.xml: the launcher's NIC-hotplug reservation differs between releases; try --kubevirt-version 1.7.0",
        '',
      ]);
      const json = JSON.parse(runCli(['diff', 'fixtures/seed', '--against', 'live-1.7.0.xml', '--format', 'json'], { files: { 'live-1.7.0.xml': launcher170 } }).stdout);
      expect(json.matchingKubevirtVersions).to.deep.equal(['1.7.0']);
      expect(runCli(['diff', 'fixtures/seed', '--against', 'live-1.7.0.xml', '--kubevirt-version', '1.7.0'], { files: { 'live-1.7.0.xml': launcher170 } }).code).to.equal(0);
    });
  });

});
