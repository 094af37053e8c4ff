import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createDomainHandler } from '../../src/sidecar/handler.js';
import { runCli } from './helpers.js';

// `vdpa-xml patch` is the sidecar's insertion as a command: the same core (src/patch), so the same domain.
const D = 'test/data/sidecar';
const read = (f: string): string => readFileSync(`${D}/${f}`, 'utf8');

describe('vdpa-xml patch', () => {
  it('writes the vDPA interfaces into the domain: the whole result', () => {
    const r = runCli(['patch', `${D}/vmi.json`, '--network-status', `${D}/network-info`, '--domain', `${D}/domain.xml`]);
    expect([r.code, r.stderr]).to.deep.equal([0, '']);
    expect(r.stdout).to.equal(read('domain.patched.xml'));
  });

  it('gives the domain the sidecar gives, for the first define (with placeholders) and the second (a dumpxml read back)', () => {
    const placeholders = read('domain.xml').replace('\t\t<serial ', '\t\t<interface type="ethernet">\n\t\t\t<target dev="placeholder-0" managed="no"></target>\n\t\t\t<model type="virtio-non-transitional"></model>\n\t\t</interface>\n\t\t<serial ');
    const dumpxml = readFileSync('fixtures/seed-network-info/expected.xml', 'utf8');
    const handler = createDomainHandler({ networkInfoPath: `${D}/network-info`, vdpaBinding: 'vdpa', readFile: (p) => readFileSync(p) });
    for (const domain of [read('domain.xml'), placeholders, dumpxml]) {
      const r = runCli(['patch', `${D}/vmi.json`, '--network-status', `${D}/network-info`, '--domain', '-'], { stdin: domain });
      const s = handler(readFileSync(`${D}/vmi.json`), new TextEncoder().encode(domain));
      if ('error' in s) throw new Error(s.error);
      expect([r.code, r.stderr]).to.deep.equal([0, '']);
      expect(r.stdout).to.equal(s.domainXml);
    }
  });

  it('-o writes the file atomically and prints nothing', () => {
    const r = runCli(['patch', `${D}/vmi.json`, '--network-status', `${D}/network-info`, '--domain', `${D}/domain.xml`, '-o', 'out.xml']);
    expect([r.code, r.stdout, r.stderr]).to.deep.equal([0, '', '']);
    expect(r.written.get('out.xml')).to.equal(read('domain.patched.xml'));
  });

  it('the VMI on stdin', () => {
    const r = runCli(['patch', '-', '--network-status', `${D}/network-info`, '--domain', `${D}/domain.xml`], { stdin: read('vmi.json') });
    expect([r.code, r.stdout]).to.deep.equal([0, read('domain.patched.xml')]);
  });

  it('a malformed domain: the error at its line and column, nothing on stdout, exit 1', () => {
    const r = runCli(['patch', `${D}/vmi.json`, '--network-status', `${D}/network-info`, '--domain', 'bad.xml'], {
      files: { 'bad.xml': '<domain>\n  <devices>\n    <interface>\n  </devices>\n</domain>\n' },
    });
    expect([r.code, r.stdout]).to.deep.equal([1, '']);
    expect(r.stderr).to.equal(
      'bad.xml:4:3: error[XML_SYNTAX]: bad.xml is not a well-formed libvirt domain: </devices> does not close <interface>, opened at line 3 col 5\n' +
        '  |\n4 |   </devices>\n  |   ^\n' +
        '  help: pass the domain XML virt-launcher defines (the OnDefineDomain domainXML), or what `virsh dumpxml <domain>` prints\n1 error\n',
    );
  });

  it('a VMI without an interface of the binding: NO_VDPA_BINDING_INTERFACE, exit 1', () => {
    const r = runCli(['patch', 'fixtures/seed', '--domain', `${D}/domain.xml`]);
    expect([r.code, r.stdout]).to.deep.equal([1, '']);
    expect(r.stderr.split('\n')[0]).to.equal(
      "fixtures/seed/vmi.yaml:3:1: error[NO_VDPA_BINDING_INTERFACE]: no interface of VirtualMachineInstance default/myvmi uses the network binding plugin 'vdpa': default (masquerade), offload (vdpa), offload2 (vdpa)",
    );
  });

  it('a device source missing: the pipeline\'s error, positioned', () => {
    const r = runCli(['patch', `${D}/vmi.json`, '--domain', `${D}/domain.xml`]);
    expect(r.code).to.equal(1);
    expect(r.stderr.split('\n')[0]).to.match(/^test\/data\/sidecar\/vmi\.json:1:\d+: error\[NAD_NOT_FOUND\]: network 'offload' names NetworkAttachmentDefinition default\/offload-ovn/);
  });

  it('usage errors exit 2: no --domain, stdin twice, --vdpa-sidecar kubevirt', () => {
    expect(runCli(['patch', `${D}/vmi.json`]).code).to.equal(2);
    const twice = runCli(['patch', '-', '--domain', '-']);
    expect([twice.code, twice.stderr]).to.deep.equal([2, 'error: --domain -: stdin already carries the VMI; pass the domain or the VMI as a file\n']);
    const kv = runCli(['patch', `${D}/vmi.json`, '--domain', `${D}/domain.xml`, '--vdpa-sidecar', 'kubevirt']);
    expect(kv.code).to.equal(2);
  });

  it('a domain file that cannot be read: READ_FAILED, exit 1', () => {
    const r = runCli(['patch', `${D}/vmi.json`, '--network-status', `${D}/network-info`, '--domain', 'nope.xml']);
    expect([r.code, r.stderr.split('\n')[0]]).to.deep.equal([1, 'error[READ_FAILED]: cannot read nope.xml: no such file']);
  });
});
