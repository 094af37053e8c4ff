import { expect } from 'chai';
import { brief, vmiFrom } from '../helpers.js';

const base = (devices: string, extra = ''): string => `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: t
spec:
  domain:
    memory:
      guest: 1Gi
    devices:
${devices}
${extra}`;

describe('load/vmi', () => {
  it('reads the fields the domain depends on, with defaults', () => {
    const { vmi, diags } = vmiFrom(base('      disks: []'));
    expect(brief(diags)).to.deep.equal([]);
    const { pos, namePos, annotations, domainSpec, ...rest } = vmi!;
    void pos;
    void namePos;
    expect([...annotations]).to.deep.equal([]);
    expect(domainSpec.features).to.equal(undefined);
    expect(domainSpec.devices.inputs).to.deep.equal([]);
    expect({ ...rest, interfaces: rest.interfaces.map((i) => [i.name, i.binding?.kind]), networks: rest.networks.map((n) => [n.name, n.source?.kind]) }).to.deep.equal({
      kind: 'VirtualMachineInstance', name: 't', namespace: 'default', uid: '', sockets: 1, cores: 1, threads: 1,
      memoryBytes: 1073741824, interfaces: [['default', 'bridge']], networks: [['default', 'pod']], disks: [], volumes: [],
      useVirtioTransitional: false, networkInterfaceMultiqueue: false, autoattachGraphicsDevice: true,
      autoattachMemBalloon: true, autoattachSerialConsole: true, interfacesDefaulted: true, rng: false,
    });
  });

  it('reads the annotations of a VMI, and of a VM\'s template (which virt-controller copies to the VMI)', () => {
    const vmiText = base('      disks: []').replace('  name: t\n', "  name: t\n  annotations:\n    kubevirt.io/pci-interface-slot-count: '6'\n");
    expect([...vmiFrom(vmiText).vmi!.annotations].map(([k, v]) => [k, v.value, `${v.pos.line}:${v.pos.col}`])).to.deep.equal([['kubevirt.io/pci-interface-slot-count', '6', '6:43']]);
    const vm = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: t
  annotations: {kubevirt.io/placePCIDevicesOnRootComplex: 'true'}
spec:
  template:
    metadata:
      annotations: {kubevirt.io/pci-interface-slot-count: '5'}
    spec:
      domain:
        memory: {guest: 1Gi}
`;
    expect([...vmiFrom(vm).vmi!.annotations].map(([k, v]) => [k, v.value])).to.deep.equal([['kubevirt.io/pci-interface-slot-count', '5']]);
  });

  it('warns about every field it does not translate, at its key', () => {
    const { diags } = vmiFrom(base('      disks: []\n      usbredir: []\n      interfaces:\n      - name: a\n        masquerade: {}\n        tag: x', '  networks:\n  - name: a\n    pod: {}\n  hostname: h\n  livenessProbe: {}\n  domain2: {}'));
    expect(brief(diags)).to.deep.equal([
      '21:3 warning UNSUPPORTED_FIELD spec.domain2 is not translated and has no effect on the output',
      '11:7 warning UNSUPPORTED_FIELD spec.domain.devices.usbredir is not translated and has no effect on the output',
      '15:9 warning UNSUPPORTED_FIELD spec.domain.devices.interfaces[0].tag is not translated and has no effect on the output',
    ]);
  });

  it('reports a missing binding, two bindings and a null binding', () => {
    const { diags } = vmiFrom(base('      interfaces:\n      - name: a\n      - name: b\n        vdpa: {}\n        sriov: {}\n      - name: c\n        vdpa:'));
    expect(brief(diags)).to.deep.equal([
      "11:15 error BINDING_COUNT interface 'a' has no binding",
      "14:9 error BINDING_COUNT interface 'b' has a second binding 'sriov'",
      '16:9 error INVALID_VALUE spec.domain.devices.interfaces[2].vdpa is null, which KubeVirt reads as no binding',
    ]);
  });

  it('reads a VirtualMachine template under the VM name and reports wrong types', () => {
    const { vmi, diags } = vmiFrom(`kind: VirtualMachine
metadata: {name: vm1, namespace: ns}
spec:
  template:
    spec:
      domain:
        cpu: {cores: "4", sockets: 2}
        resources: {requests: {memory: 3Gi}}
        devices: {networkInterfaceMultiqueue: "yes"}
`);
    expect([vmi?.name, vmi?.namespace, vmi?.sockets, vmi?.cores, vmi?.memoryBytes]).to.deep.equal(['vm1', 'ns', 2, 1, 3221225472]);
    expect(brief(diags)).to.deep.equal([
      '7:22 error WRONG_TYPE spec.template.spec.domain.cpu.cores must be a whole number, found a string',
      '9:47 error WRONG_TYPE spec.template.spec.domain.devices.networkInterfaceMultiqueue must be true or false, found a string',
    ]);
  });
});

describe('load/vmi: CPU topology', () => {
  const topo = (domain: string): string => {
    const { vmi, diags } = vmiFrom(`kind: VirtualMachineInstance\nmetadata: {name: t}\nspec:\n  domain:\n    memory: {guest: 1Gi}\n${domain}\n`);
    return `${vmi!.sockets}/${vmi!.cores}/${vmi!.threads} ${brief(diags).join('; ')}`.trim();
  };

  it('defaults each unset field to 1, and takes sockets from limits.cpu, else requests.cpu, when none is set', () => {
    expect([
      topo('    cpu: {cores: 4}'),
      topo('    cpu: {sockets: 2, threads: 2}'),
      topo('    resources: {requests: {cpu: "1"}, limits: {cpu: 1500m}}'),
      topo('    resources: {requests: {cpu: 500m}}'),
      topo('    resources: {requests: {cpu: 2}}\n    cpu: {cores: 2}'),
      topo('    resources: {limits: {cpu: lots}}'),
    ]).to.deep.equal([
      '1/4/1',
      '2/1/2',
      '2/1/1',
      '1/1/1',
      '1/2/1',
      "1/1/1 6:31 error INVALID_VALUE spec.domain.resources.limits.cpu 'lots' is not a CPU quantity",
    ]);
  });
});
