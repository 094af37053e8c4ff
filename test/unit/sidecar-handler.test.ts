import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createDomainHandler, type DomainHandler, type DomainHandlerResult } from '../../src/sidecar/handler.js';

// The sidecar's handler (issue 14) as a pure function: the VMI JSON and the domain as
// virt-launcher sends them, network-info read through the injected readFile at call time.
const DATA = 'test/data/sidecar';
const read = (f: string): string => readFileSync(`${DATA}/${f}`, 'utf8');
const DOMAIN = read('domain.xml');
const VMI = JSON.parse(read('vmi.json')) as Record<string, any>;
const NETWORK_INFO = read('network-info');
const NI_PATH = '/etc/podinfo/network-info';
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function handle(opts: { vmi?: unknown; vmiText?: string; domain?: string; networkInfo?: string | Error; binding?: string; kubevirtVersion?: string } = {}): DomainHandlerResult {
  const files = new Map<string, string | Error>([[NI_PATH, opts.networkInfo ?? NETWORK_INFO]]);
  return handlerOn(files, opts)(enc(opts.vmiText ?? JSON.stringify(opts.vmi ?? VMI)), enc(opts.domain ?? DOMAIN));
}

/** A handler reading network-info from `files` (which a test may change between calls). */
function handlerOn(files: Map<string, string | Error>, opts: { binding?: string; kubevirtVersion?: string } = {}): DomainHandler {
  return createDomainHandler({
    networkInfoPath: NI_PATH,
    vdpaBinding: opts.binding ?? 'vdpa',
    ...(opts.kubevirtVersion ? { kubevirtVersion: opts.kubevirtVersion } : {}),
    readFile: (p) => {
      const f = files.get(p);
      if (f instanceof Error) throw f;
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return enc(f);
    },
  });
}

function domainOf(r: DomainHandlerResult): string {
  if ('error' in r) throw new Error(`handler error: ${r.error}`);
  return r.domainXml;
}

function errorOf(r: DomainHandlerResult): [string | undefined, string] {
  if (!('error' in r)) throw new Error('the handler succeeded');
  return [r.code, r.error];
}

/** The VMI with its interfaces (and networks) in another order or with other bindings. */
function vmiWith(interfaces: object[], networks?: object[]): Record<string, any> {
  const v = structuredClone(VMI);
  v.spec.domain.devices.interfaces = interfaces;
  if (networks) v.spec.networks = networks;
  return v;
}

const PLACEHOLDERS =
  '\t\t<interface type="ethernet">\n\t\t\t<target dev="placeholder-0" managed="no"></target>\n\t\t\t<model type="virtio-non-transitional"></model>\n\t\t</interface>\n' +
  '\t\t<interface type="ethernet">\n\t\t\t<target dev="placeholder-1" managed="no"></target>\n\t\t\t<model type="virtio-non-transitional"></model>\n\t\t</interface>\n';
const withPlaceholders = DOMAIN.replace('\t\t<serial ', `${PLACEHOLDERS}\t\t<serial `);
const interfaceLines = (xml: string): string[] => [...xml.matchAll(/<interface type="(\w+)">[\s\S]*?<\/interface>/g)].map((m) => `${m[1]} ${/alias name="([^"]+)"/.exec(m[0])?.[1] ?? /dev="(placeholder-\d)"/.exec(m[0])?.[1]}`);

describe('sidecar handler (createDomainHandler)', () => {
  it('writes the seed design\'s vDPA interfaces into the domain virt-launcher sent: the whole result, in its style (tabs, Go end tags)', () => {
    const r = handle();
    expect(domainOf(r)).to.equal(read('domain.patched.xml'));
    expect(r.log).to.deep.equal({
      handler: 'vdpa-xml',
      interfaces: [
        { name: 'offload', alias: 'ua-offload', action: 'inserted', source: '/dev/vhost-vdpa-1', mac: '52:54:00:70:90:0a' },
        { name: 'offload2', alias: 'ua-offload2', action: 'inserted', source: '/dev/vhost-vdpa-2', mac: '52:54:00:a9:06:df' },
      ],
    });
  });

  it('leaves every byte outside the inserted elements as it was', () => {
    const out = domainOf(handle());
    const stripped = out.replace(/\t\t<interface type="vdpa">[\s\S]*?<\/interface>\n/g, '');
    expect(stripped).to.equal(DOMAIN);
  });

  it('is idempotent: the patched domain patched again is the same bytes (replaced in place, by alias)', () => {
    const once = domainOf(handle());
    const twice = handle({ domain: once });
    expect(domainOf(twice)).to.equal(once);
    expect((twice.log.interfaces as { action: string }[]).map((c) => c.action)).to.deep.equal(['replaced', 'replaced']);
  });

  it('first define: the vDPA NICs go after the converter\'s interface before them in the VMI, and before the placeholders (which have no alias)', () => {
    expect(interfaceLines(domainOf(handle({ domain: withPlaceholders })))).to.deep.equal([
      'ethernet ua-default', 'vdpa ua-offload', 'vdpa ua-offload2', 'ethernet placeholder-0', 'ethernet placeholder-1',
    ]);
  });

  it('a vDPA NIC first in the VMI goes before the first interface of the domain', () => {
    const v = vmiWith([VMI.spec.domain.devices.interfaces[1], VMI.spec.domain.devices.interfaces[0], VMI.spec.domain.devices.interfaces[2]]);
    expect(interfaceLines(domainOf(handle({ vmi: v, domain: withPlaceholders })))).to.deep.equal([
      'vdpa ua-offload', 'ethernet ua-default', 'vdpa ua-offload2', 'ethernet placeholder-0', 'ethernet placeholder-1',
    ]);
  });

  it('a NIC of the same alias already there (with the address libvirt gave it) is replaced where it stands', () => {
    const old = '\t\t<interface type="vdpa">\n\t\t\t<source dev="/dev/vhost-vdpa-9"></source>\n\t\t\t<model type="virtio"></model>\n\t\t\t<alias name="ua-offload2"></alias>\n' +
      '\t\t\t<address type="pci" domain="0x0000" bus="0x09" slot="0x00" function="0x0"></address>\n\t\t</interface>\n';
    const dom = withPlaceholders.replace('\t\t<serial ', `${old}\t\t<serial `);
    const out = domainOf(handle({ domain: dom }));
    expect(interfaceLines(out)).to.deep.equal(['ethernet ua-default', 'vdpa ua-offload', 'ethernet placeholder-0', 'ethernet placeholder-1', 'vdpa ua-offload2']);
    expect(out).to.not.include('vhost-vdpa-9');
    expect(out).to.not.include('bus="0x09"');
  });

  it('a domain with no interface at all gets them where libvirt writes interfaces', () => {
    const v = vmiWith([VMI.spec.domain.devices.interfaces[1]], [VMI.spec.networks[1]]);
    const dom = DOMAIN.replace(/\t\t<interface type="ethernet">[\s\S]*?<\/interface>\n/, '');
    const out = domainOf(handle({ vmi: v, domain: dom }));
    expect(out).to.match(/<\/controller>\n\t\t<interface type="vdpa">\n\t\t\t<mac address="52:54:00:70:90:0a"><\/mac>/);
    // two: the first where libvirt writes interfaces, the second after it
    const both = vmiWith([VMI.spec.domain.devices.interfaces[1], VMI.spec.domain.devices.interfaces[2]], [VMI.spec.networks[1], VMI.spec.networks[2]]);
    expect(interfaceLines(domainOf(handle({ vmi: both, domain: dom })))).to.deep.equal(['vdpa ua-offload', 'vdpa ua-offload2']);
  });

  it('takes a VMI without kind and apiVersion (a typed client-go object marshalled) the same', () => {
    const v = structuredClone(VMI);
    delete v.kind;
    delete v.apiVersion;
    expect(domainOf(handle({ vmi: v }))).to.equal(read('domain.patched.xml'));
  });

  it("uses the VMI's macAddress, then network-info's mac, then the stable derived one", () => {
    const macs = (r: DomainHandlerResult): string[] => (r.log.interfaces as { mac: string }[]).map((c) => c.mac);
    const v = structuredClone(VMI);
    v.spec.domain.devices.interfaces[1].macAddress = '02:00:00:00:00:01';
    const ni = JSON.parse(NETWORK_INFO);
    ni.interfaces[1].mac = '52:54:00:12:34:56';
    expect(macs(handle({ vmi: v, networkInfo: JSON.stringify(ni) }))).to.deep.equal(['02:00:00:00:00:01', '52:54:00:12:34:56']);
    delete ni.interfaces[1].mac;
    // the test data's network-info mac is the stable one (derived from default/myvmi/offload2)
    expect(macs(handle({ vmi: v, networkInfo: JSON.stringify(ni) }))).to.deep.equal(['02:00:00:00:00:01', '52:54:00:a9:06:df']);
  });

  it("follows the launcher's KubeVirt version (--kubevirt-version): before 1.8 network-info has no mac, so one there is not taken", () => {
    const macs = (r: DomainHandlerResult): string[] => (r.log.interfaces as { mac: string }[]).map((c) => c.mac);
    const ni = JSON.parse(NETWORK_INFO);
    ni.interfaces[1].mac = '52:54:00:12:34:56';
    const networkInfo = JSON.stringify(ni);
    expect(macs(handle({ networkInfo }))).to.deep.equal(['52:54:00:70:90:0a', '52:54:00:12:34:56']);
    expect(macs(handle({ networkInfo, kubevirtVersion: '1.8' }))).to.deep.equal(['52:54:00:70:90:0a', '52:54:00:12:34:56']);
    expect(macs(handle({ networkInfo, kubevirtVersion: '1.7' }))).to.deep.equal(['52:54:00:70:90:0a', '52:54:00:a9:06:df']);
  });

  it('keeps what it decided while the VMI and network-info stay the same, and decides again when either changes', () => {
    const macs = (r: DomainHandlerResult): string[] => (r.log.interfaces as { mac: string }[]).map((c) => c.mac);
    const files = new Map<string, string | Error>([[NI_PATH, NETWORK_INFO]]);
    const handler = handlerOn(files);
    const vmi = enc(JSON.stringify(VMI));
    const first = handler(vmi, enc(DOMAIN));
    expect(domainOf(first)).to.equal(read('domain.patched.xml'));
    expect(handler(vmi, enc(DOMAIN))).to.deep.equal(first);
    // the second define's domain (the first's result) through the same plan: replaced in place
    expect(domainOf(handler(vmi, enc(domainOf(first))))).to.equal(read('domain.patched.xml'));
    const ni = JSON.parse(NETWORK_INFO);
    ni.interfaces[1].mac = '52:54:00:12:34:56';
    files.set(NI_PATH, JSON.stringify(ni));
    expect(macs(handler(vmi, enc(DOMAIN)))).to.deep.equal(['52:54:00:70:90:0a', '52:54:00:12:34:56']);
    const v = structuredClone(VMI);
    v.spec.domain.devices.interfaces[1].macAddress = '02:00:00:00:00:01';
    expect(macs(handler(enc(JSON.stringify(v)), enc(DOMAIN)))).to.deep.equal(['02:00:00:00:00:01', '52:54:00:12:34:56']);
    files.set(NI_PATH, '');
    expect(errorOf(handler(vmi, enc(DOMAIN)))[0]).to.equal('failed-precondition');
    files.set(NI_PATH, NETWORK_INFO);
    expect(handler(vmi, enc(DOMAIN))).to.deep.equal(first);
  });

  it('writes only the interfaces: what the build and PCI placement would refuse elsewhere in the domain is not its business', () => {
    // a GPU needs its device plugin env, which the sidecar is never given (render says NO_HOST_DEVICE
    // without it); the launcher has it, and libvirt places the devices
    const v = structuredClone(VMI);
    v.spec.domain.devices.gpus = [{ name: 'gpu1', deviceName: 'nvidia.com/GP100GL' }];
    expect(domainOf(handle({ vmi: v }))).to.equal(read('domain.patched.xml'));
  });

  it('serves a binding registered under another name (--vdpa-binding)', () => {
    const v = structuredClone(VMI);
    for (const i of v.spec.domain.devices.interfaces) if (i.binding) i.binding.name = 'ovs-vdpa';
    expect(domainOf(handle({ vmi: v, binding: 'ovs-vdpa' }))).to.equal(read('domain.patched.xml'));
  });

  it('puts pipeline warnings in the log', () => {
    const ni = JSON.parse(NETWORK_INFO);
    ni.interfaces[0].deviceInfo.version = '1.2.0';
    const r = handle({ networkInfo: JSON.stringify(ni) });
    domainOf(r);
    expect(r.log.warnings).to.be.an('array').with.length(1);
    expect((r.log.warnings as string[])[0]).to.match(/^\/etc\/podinfo\/network-info:1:\d+: warning\[DEVICE_INFO_VERSION\]: /);
  });

  describe('bad inputs: an error result saying what and where, never a throw', () => {
    it('network-info empty: failed-precondition, for virt-handler to retry', () => {
      expect(errorOf(handle({ networkInfo: '' }))).to.deep.equal([
        'failed-precondition',
        'network-info is not filled in yet: virt-controller writes it once the pod is Ready; virt-handler retries (/etc/podinfo/network-info is empty)',
      ]);
      expect(errorOf(handle({ networkInfo: '\n' }))[0]).to.equal('failed-precondition');
    });

    it('network-info missing: the binding was registered without downwardAPI: device-info', () => {
      expect(errorOf(handle({ networkInfo: Object.assign(new Error('ENOENT'), { code: 'ENOENT' }) }))).to.deep.equal([
        'invalid-argument',
        'cannot read network-info /etc/podinfo/network-info: no such file; KubeVirt mounts it only when the binding plugin is registered with downwardAPI: device-info (KubeVirt CR spec.configuration.network.binding)',
      ]);
    });

    it('malformed domain XML: its line and column', () => {
      const bad = DOMAIN.replace('\t\t<serial type="unix">', '\t\t<serial type="unix>');
      const [code, message] = errorOf(handle({ domain: bad }));
      const line = bad.split('\n').findIndex((l) => l.includes('<serial type="unix>')) + 1;
      expect(code).to.equal('invalid-argument');
      // the attribute value runs on to the next line, where its `<` is the first thing XML forbids
      expect(message).to.match(new RegExp(`^<domainXML>:${line + 1}:4: error\\[XML_SYNTAX\\]: <domainXML> is not a well-formed libvirt domain: `));
    });

    it('a domain that is not a <domain>', () => {
      expect(errorOf(handle({ domain: '<network><name>x</name></network>' }))[1]).to.match(/^<domainXML>:1:1: error\[XML_SYNTAX\]: <domainXML> is not a well-formed libvirt domain: the root element is <network>/);
    });

    it('the VMI is not JSON: where', () => {
      expect(errorOf(handle({ vmiText: '{"kind":"VirtualMachineInstance",\n oops}' }))).to.deep.equal([
        'invalid-argument',
        '<vmi>:2:2: the VMI is not JSON (virt-launcher sends json.Marshal of the VMI): unexpected "o"',
      ]);
      expect(errorOf(handle({ vmiText: '[1]' }))[1]).to.equal('<vmi>: the VMI is JSON but not an object (it is an array)');
    });

    it('no interface of the binding: which bindings the VMI has', () => {
      const v = vmiWith([VMI.spec.domain.devices.interfaces[0]], [VMI.spec.networks[0]]);
      expect(errorOf(handle({ vmi: v }))).to.deep.equal([
        'invalid-argument',
        "<vmi>:1:1: error[NO_VDPA_BINDING_INTERFACE]: no interface of VirtualMachineInstance default/myvmi uses the network binding plugin 'vdpa': default (masquerade) " +
          "(the sidecar serves interfaces with binding: {name: vdpa}; if the plugin is registered under another name in the KubeVirt CR, pass that name (the sidecar's --vdpa-binding))",
      ]);
    });

    it('a network of the binding missing from network-info', () => {
      const ni = JSON.parse(NETWORK_INFO);
      ni.interfaces.pop();
      const [code, message] = errorOf(handle({ networkInfo: JSON.stringify(ni) }));
      expect(code).to.equal('invalid-argument');
      expect(message).to.match(/^<vmi>:1:\d+: error\[NETWORK_STATUS_NO_ENTRY\]: network 'offload2' \(interface of binding 'vdpa'\) has no entry in the network-info file, which has: offload \(/);
      expect(message).to.not.include('NAD_NOT_FOUND');
    });

    it('a device path that is not /dev/vhost-vdpa-N: where in network-info', () => {
      const ni = JSON.parse(NETWORK_INFO);
      ni.interfaces[0].deviceInfo.vdpa.path = '/dev/vhost-net';
      const text = JSON.stringify(ni);
      const col = text.indexOf('"/dev/vhost-net"') + 1;
      expect(errorOf(handle({ networkInfo: text }))).to.deep.equal([
        'invalid-argument',
        `/etc/podinfo/network-info:1:${col}: error[INVALID_DEVICE_PATH]: the device-info of network 'offload' in the network-info file gives "/dev/vhost-net" as the path, which is not /dev/vhost-vdpa-N (only a vhost-vdpa character device can back a vdpa interface)`,
      ]);
    });

    it('several errors in one line, sorted by place', () => {
      const ni = JSON.parse(NETWORK_INFO);
      ni.interfaces[0].deviceInfo.vdpa.path = 'vhost-vdpa-1';
      ni.interfaces[1].deviceInfo.vdpa.path = '/dev/vhost-vdpa-x';
      const [, message] = errorOf(handle({ networkInfo: JSON.stringify(ni) }));
      expect(message.split('; ').map((m) => /error\[(\w+)\]/.exec(m)?.[1])).to.deep.equal(['INVALID_DEVICE_PATH', 'INVALID_DEVICE_PATH']);
      expect(message).to.not.include('\n');
    });

    it('domain or VMI not UTF-8', () => {
      const handler = createDomainHandler({ networkInfoPath: NI_PATH, vdpaBinding: 'vdpa', readFile: () => enc(NETWORK_INFO) });
      expect((handler(enc(JSON.stringify(VMI)), new Uint8Array([0x3c, 0xff])) as { error: string }).error).to.equal('the domain XML is not valid UTF-8');
      expect((handler(new Uint8Array([0xff]), enc(DOMAIN)) as { error: string }).error).to.equal('the VMI JSON is not valid UTF-8');
    });

    it('never throws on garbage', () => {
      const samples = ['', '{}', 'null', '{"kind":"VirtualMachineInstance"}', '{"spec":{"domain":{"devices":{"interfaces":[{"name":"x","binding":{"name":"vdpa"}}]}}}}'];
      for (const vmiText of samples) for (const domain of ['', '<domain/>', '<domain><devices/></domain>', DOMAIN]) {
        const r = handle({ vmiText, domain });
        expect(r, `${vmiText} / ${domain.slice(0, 20)}`).to.have.property('error').that.is.a('string').and.not.equal('');
      }
    });
  });
});
