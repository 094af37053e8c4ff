import { expect } from 'chai';
import { buildDomain, decideInterfaces } from '../../src/build/index.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { vmiFrom } from '../helpers.js';

describe('build/disks', () => {
  it("writes KubeVirt's scsi drive addresses (controller 0, unit = the name's index) and leaves sata ones to libvirt", () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const { vmi, diags } = vmiFrom(`kind: VirtualMachineInstance
metadata: {name: t}
spec:
  domain:
    memory: {guest: 1Gi}
    devices:
      disks:
${names.map((n, i) => `      - {name: ${n}, disk: {bus: ${i === 7 ? 'scsi' : 'sata'}}}`).join('\n')}
  volumes:
${names.map((n) => `  - {name: ${n}, emptyDisk: {capacity: 1Gi}}`).join('\n')}
`);
    expect(diags.list).to.deep.equal([]);
    const d = buildDomain(vmi!, decideInterfaces(vmi!, new Map(), DEFAULT_OPTIONS)).domain;
    expect(d.devices.disks.map((x) => `${x.target.dev} ${x.address ? JSON.stringify(x.address) : '-'}`)).to.deep.equal([
      'sda -', 'sdb -', 'sdc -', 'sdd -', 'sde -', 'sdf -', 'sdg -',
      'sdh {"type":"drive","controller":0,"bus":0,"target":0,"unit":7}',
    ]);
  });
});
