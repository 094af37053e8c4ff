import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { parseObjects } from '../../src/source/documents.js';
import { readEnv } from '../../src/load/env.js';
import { readNad } from '../../src/load/nad.js';
import { makeSource } from '../../src/source/source.js';
import { readVmi } from '../../src/load/vmi.js';
import { resolveDevices } from '../../src/resolve/devices.js';
import { brief } from '../helpers.js';

function resolveSeed(envText: string) {
  const d = new Diagnostics();
  const vmi = readVmi(parseObjects(makeSource('vmi.yaml', readFileSync('fixtures/seed/vmi.yaml', 'utf8')), d)[0]!, d)!;
  const nads = parseObjects(makeSource('nad.yaml', readFileSync('fixtures/seed/nad.yaml', 'utf8')), d).map((o) => readNad(o, d)!);
  const env = readEnv(makeSource('env.txt', envText), d);
  const devices = resolveDevices({ vmi, nads, env, vdpaBindingName: 'vdpa' }, d);
  return { d, devices };
}

describe('resolve/devices', () => {
  it('resolves the seed: interfaces take the resource devices in list order, _INFO gives the path', () => {
    const { d, devices } = resolveSeed(readFileSync('fixtures/seed/env.txt', 'utf8'));
    expect(brief(d)).to.deep.equal([]);
    expect(
      [...devices.values()].map((r) => ({
        iface: r.interfaceName, kind: r.kind, nad: r.nadRef, resource: r.resource, id: r.deviceId, path: r.path,
        from: `${r.deviceFrom.source} ${r.deviceFrom.pos.file}:${r.deviceFrom.pos.line}:${r.deviceFrom.pos.col}`,
        pathFrom: `${r.pathFrom?.pos.line}:${r.pathFrom?.pos.col}`,
      })),
    ).to.deep.equal([
      { iface: 'offload', kind: 'vdpa', nad: 'default/offload-ovn', resource: 'intel.com/vdpa_jaguar_vhost', id: '0000:cc:00.2', path: '/dev/vhost-vdpa-1', from: 'env env.txt:2:39', pathFrom: '1:45' },
      { iface: 'offload2', kind: 'vdpa', nad: 'default/offload-ovn', resource: 'intel.com/vdpa_jaguar_vhost', id: '0000:cc:00.3', path: '/dev/vhost-vdpa-2', from: 'env env.txt:2:52', pathFrom: '1:137' },
    ]);
  });

  it('refuses a path that is not /dev/vhost-vdpa-N, naming where it came from', () => {
    const env = readFileSync('fixtures/seed/env.txt', 'utf8').replace('/dev/vhost-vdpa-2', '/dev/../etc/shadow');
    const { d, devices } = resolveSeed(env);
    expect(devices.size).to.equal(1);
    expect(brief(d)).to.deep.equal([
      '1:207 error INVALID_DEVICE_PATH PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST_INFO gives "/dev/../etc/shadow" as the vdpa mount of 0000:cc:00.3, which is not /dev/vhost-vdpa-N',
    ]);
  });

  it('lets KUBEVIRT_RESOURCE_NAME_<network> stand in when no NAD was given at all, and says so', () => {
    const d = new Diagnostics();
    const vmi = readVmi(parseObjects(makeSource('vmi.yaml', readFileSync('fixtures/seed/vmi.yaml', 'utf8')), d)[0]!, d)!;
    const env = readEnv(makeSource('env.txt', readFileSync('fixtures/seed/env.txt', 'utf8')), d);
    const devices = resolveDevices({ vmi, nads: [], env, vdpaBindingName: 'vdpa' }, d);
    expect(brief(d).map((l) => l.replace(/ no NetworkAttachmentDefinition.*/, ''))).to.deep.equal(['32:20 warning RESOURCE_FROM_ENV', '35:20 warning RESOURCE_FROM_ENV']);
    expect([...devices.values()].map((r) => [r.interfaceName, r.path, r.nad === undefined])).to.deep.equal([
      ['offload', '/dev/vhost-vdpa-1', true],
      ['offload2', '/dev/vhost-vdpa-2', true],
    ]);
  });

  it('does not let the env dump hide a NAD missing from the NADs that were given (a mistyped networkName)', () => {
    const d = new Diagnostics();
    const vmiText = readFileSync('fixtures/seed/vmi.yaml', 'utf8').replace('networkName: default/offload-ovn\n    name: offload2', 'networkName: default/ofload-ovn\n    name: offload2');
    const vmi = readVmi(parseObjects(makeSource('vmi.yaml', vmiText), d)[0]!, d)!;
    const nads = parseObjects(makeSource('nad.yaml', readFileSync('fixtures/seed/nad.yaml', 'utf8')), d).flatMap((o) => readNad(o, d) ?? []);
    const env = readEnv(makeSource('env.txt', readFileSync('fixtures/seed/env.txt', 'utf8')), d);
    const devices = resolveDevices({ vmi, nads, env, vdpaBindingName: 'vdpa' }, d);
    expect(brief(d).map((l) => l.slice(0, 60))).to.deep.equal(["35:20 error NAD_NOT_FOUND network 'offload2' names NetworkAt"]);
    expect([...devices.keys()]).to.deep.equal(['offload']);
  });
});
