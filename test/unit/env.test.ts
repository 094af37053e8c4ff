import { expect } from 'chai';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readEnv } from '../../src/load/env.js';
import { makeSource } from '../../src/source/source.js';
import { envDeviceList, pciDeviceEnvName } from '../../src/resolve/env-resources.js';
import { brief } from '../helpers.js';

describe('load/env', () => {
  it('reads KEY=VALUE, export and declare -x lines, skipping blanks and comments', () => {
    const d = new Diagnostics();
    const env = readEnv(
      makeSource('env.txt', '# dump\nA=1=2\n\nexport B=\'{"x": "y"}\'\ndeclare -x C="q\\"uote"\ndeclare -x D\r\nA=last\n'),
      d,
    );
    expect([...env.vars.values()].map((v) => [v.key, v.value, v.pos.line])).to.deep.equal([
      ['A', 'last', 7],
      ['B', '{"x": "y"}', 4],
      ['C', 'q"uote', 5],
    ]);
    expect(d.list).to.deep.equal([]);
  });

  it('reports lines that are not KEY=VALUE', () => {
    const d = new Diagnostics();
    readEnv(makeSource('env.txt', 'OK=1\nnot an env line\n1BAD=x\n'), d);
    expect(brief(d)).to.deep.equal([
      "2:1 error ENV_SYNTAX env line is not KEY=VALUE: 'not an env line'",
      "3:1 error ENV_SYNTAX '1BAD' is not an environment variable name",
    ]);
  });

  it('names the device plugin variable as the plugin does', () => {
    expect(pciDeviceEnvName('intel.com/vdpa_jaguar_vhost')).to.equal('PCIDEVICE_INTEL_COM_VDPA_JAGUAR_VHOST');
    expect(pciDeviceEnvName('nvidia.com/mlnx-vdpa')).to.equal('PCIDEVICE_NVIDIA_COM_MLNX-VDPA');
  });

  it('lists device IDs with the column of each', () => {
    const d = new Diagnostics();
    const env = readEnv(makeSource('env.txt', 'P=0000:cc:00.2, 0000:cc:00.3\n'), d);
    expect(envDeviceList(env, env.vars.get('P')!).map((x) => `${x.id}@${x.pos.col}`)).to.deep.equal(['0000:cc:00.2@3', '0000:cc:00.3@17']);
  });
});
