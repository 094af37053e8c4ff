import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { envDump, goJson } from '../../src/resolve/env-dump.js';
import { runPipeline, type InputTexts } from '../../src/pipeline.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { serializeDomain } from '../../src/xml/serialize.js';
import { source, summary } from './helpers.js';

const file = (p: string): string => readFileSync(p, 'utf8');

/** The inputs of a fixture directory that holds vmi.yaml, nad.yaml, a device-plugin config and host-devices.json. */
function fixture(dir: string): InputTexts {
  const config = ['device-plugin-config.yaml', 'device-plugin-config.json'].find((f) => {
    try {
      return file(`${dir}/${f}`) !== '';
    } catch {
      return false;
    }
  })!;
  return {
    main: source('vmi.yaml', file(`${dir}/vmi.yaml`)),
    nads: [source('nad.yaml', file(`${dir}/nad.yaml`))],
    devicePluginConfig: source(config, file(`${dir}/${config}`)),
    hostDevices: source('host-devices.json', file(`${dir}/host-devices.json`)),
  };
}

function envOf(inputs: InputTexts): string {
  const r = runPipeline(inputs, DEFAULT_OPTIONS);
  expect(summary(r.diagnostics)).to.deep.equal([]);
  return envDump(r.loaded.vmi!, r.resolution!.devices, r.resolution!.devicePlugin!.pools);
}

describe('envDump', () => {
  it("prints the seed's env dump from its device plugin config and host", () => {
    expect(envOf(fixture('fixtures/seed-device-plugin'))).to.equal(file('fixtures/seed/env.txt'));
  });

  it('adds extra from additionalInfo ("*" then the device), vhost-net for needVhostNet, vfio for vfio-pci', () => {
    const inputs = fixture('fixtures/device-sources/device-plugin-sriov-and-vdpa');
    inputs.devicePluginConfig = source(
      'c.json',
      JSON.stringify({
        resourceList: [
          { resourceName: 'vdpa_jaguar_vhost', selectors: { vendors: ['1f0f'], vdpaType: 'vhost', needVhostNet: true }, additionalInfo: { '*': { a: '1', b: '<x>' }, '0000:cc:00.2': { b: '2' } } },
          { resourceName: 'sriov_netdevice', selectors: { drivers: ['vfio-pci'] } },
        ],
      }),
    );
    expect(envOf(inputs).split('\n')).to.deep.equal([
      'PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST_INFO={"0000:cc:00.2":{"extra":{"a":"1","b":"2"},"generic":{"deviceID":"0000:cc:00.2"},"vdpa":{"mount":"/dev/vhost-vdpa-1"},"vhost":{"net-mount":"/dev/vhost-net","tun-mount":"/dev/net/tun"}}}',
      'PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST=0000:cc:00.2',
      'PCIDEVICE_INTEL_COM_SRIOV_NETDEVICE_INFO={"0000:cc:00.4":{"generic":{"deviceID":"0000:cc:00.4"},"vfio":{"dev-mount":"/dev/vfio/43","mount":"/dev/vfio/vfio"}}}',
      'PCIDEVICE_INTEL_COM_SRIOV_NETDEVICE=0000:cc:00.4',
      'KUBEVIRT_RESOURCE_NAME_offload=intel.com/vdpa_jaguar_vhost',
      'KUBEVIRT_RESOURCE_NAME_sriov-net=intel.com/sriov_netdevice',
      '',
    ]);
  });

  it('writes JSON as Go does: sorted keys, <>& escaped', () => {
    expect(goJson({ b: { z: 1, a: '<&>' }, a: [{ y: 1, x: 2 }] })).to.equal('{"a":[{"x":2,"y":1}],"b":{"a":"\\u003c\\u0026\\u003e","z":1}}');
  });
});

describe('round trip: env dump and device plugin config + inventory render the same domain', () => {
  for (const dir of ['fixtures/seed-device-plugin', 'fixtures/device-sources/device-plugin-ownership', 'fixtures/device-sources/device-plugin-sriov-and-vdpa']) {
    it(dir, () => {
      const inputs = fixture(dir);
      const viaPlugin = runPipeline(inputs, DEFAULT_OPTIONS);
      const viaEnv = runPipeline({ main: inputs.main, nads: inputs.nads, env: source('env.txt', envOf(inputs)) }, DEFAULT_OPTIONS);
      expect(summary(viaEnv.diagnostics)).to.deep.equal([]);
      expect(serializeDomain(viaEnv.domain!)).to.equal(serializeDomain(viaPlugin.domain!));
    });
  }

  it('the seed renders the same from its env dump, network-status, network-info and device plugin config', () => {
    const xml = ['seed', 'seed-network-status', 'seed-pod-network-status', 'seed-network-info', 'seed-device-plugin'].map((d) => file(`fixtures/${d}/expected.xml`));
    expect(new Set(xml).size).to.equal(1);
    expect(file('fixtures/inventory-from-sysfs/expected.out')).to.equal(file('fixtures/seed-device-plugin/host-devices.json'));
    expect(file('fixtures/seed-env-from-device-plugin/expected.out')).to.equal(file('fixtures/seed/env.txt'));
  });
});
