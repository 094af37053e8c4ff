import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { XmlDocument } from '../../src/xml/builder.js';
import { DomainDocument, parseDomainDocument, type EditResult, type Fragment } from '../../src/xml/document.js';

const DATA = 'test/data/domain-document';
const read = (path: string): string => readFileSync(path, 'utf8');
const INPUTS = [
  ...readdirSync('test/data/libvirt').filter((f) => f.endsWith('.xml')).map((f) => `test/data/libvirt/${f}`),
  ...readdirSync(DATA).filter((f) => f.endsWith('.xml') && !f.endsWith('.expected.xml')).map((f) => `${DATA}/${f}`),
];
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

function doc(text: string): DomainDocument {
  const r = parseDomainDocument(text);
  if ('error' in r) throw new Error(`${r.error.line}:${r.error.col}: ${r.error.message}`);
  return r.doc;
}

function edited(r: EditResult): DomainDocument {
  if ('error' in r) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.doc;
}

function errorOf(r: EditResult): string {
  if (!('error' in r)) throw new Error('the edit succeeded');
  const p = r.error.parse;
  return `${r.error.code}${p ? ` ${p.line}:${p.col}` : ''}: ${r.error.message}`;
}

/** The vDPA interface vdpa-xml renders, built as the renderer builds it. */
function vdpa(alias: string, dev: string): XmlDocument {
  const f = new XmlDocument();
  const i = f.ele('interface', { type: 'vdpa' });
  i.ele('mac', { address: '52:54:00:70:90:0b' });
  i.ele('source', { dev });
  i.ele('model', { type: 'virtio' });
  i.ele('driver', { name: 'vhost', queues: '4' });
  i.ele('alias', { name: alias });
  return f;
}

/** What differs between two texts: the common prefix and suffix cut off. */
function change(before: string, after: string): { at: number; removed: string; added: string } {
  let s = 0;
  while (s < before.length && before[s] === after[s]) s++;
  let e = 0;
  while (e < before.length - s && e < after.length - s && before[before.length - 1 - e] === after[after.length - 1 - e]) e++;
  return { at: s, removed: before.slice(s, before.length - e), added: after.slice(s, after.length - e) };
}

describe('xml/document: a lossless domain XML', () => {
  describe('round trip', () => {
    for (const path of INPUTS) {
      it(`gives back ${path} byte for byte, and with CRLF line ends`, () => {
        const text = read(path);
        expect(doc(text).toString()).to.equal(text);
        expect(doc(crlf(text)).toString()).to.equal(crlf(text));
        expect(doc(`\ufeff${text}`).toString()).to.equal(`\ufeff${text}`);
      });
    }
  });

  describe('reading', () => {
    it('reads the root type, name, uuid, machine and the devices with their aliases (a virsh dumpxml)', () => {
      const d = doc(read('test/data/libvirt/vdpa-sriov-bridge.dumpxml.xml'));
      expect([d.type, d.name, d.uuid, d.machine]).to.deep.equal(['kvm', 'default_mixed', 'c7c42969-876d-5d51-8e5a-8a47681712a6', 'pc-q35-7.2']);
      expect(d.devices().filter((x) => x.alias).map((x) => `${x.name}#${x.alias}`)).to.deep.equal([
        'disk#ua-root', 'disk#ua-cloudinit', 'interface#ua-default', 'interface#ua-offload', 'interface#ua-blue',
        'hostdev#ua-sriov-sriov-net',
      ]);
      expect(d.devices().length).to.equal(d.devicesElement?.children.length);
      expect(d.findDeviceByAlias('ua-offload')?.attributes).to.deep.equal({ type: 'vdpa' });
    });

    it('reads a Go-marshalled domain the same way (tabs, double quotes, <a></a>)', () => {
      const d = doc(read(`${DATA}/kubevirt-converter.xml`));
      expect([d.type, d.name, d.uuid, d.machine]).to.deep.equal(['kvm', 'mynamespace_testvmi', undefined, 'q35']);
      expect(d.devices().map((x) => (x.alias ? `${x.name}#${x.alias}` : x.name))).to.deep.equal([
        'interface#ua-default', 'channel', 'controller', 'controller', 'video', 'graphics', 'memballoon',
        'disk#ua-myvolume', 'disk#ua-nocloud', 'disk#ua-cdrom_tray_unspecified', 'disk#ua-cdrom_tray_open',
        'disk#ua-should_default_to_disk', 'disk#ua-ephemeral_pvc', 'disk#ua-secret_test', 'disk#ua-configmap_test',
        'disk#ua-pvc_block_test', 'disk#ua-dv_block_test', 'disk#ua-serviceaccount_test', 'disk#ua-sysprep',
        'disk#ua-sysprep_secret', 'input#ua-tablet0', 'serial', 'console', 'rng',
      ]);
      expect(d.element('metadata', 'kubevirt')?.uri).to.equal('http://kubevirt.io');
    });

    it('decodes entities, character references and CDATA in values, and keeps namespaced elements', () => {
      const d = doc(read(`${DATA}/exotic.xml`));
      expect(d.element('title')?.text).to.equal("Tom & Jerry's 😀 VM");
      expect(d.element('description')?.text).to.equal('<not markup> & not an entity: &amp; and text');
      const disk = d.findDeviceByAlias('ua-containerdisk')?.node;
      expect(disk?.children.find((c) => c.name === 'source')?.attributes[0]).to.deep.equal({
        name: 'file', value: '/var/run/kubevirt/disk "a".qcow2', raw: '/var/run/kubevirt/disk &quot;a&quot;.qcow2', quote: "'",
      });
      const cmd = d.element('qemu:commandline');
      expect(cmd?.uri).to.equal('http://libvirt.org/schemas/domain/qemu/1.0');
      expect(cmd?.children.map((c) => c.attributes.map((a) => a.value).join(' '))).to.deep.equal([
        '-fw_cfg', 'name=opt/com.example/x,string=a<b', 'QEMU_AUDIO_DRV none',
      ]);
      expect(d.element('memory')?.attributes.map((a) => `${a.name}=${a.value}`)).to.deep.equal(['unit=KiB']);
    });
  });

  describe('editing', () => {
    const goldens: [string, string, (d: DomainDocument) => EditResult][] = [
      ['seed.dumpxml.xml: a third vDPA NIC after the last interface', 'test/data/libvirt/seed.dumpxml.xml',
        (d) => d.upsertDevice('ua-offload3', vdpa('ua-offload3', '/dev/vhost-vdpa-3'))],
      ['seed.dumpxml.xml: ua-offload on another device, where it stood', 'test/data/libvirt/seed.dumpxml.xml',
        (d) => d.replaceDevice('ua-offload', vdpa('ua-offload', '/dev/vhost-vdpa-7'))],
      ['no-interfaces.dumpxml.xml: the first interface, where libvirt puts it', `${DATA}/no-interfaces.dumpxml.xml`,
        (d) => d.upsertDevice('ua-offload', vdpa('ua-offload', '/dev/vhost-vdpa-1'))],
      ['kubevirt-converter.xml: a vDPA NIC in Go\'s style', `${DATA}/kubevirt-converter.xml`,
        (d) => d.upsertDevice('ua-offload', vdpa('ua-offload', '/dev/vhost-vdpa-1'))],
      ['exotic.xml: a vDPA NIC among comments and a PI', `${DATA}/exotic.xml`,
        (d) => d.upsertDevice('ua-offload', vdpa('ua-offload', '/dev/vhost-vdpa-1'))],
    ];
    goldens.forEach(([title, input, edit], n) => {
      it(`${title}: the whole output, idempotent, and the rest untouched`, () => {
        const before = read(input);
        const once = edited(edit(doc(before)));
        const expected = read(`${DATA}/edit-${n + 1}.expected.xml`);
        expect(once.toString()).to.equal(expected);
        expect(edited(edit(once)).toString()).to.equal(expected);
        // with CRLF line ends the edit is the same, with CRLF in what it adds
        expect(edited(edit(doc(crlf(before)))).toString()).to.equal(crlf(expected));
        // only the edited device's span changed: an insert removed nothing, a replace only bytes of the device
        const { at, removed } = change(before, expected);
        const target = doc(before).findDeviceByAlias('ua-offload')?.node;
        if (title.includes('where it stood') && target) {
          expect([at >= target.start, at + removed.length <= target.end, removed.length > 0]).to.deep.equal([true, true, true]);
        } else expect(removed).to.equal('');
      });
    });

    it('replacing keeps the device where it was; removing deletes its lines; insert then remove is the original', () => {
      const seed = read('test/data/libvirt/seed.dumpxml.xml');
      const d = doc(seed);
      const order = (x: DomainDocument): string[] => x.devices().map((v) => v.alias ?? v.name);
      const replaced = edited(d.replaceDevice('ua-offload', vdpa('ua-offload', '/dev/vhost-vdpa-7')));
      expect(order(replaced)).to.deep.equal(order(d));
      const noNics = ['ua-default', 'ua-offload', 'ua-offload2'].reduce((x, a) => edited(x.removeDevice(a)), d);
      expect(noNics.toString()).to.equal(read(`${DATA}/no-interfaces.dumpxml.xml`));
      const added = edited(d.upsertDevice('ua-offload3', vdpa('ua-offload3', '/dev/vhost-vdpa-3')));
      expect(edited(added.removeDevice('ua-offload3')).toString()).to.equal(seed);
    });

    it('inserts into an empty <devices>, however it is written', () => {
      const f = '<interface type="vdpa"><alias name="n"/></interface>';
      const cases: [string, string][] = [
        ["<domain type='kvm'>\n  <devices/>\n</domain>", "<domain type='kvm'>\n  <devices>\n    <interface type='vdpa'>\n      <alias name='n'/>\n    </interface>\n  </devices>\n</domain>"],
        ['<domain type="kvm">\n\t<devices></devices>\n</domain>', '<domain type="kvm">\n\t<devices>\n\t\t<interface type="vdpa">\n\t\t\t<alias name="n"></alias>\n\t\t</interface>\n\t</devices>\n</domain>'],
        ['<domain>\n  <devices>\n    <!-- none -->\n  </devices>\n</domain>', '<domain>\n  <devices>\n    <!-- none -->\n    <interface type="vdpa">\n      <alias name="n"/>\n    </interface>\n  </devices>\n</domain>'],
      ];
      for (const [input, output] of cases) expect(edited(doc(input).upsertDevice('n', f)).toString()).to.equal(output);
    });

    it('before the first device libvirt writes after it when none comes before; after a device a predicate picks', () => {
      const d = doc("<domain>\n  <devices>\n    <serial type='pty'/>\n    <video/>\n  </devices>\n</domain>");
      expect(edited(d.insertDevice('<interface type="vdpa"/>')).toString()).to.equal(
        "<domain>\n  <devices>\n    <interface type='vdpa'/>\n    <serial type='pty'/>\n    <video/>\n  </devices>\n</domain>");
      expect(edited(d.insertDevice('<interface type="vdpa"/>', { after: (x) => x.name === 'video' })).toString()).to.equal(
        "<domain>\n  <devices>\n    <serial type='pty'/>\n    <video/>\n    <interface type='vdpa'/>\n  </devices>\n</domain>");
    });

    it('rewrites quotes so a value reads back the same, and keeps what the fragment wrote as written', () => {
      const d = doc("<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>\n  <devices>\n  </devices>\n</domain>");
      const f = new XmlDocument();
      f.ele('interface', { type: 'vdpa' }).ele('source', { dev: `/dev/x'"&<>` });
      const out = edited(d.insertDevice(f));
      expect(out.toString()).to.contain(`<source dev='/dev/x&apos;&quot;&amp;&lt;&gt;'/>`);
      expect(out.devices()[0]?.node.children[0]?.attributes[0]?.value).to.equal(`/dev/x'"&<>`);
      // a prefix <domain> declares may be used; mixed content and comments are copied as written
      const q = edited(d.insertDevice('<qemu:thing a="1"><!-- c --><b>t <i/> u</b></qemu:thing>'));
      expect(q.toString()).to.contain("    <qemu:thing a='1'>\n      <!-- c -->\n      <b>t <i/> u</b>\n    </qemu:thing>\n  </devices>");
    });
  });

  describe('bad input: an error with line and column, never an exception', () => {
    const cases: [string, string][] = [
      ['<domain>\n  <devices>\n    <disk>\n  </devices>\n</domain>', '4:3 </devices> does not close <disk>, opened at line 3 col 5'],
      ['<domain>\n  <devices>\n', '2:3 <devices> is never closed'],
      [`<domain><${'n'.repeat(2000)}></${'n'.repeat(2000)}><x a='&x;'/></domain>`,
        '1:4020 an undefined entity: only &amp; &lt; &gt; &quot; &apos; and character references are accepted'],
      ["<domain type=kvm>", '1:14 unquoted attribute value.'],
      ['<domain>\u0001</domain>', '1:9 disallowed character.'],
      // saxes alone would pair the lone surrogate with the `<` after it and read on, with every position after it off
      ['<domain>\n  \ud800<devices type="x"/></domain>', '2:3 an unpaired surrogate U+D800 is not an XML character: the text is not UTF-16 of Unicode characters'],
      ['<domain a="\udc00"/>', '1:12 an unpaired surrogate U+DC00 is not an XML character: the text is not UTF-16 of Unicode characters'],
      ['<domain>&nbsp;</domain>', '1:9 an undefined entity: only &amp; &lt; &gt; &quot; &apos; and character references are accepted'],
      ['<!DOCTYPE domain [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<domain>&x;</domain>',
        '1:1 a DOCTYPE is not accepted in a domain XML (its entities could expand or read files)'],
      ['<?xml version="1.0"?>\n<!DOCTYPE domain>\n<domain/>', '2:1 a DOCTYPE is not accepted in a domain XML (its entities could expand or read files)'],
      ['<domain><q:x/></domain>', '1:14 unbound namespace prefix: "q".'],
      ['<network>\n</network>', '1:1 the root element is <network>, not the <domain> of a libvirt domain XML'],
      ['', '1:1 document must contain a root element.'],
      [`<domain>${'<a>'.repeat(70)}`, '1:198 elements are nested deeper than 64 levels'],
      [`<domain><name>${'x'.repeat(16 * 1024 * 1024)}</name></domain>`, '1:1 the XML is over 16 MiB'],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input.slice(0, 60))} → ${expected}`, () => {
        const r = parseDomainDocument(input);
        expect('error' in r && `${r.error.line}:${r.error.col} ${r.error.message}`).to.equal(expected);
      });
    }

    it('says what is wrong with an edit', () => {
      const d = doc(read(`${DATA}/exotic.xml`));
      const results: [Fragment, (f: Fragment) => EditResult][] = [
        ['<interface>\n  <alias name="x">\n</interface>', (f) => d.insertDevice(f)],
        ['<a/><b/>', (f) => d.insertDevice(f)],
        ['<!-- c --><interface/>', (f) => d.insertDevice(f)],
        ['<interface><alias name="other"/></interface>', (f) => d.upsertDevice('ua-offload', f)],
        ['<interface/>', (f) => d.upsertDevice('ua-offload', f)],
        ['<interface/>', (f) => d.replaceDevice('ua-nothing', f)],
        ['<interface/>', () => doc('<domain/>').insertDevice('<interface/>')],
        ['<interface/>', () => doc('<domain><devices><a><alias name="x"/></a><b><alias name="x"/></b></devices></domain>').removeDevice('x')],
      ];
      expect(results.map(([f, edit]) => errorOf(edit(f)))).to.deep.equal([
        'FRAGMENT_SYNTAX 3:1: the device is not well-formed XML: </interface> does not close <alias>, opened at line 2 col 3',
        'FRAGMENT_SYNTAX 1:7: the device is not well-formed XML: documents may contain only one root.',
        'FRAGMENT_SYNTAX: the device must be one element, with no declaration, comment or processing instruction around it',
        "FRAGMENT_ALIAS: the device's alias is 'other', not 'ua-offload'",
        "FRAGMENT_ALIAS: the device has no <alias name='ua-offload'/>",
        "ALIAS_NOT_FOUND: no device has the alias 'ua-nothing'",
        'NO_DEVICES: the domain has no <devices> element to insert a device into',
        "ALIAS_AMBIGUOUS: 2 devices have the alias 'x' (lines 1, 1); libvirt refuses such a domain",
      ]);
    });
  });
});
