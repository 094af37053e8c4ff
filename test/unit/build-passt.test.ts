import { expect } from 'chai';
import { buildDomain, decideInterfaces } from '../../src/build/index.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { brief, vmiFrom } from '../helpers.js';

// KubeVirt 1.9 network/passt.go generatePasstPortForward rules the converter-passt-binding fixture
// does not each show: no ports, the Istio annotation, protocols passt does not forward.

function portForwards(ports: string, annotations = ''): unknown {
  const { vmi, diags } = vmiFrom(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: t
${annotations}
spec:
  domain:
    memory: {guest: 1Gi}
    devices:
      interfaces:
      - name: default
        passtBinding: {}
${ports}
  networks:
  - name: default
    pod: {}
`);
  expect(brief(diags).filter((l) => l.includes(' error '))).to.deep.equal([]);
  const { domain } = buildDomain(vmi!, decideInterfaces(vmi!, new Map(), DEFAULT_OPTIONS));
  return domain.devices.interfaces[0]?.passt?.portForwards;
}

describe('build: passt port forwards (network/passt.go)', () => {
  it('forwards every tcp and udp port when the interface lists none', () => {
    expect(portForwards('')).to.deep.equal([{ proto: 'tcp', ranges: [] }, { proto: 'udp', ranges: [] }]);
  });

  it("drops a protocol passt does not forward, and then forwards only what is left (SCTP's port is not forwarded)", () => {
    expect(portForwards('        ports: [{port: 22}, {port: 9, protocol: SCTP}]')).to.deep.equal([{ proto: 'tcp', ranges: [{ start: 22 }] }]);
  });

  it("excludes Istio's reserved ports ahead of the VMI's with sidecar.istio.io/inject true, and then no udp forward without udp ports", () => {
    const out = portForwards('', "  annotations:\n    sidecar.istio.io/inject: 'True'") as { proto: string; ranges: { start: number; exclude?: boolean }[] }[];
    expect(out.map((f) => f.proto)).to.deep.equal(['tcp']);
    expect(out[0]!.ranges.map((r) => `${r.start}${r.exclude ? 'x' : ''}`)).to.deep.equal(['15000x', '15001x', '15004x', '15006x', '15008x', '15009x', '15020x', '15021x', '15053x', '15090x']);
  });
});
