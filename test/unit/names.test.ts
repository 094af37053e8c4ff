import { expect } from 'chai';
import { diskLetters } from '../../src/build/disks.js';
import { normalizeMac, podInterfaceName, stableMac, tapName, uuidV5 } from '../../src/kubevirt/names.js';
import { parseMemoryQuantity } from '../../src/load/quantity.js';
import { diskNameIndex } from '../../src/kubevirt/disk-names.js';
import { sataDriveAddress } from '../../src/pci/implicit-controllers.js';

describe('build/names', () => {
  it('names pod interfaces and taps as KubeVirt does (facts.md §2: blue -> pod16477688c0e)', () => {
    expect(podInterfaceName('blue', false)).to.equal('pod16477688c0e');
    expect(tapName('blue', false)).to.equal('tap16477688c0e');
    expect([podInterfaceName('default', true), tapName('default', true)]).to.deep.equal(['eth0', 'tap0']);
  });

  it('derives stable MACs in the QEMU OUI and normalises given ones', () => {
    const mac = stableMac('default', 'myvmi', 'offload');
    expect(mac).to.equal('52:54:00:70:90:0a');
    expect(stableMac('default', 'myvmi', 'offload')).to.equal(mac);
    expect(stableMac('default', 'myvmi', 'offload2')).to.not.equal(mac);
    expect(normalizeMac('02-00-00-AA-BB-CC')).to.equal('02:00:00:aa:bb:cc');
  });

  it("derives KubeVirt's firmware UUID (uuid v5 of the VM name)", () => {
    // uuid.NewSHA1(6a1a24a1-4061-4607-8bf4-a3963d0c5895, "testvm"), cross-checked with Python's uuid.uuid5
    expect(uuidV5('6a1a24a1-4061-4607-8bf4-a3963d0c5895', 'testvm')).to.equal('5a9fc181-957e-5c32-9e5a-2de5e9673531');
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).to.equal('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('names disks a..z, aa.. and maps names back to indexes and drive addresses', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(diskLetters)).to.deep.equal(['a', 'b', 'z', 'aa', 'ab', 'zz', 'aaa']);
    expect(['sda', 'sdz', 'sdaa', 'vdb'].map(diskNameIndex)).to.deep.equal([0, 25, 26, 1]);
    expect(sataDriveAddress('sdh')).to.deep.equal({ controller: 1, unit: 1 });
  });

  it('reads memory quantities', () => {
    expect(['2Gi', '512Mi', '1G', '1.5Gi', '1e9', '128974848', 'bogus', '2GiB'].map(parseMemoryQuantity)).to.deep.equal([
      2147483648, 536870912, 1000000000, 1610612736, 1000000000, 128974848, undefined, undefined,
    ]);
  });
});
