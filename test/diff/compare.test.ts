import { expect } from 'chai';
import { compareDomains, formatPath } from '../../src/diff/compare.js';
import { parseXml, type XmlNode } from '../../src/diff/xml-tree.js';

const tree = (xml: string): XmlNode => {
  const r = parseXml(xml);
  if ('problem' in r) throw new Error(r.problem.message);
  return r.root;
};
const diff = (ours: string, theirs: string): string[] =>
  compareDomains(tree(ours), tree(theirs)).map((d) => `${d.category} ${d.kind} ${formatPath(d)} ${d.ours ?? '-'} ${d.theirs ?? '-'}`);

describe('compareDomains', () => {
  it('matches sysinfo entries by name and controllers by type and index, whatever their order', () => {
    const ours = `<domain><sysinfo type="smbios"><system><entry name="uuid">u</entry><entry name="family">KubeVirt</entry></system></sysinfo>
      <devices><controller type="pci" index="1" model="pcie-root-port"/><controller type="pci" index="2" model="pcie-root-port"/></devices></domain>`;
    const theirs = `<domain><sysinfo type='smbios'><system><entry name='family'>KubeVirt</entry><entry name='uuid'>u</entry></system></sysinfo>
      <devices><controller type='pci' index='0x2' model='pcie-root-port'/><controller type='pci' index='1' model='pcie-root-port'/></devices></domain>`;
    expect(diff(ours, theirs)).to.deep.equal([]);
  });

  it('names what differs by element path, with the identity of each device', () => {
    const ours = '<domain><devices><interface type="vdpa"><source dev="/dev/vhost-vdpa-1"/><alias name="ua-a"/></interface><controller type="pci" index="3" model="pcie-root-port"/></devices></domain>';
    const theirs = "<domain><devices><interface type='vdpa'><source dev='/dev/vhost-vdpa-2'/><alias name='ua-a'/></interface><controller type='pci' index='4' model='pcie-root-port'/></devices></domain>";
    expect(diff(ours, theirs)).to.deep.equal([
      'meaningful changed /domain/devices/interface[alias=ua-a]/source/@dev /dev/vhost-vdpa-1 /dev/vhost-vdpa-2',
      'meaningful theirs-only /domain/devices/controller[type=pci,index=4] - <controller type="pci" index="4" model="pcie-root-port"/>',
      'meaningful ours-only /domain/devices/controller[type=pci,index=3] <controller type="pci" index="3" model="pcie-root-port"/> -',
    ]);
  });

  it('ranks same-tag siblings that have no identity (boot order matters)', () => {
    expect(diff('<domain><os><boot dev="hd"/><boot dev="network"/></os></domain>', '<domain><os><boot dev="network"/><boot dev="hd"/></os></domain>')).to.deep.equal([
      'meaningful changed /domain/os/boot[1]/@dev hd network',
      'meaningful changed /domain/os/boot[2]/@dev network hd',
    ]);
  });

  it('sorts theirs-only things into libvirt defaults, things vdpa-xml does not write, and devices it does not render', () => {
    const ours = '<domain><devices><interface type="ethernet"><alias name="ua-default"/></interface></devices></domain>';
    const theirs = `<domain><uuid>x</uuid><maxMemory slots='16' unit='KiB'>1</maxMemory><devices>
      <interface type='ethernet'><alias name='ua-default'/><mtu size='1400'/></interface>
      <controller type='usb' index='0'><alias name='usb'/></controller>
      <input type='mouse' bus='ps2'/><input type='tablet' bus='usb'/></devices></domain>`;
    expect(diff(ours, theirs)).to.deep.equal([
      'libvirt theirs-only /domain/uuid - <uuid>x</uuid>',
      'meaningful theirs-only /domain/maxMemory - <maxMemory slots="16" unit="KiB">1</maxMemory>',
      'not-modelled theirs-only /domain/devices/interface[alias=ua-default]/mtu - <mtu size="1400"/>',
      'meaningful theirs-only /domain/devices/controller[type=usb,index=0] - <controller type="usb" index="0">…</controller>',
      'libvirt theirs-only /domain/devices/input[type=mouse,bus=ps2] - <input type="mouse" bus="ps2"/>',
      'meaningful theirs-only /domain/devices/input[type=tablet,bus=usb] - <input type="tablet" bus="usb"/>',
    ]);
  });

  it('treats a libvirt-named alias of a running domain and the expanded machine type as libvirt rewrites', () => {
    const ours = '<domain><os><type arch="x86_64" machine="q35">hvm</type></os><devices><controller type="usb" index="0" model="none"/></devices></domain>';
    const theirs = "<domain><os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os><devices><controller type='usb' index='0' model='none'><alias name='usb'/></controller></devices></domain>";
    expect(diff(ours, theirs)).to.deep.equal([
      'libvirt changed /domain/os/type/@machine q35 pc-q35-7.2',
      'libvirt theirs-only /domain/devices/controller[type=usb,index=0]/alias - <alias name="usb"/>',
    ]);
  });
});
