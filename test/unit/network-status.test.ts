import { expect } from 'chai';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readNetworkStatus } from '../../src/load/network-status.js';
import { located, source, summary } from './helpers.js';

const VDPA = '{"type":"vdpa","version":"1.1.0","vdpa":{"driver":"vhost","path":"/dev/vhost-vdpa-1","pci-address":"0000:cc:00.2"}}';

function read(name: string, text: string): { status: unknown; diags: string[] } {
  const diags = new Diagnostics();
  const status = readNetworkStatus(source(name, text), diags);
  return { status: located(status), diags: summary(diags.list) };
}

describe('readNetworkStatus', () => {
  it('reads the annotation array', () => {
    const text = `[{"name":"kube-ovn","interface":"eth0","default":true},\n{"name":"default/offload-ovn","interface":"podd2433416cb6","device-info":${VDPA}}]\n`;
    expect(read('ns.json', text)).to.deep.equal({
      diags: [],
      status: {
        form: 'network-status',
        origin: 'the network-status annotation',
        pos: 'ns.json:1:1',
        entries: [
          { pos: 'ns.json:1:2', isDefault: true, name: { value: 'kube-ovn', pos: 'ns.json:1:10' }, interface: { value: 'eth0', pos: 'ns.json:1:33' } },
          {
            pos: 'ns.json:2:1',
            isDefault: false,
            name: { value: 'default/offload-ovn', pos: 'ns.json:2:9' },
            interface: { value: 'podd2433416cb6', pos: 'ns.json:2:43' },
            deviceInfo: {
              pos: 'ns.json:2:74',
              type: { value: 'vdpa', pos: 'ns.json:2:82' },
              version: { value: '1.1.0', pos: 'ns.json:2:99' },
              vdpa: {
                pos: 'ns.json:2:114',
                driver: { value: 'vhost', pos: 'ns.json:2:124' },
                path: { value: '/dev/vhost-vdpa-1', pos: 'ns.json:2:139' },
                pciAddress: { value: '0000:cc:00.2', pos: 'ns.json:2:173' },
              },
            },
          },
        ],
      },
    });
  });

  it('finds the annotation in a pod, with positions in the pod file', () => {
    const text = 'kind: Pod\nmetadata:\n  name: virt-launcher-x\n  annotations:\n    k8s.v1.cni.cncf.io/network-status: |-\n      [{"name": "a/b",\n        "interface": "net1"}]\n';
    expect(read('pod.yaml', text)).to.deep.equal({
      diags: [],
      status: {
        form: 'network-status',
        origin: 'the k8s.v1.cni.cncf.io/network-status annotation of pod virt-launcher-x',
        pos: 'pod.yaml:6:7',
        entries: [{ pos: 'pod.yaml:6:8', isDefault: false, name: { value: 'a/b', pos: 'pod.yaml:6:17' }, interface: { value: 'net1', pos: 'pod.yaml:7:22' } }],
      },
    });
  });

  it("reads KubeVirt's network-info file", () => {
    const text = `{"interfaces":[{"network":"offload","deviceInfo":${VDPA}}]}`;
    const r = read('network-info', text) as { status: { form: string; entries: { network: unknown }[] }; diags: string[] };
    expect([r.diags, r.status.form, r.status.entries.map((e) => e.network)]).to.deep.equal([[], 'network-info', [{ value: 'offload', pos: 'network-info:1:27' }]]);
  });

  it('reports a pod without the annotation and a file of another shape', () => {
    expect(read('pod.yaml', 'kind: Pod\nmetadata:\n  name: p\n').diags).to.deep.equal([
      'error NO_NETWORK_STATUS pod.yaml:3:3 pod p has no k8s.v1.cni.cncf.io/network-status annotation',
    ]);
    expect(read('x.json', '{"name": "a"}').diags).to.deep.equal([
      'error NETWORK_STATUS_FORMAT x.json:1:1 x.json is neither a network-status array, a pod nor a network-info file',
    ]);
  });

  it('reports a syntax error inside the annotation at its place in the pod', () => {
    const text = 'kind: Pod\nmetadata:\n  name: p\n  annotations:\n    k8s.v1.cni.cncf.io/network-status: \'[{"name": "a" "interface": "b"}]\'\n';
    // the second string of the annotation starts at column 55 of the pod file
    expect(read('pod.yaml', text).diags).to.deep.equal(['error YAML_SYNTAX pod.yaml:5:55 Unexpected double-quoted-scalar token']);
  });
});
