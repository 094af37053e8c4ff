import { expect } from 'chai';
import { PciAddressSet, PciPlacementError } from '../../src/pci/address-set.js';
import { controllerConnectFlags, F, PCI_ENDPOINT, PCIE_ENDPOINT } from '../../src/pci/connect-flags.js';

const a = (bus: number, slot: number, fn = 0) => ({ domain: 0, bus, slot, function: fn });
const fmt = (x: { bus: number; slot: number; function: number }) => `${x.bus}:${x.slot}.${x.function}`;
const models = (s: PciAddressSet) => s.buses.map((b) => b.model);
const ROOT_PORT = controllerConnectFlags('pcie-root-port');

describe('pci address set (virDomainPCIAddressSet)', () => {
  it('packs root ports eight functions per pcie-root slot, from slot 1', () => {
    const s = new PciAddressSet(['pcie-root'], false);
    const got = Array.from({ length: 10 }, () => fmt(s.reserveNext(ROOT_PORT)));
    expect(got).to.deep.equal(['0:1.0', '0:1.1', '0:1.2', '0:1.3', '0:1.4', '0:1.5', '0:1.6', '0:1.7', '0:2.0', '0:2.1']);
  });

  it('never auto-places an endpoint on pcie-root, but takes one there from the configuration', () => {
    expect(PciAddressSet.compatible(new PciAddressSet(['pcie-root'], false).buses[0]!.flags, PCIE_ENDPOINT, false)).to.equal(false);
    const s = new PciAddressSet(['pcie-root'], false);
    s.reserve(a(0, 5), PCI_ENDPOINT, true);
    expect(s.inUse(a(0, 5))).to.equal(true);
  });

  it('a dry run grows a root port per PCIe device', () => {
    const s = new PciAddressSet(['pcie-root'], true);
    const got = [s.reserveNext(PCIE_ENDPOINT), s.reserveNext(PCIE_ENDPOINT)].map(fmt);
    expect(got).to.deep.equal(['1:0.0', '2:0.0']);
    expect(models(s)).to.deep.equal(['pcie-root', 'pcie-root-port', 'pcie-root-port']);
  });

  it('a dry run on q35 gives a conventional device a root port kept for a pcie-to-pci-bridge, then the bridge', () => {
    const s = new PciAddressSet(['pcie-root'], true);
    const first = s.reserveNext(PCI_ENDPOINT);
    const second = s.reserveNext(PCI_ENDPOINT);
    const pcie = s.reserveNext(PCIE_ENDPOINT);
    expect([first, second, pcie].map(fmt)).to.deep.equal(['2:1.0', '2:2.0', '3:0.0']);
    expect(models(s)).to.deep.equal(['pcie-root', 'pcie-root-port', 'pcie-to-pci-bridge', 'pcie-root-port']);
    // the bridge's root port takes nothing but the bridge
    expect(s.buses[1]!.flags).to.equal(F.PCIE_TO_PCI_BRIDGE);
  });

  it('a user address on a missing bus moves a conventional device to the bridge libvirt adds (bus + 1)', () => {
    const s = new PciAddressSet(['pcie-root'], true);
    const user = a(1, 3);
    s.reserve(user, PCI_ENDPOINT, true);
    expect(fmt(user)).to.equal('2:3.0');
    expect(models(s)).to.deep.equal(['pcie-root', 'pcie-root-port', 'pcie-to-pci-bridge']);
  });

  it('a user address further out adds pci-bridges behind the pcie-to-pci-bridge and keeps its bus', () => {
    const s = new PciAddressSet(['pcie-root'], true);
    const user = a(4, 3);
    s.reserve(user, PCI_ENDPOINT, true);
    expect(fmt(user)).to.equal('4:3.0');
    expect(models(s)).to.deep.equal(['pcie-root', 'pcie-root-port', 'pcie-to-pci-bridge', 'pci-bridge', 'pci-bridge']);
  });

  it('pc grows pci-bridges: pci-root already takes bridges', () => {
    const s = new PciAddressSet(['pci-root'], true);
    for (let slot = 1; slot <= 31; slot++) s.reserve(a(0, slot), PCI_ENDPOINT, true);
    expect(fmt(s.reserveNext(PCI_ENDPOINT))).to.equal('1:1.0');
    expect(models(s)).to.deep.equal(['pci-root', 'pci-bridge']);
  });

  it('refuses a second use of an address, a slot a root port does not have, and running out outside a dry run', () => {
    const errors: string[] = [];
    const s = new PciAddressSet(['pcie-root', 'pcie-root-port'], false);
    const tryIt = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).to.be.instanceOf(PciPlacementError);
        errors.push(`${(e as PciPlacementError).kind}: ${(e as Error).message}`);
      }
    };
    s.reserve(a(1, 0), PCIE_ENDPOINT, true);
    tryIt(() => s.reserve(a(1, 0), PCIE_ENDPOINT, true));
    tryIt(() => s.reserve(a(1, 2), PCIE_ENDPOINT, true));
    tryIt(() => s.reserve(a(3, 0), PCIE_ENDPOINT, true));
    tryIt(() => s.reserveNext(PCIE_ENDPOINT));
    expect(errors).to.deep.equal([
      'conflict: guest PCI address 0000:01:00.0 is already in use',
      'conflict: guest PCI address 0000:01:02.0: slot must be <= 0 on the pcie-root-port with index 1',
      'conflict: guest PCI address 0000:03:00.0: only PCI buses up to 1 are available',
      'exhausted: no more available PCI slots',
    ]);
  });

  it('runs out of root ports when every pcie-root function is taken', () => {
    const s = new PciAddressSet(['pcie-root'], true);
    for (let i = 0; i < 31 * 8; i++) s.reserveNext(ROOT_PORT);
    expect(() => s.reserveNext(ROOT_PORT)).to.throw(PciPlacementError, /pcie-root has no function left for another pcie-root-port/);
  });

  it('stops at 256 buses', () => {
    const s = new PciAddressSet(['pcie-root'], true);
    for (let i = 0; i < 255; i++) s.reserveNext(PCIE_ENDPOINT);
    expect(s.buses.length).to.equal(256);
    expect(() => s.reserveNext(PCIE_ENDPOINT)).to.throw(PciPlacementError, /at most/);
  });
});
