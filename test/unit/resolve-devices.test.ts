import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { runPipeline, type InputTexts } from '../../src/pipeline.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { located, source, summary } from './helpers.js';

const file = (p: string): string => readFileSync(p, 'utf8');
const VMI = source('vmi.yaml', file('fixtures/seed/vmi.yaml'));
const NAD = source('nad.yaml', file('fixtures/seed/nad.yaml'));
const ENV = file('fixtures/seed/env.txt');
const INVENTORY = file('fixtures/seed-device-plugin/host-devices.json');
const R = 'PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST';

function entry(iface: string, pci: string, path: string): object {
  return { name: 'default/offload-ovn', interface: iface, 'device-info': { type: 'vdpa', version: '1.1.0', vdpa: { driver: 'vhost', path, 'pci-address': pci } } };
}

/** Each vDPA interface's device, path and where each came from. */
function resolve(extra: Partial<InputTexts>): { devices: Record<string, string>; diags: string[] } {
  const r = runPipeline({ main: VMI, nads: [NAD], ...extra }, DEFAULT_OPTIONS);
  const devices: Record<string, string> = {};
  for (const [name, d] of r.resolution?.devices ?? []) {
    const v = located(d) as { deviceFrom: { source: string; pos: string }; pathFrom: { source: string; pos: string } };
    devices[name] = `${d.deviceId} from ${v.deviceFrom.source} ${v.deviceFrom.pos}; ${d.path} from ${v.pathFrom.source} ${v.pathFrom.pos}`;
  }
  return { devices, diags: summary(r.diagnostics) };
}

describe('resolveDevices: sources and precedence', () => {
  it('takes devices from the env dump in list order', () => {
    expect(resolve({ env: source('env.txt', ENV) })).to.deep.equal({
      diags: [],
      devices: {
        offload: '0000:cc:00.2 from env env.txt:2:39; /dev/vhost-vdpa-1 from env env.txt:1:45',
        offload2: '0000:cc:00.3 from env env.txt:2:52; /dev/vhost-vdpa-2 from env env.txt:1:137',
      },
    });
  });

  it('lets network-status place a device first; the other interface takes the env dump\'s next free one', () => {
    const ns = source('ns.json', JSON.stringify([entry('podd2433416cb6', '0000:cc:00.3', '/dev/vhost-vdpa-2')]));
    expect(resolve({ env: source('env.txt', ENV), networkStatus: ns })).to.deep.equal({
      diags: ["warning NETWORK_STATUS_NO_ENTRY vmi.yaml:35:20 the network-status annotation has no entry for network 'offload2' (interface poded2845a51d4); the device comes from the env dump"],
      devices: {
        offload: '0000:cc:00.3 from network-status ns.json:1:174; /dev/vhost-vdpa-2 from network-status ns.json:1:140',
        offload2: '0000:cc:00.2 from env env.txt:2:39; /dev/vhost-vdpa-1 from env env.txt:1:45',
      },
    });
  });

  it('fills an empty _INFO mount from the host inventory', () => {
    const empty = ENV.replace('{"mount":"/dev/vhost-vdpa-1"}', '{}').replace('{"mount":"/dev/vhost-vdpa-2"}', '{}');
    expect(resolve({ env: source('env.txt', empty), hostDevices: source('host.json', INVENTORY) })).to.deep.equal({
      diags: [],
      devices: {
        offload: '0000:cc:00.2 from env env.txt:2:39; /dev/vhost-vdpa-1 from inventory host.json:40:17',
        offload2: '0000:cc:00.3 from env env.txt:2:52; /dev/vhost-vdpa-2 from inventory host.json:58:17',
      },
    });
  });

  it('simulates the device plugin without an env dump', () => {
    const config = source('dp.yaml', file('fixtures/seed-device-plugin/device-plugin-config.yaml'));
    expect(resolve({ devicePluginConfig: config, hostDevices: source('host.json', INVENTORY) })).to.deep.equal({
      diags: [],
      devices: {
        offload: '0000:cc:00.2 from device-plugin host.json:26:18; /dev/vhost-vdpa-1 from inventory host.json:40:17',
        offload2: '0000:cc:00.3 from device-plugin host.json:44:18; /dev/vhost-vdpa-2 from inventory host.json:58:17',
      },
    });
  });

  it('reports network-status and env disagreeing, with both places', () => {
    const ns = source('ns.json', JSON.stringify([entry('podd2433416cb6', '0000:cc:00.2', '/dev/vhost-vdpa-9'), entry('poded2845a51d4', '0000:cc:00.3', '/dev/vhost-vdpa-2')]));
    const r = runPipeline({ main: VMI, nads: [NAD], env: source('env.txt', ENV), networkStatus: ns }, DEFAULT_OPTIONS);
    expect(r.diagnostics.map((d) => [summary([d])[0], located(d.related)])).to.deep.equal([
      [
        `error DEVICE_SOURCE_CONFLICT ns.json:1:140 the network-status annotation gives /dev/vhost-vdpa-9 for device 0000:cc:00.2, but ${R}_INFO gives /dev/vhost-vdpa-1`,
        [{ message: "the env dump's mount is here", pos: 'env.txt:1:45' }],
      ],
    ]);
  });
});
