import { expect } from 'chai';
import { validateDevicePluginConfig } from '../../src/device-plugin/validate-config.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readDevicePluginConfig } from '../../src/load/device-plugin-config.js';
import { located, source, summary } from './helpers.js';

function read(name: string, text: string, prefix = 'intel.com'): { config: unknown; valid: boolean; diags: string[] } {
  const diags = new Diagnostics();
  const config = readDevicePluginConfig(source(name, text), diags);
  const valid = config ? validateDevicePluginConfig(config, prefix, diags) : false;
  return { config: located(config), valid, diags: summary(diags.list) };
}

describe('readDevicePluginConfig', () => {
  it('reads config.json with an object selector and Go-cased keys', () => {
    const text = '{"resourceList": [{"ResourceName": "vdpa", "resourcePrefix": "nvidia.com",\n "selectors": {"Vendors": ["15b3"], "IsRdma": false, "vdpaType": "vhost", "pfNames": ["p0#0-3"]}}]}';
    expect(read('config.json', text)).to.deep.equal({
      valid: true,
      diags: [],
      config: {
        name: 'config.json',
        pos: 'config.json:1:1',
        resources: [
          {
            pos: 'config.json:1:19',
            resourceName: { value: 'vdpa', pos: 'config.json:1:36' },
            resourcePrefix: { value: 'nvidia.com', pos: 'config.json:1:62' },
            selectors: [
              {
                pos: 'config.json:2:15',
                lists: { vendors: [{ value: '15b3', pos: 'config.json:2:28' }], pfNames: [{ value: 'p0#0-3', pos: 'config.json:2:87' }] },
                isRdma: { value: false, pos: 'config.json:2:47' },
                vdpaType: { value: 'vhost', pos: 'config.json:2:66' },
              },
            ],
            selectorsPos: 'config.json:2:15',
            hasSelectors: true,
          },
        ],
      },
    });
  });

  it('reads the ConfigMap, with positions inside data."config.json"', () => {
    const text = 'kind: ConfigMap\ndata:\n  config.json: |\n    {"resourceList": [\n      {"resourceName": "a", "selectors": [{"drivers": ["mlx5_core"]}, {"pciAddresses": ["0000:01:00.2"]}]}]}\n';
    const r = read('cm.yaml', text) as { config: { resources: { resourceName: unknown; selectors: { pos: string }[] }[] }; diags: string[] };
    expect([r.diags, r.config.resources[0]!.resourceName, r.config.resources[0]!.selectors.map((s) => s.pos)]).to.deep.equal([
      [],
      { value: 'a', pos: 'cm.yaml:5:24' },
      ['cm.yaml:5:43', 'cm.yaml:5:71'],
    ]);
  });

  it('reports what makes the plugin exit, and what it would silently ignore', () => {
    const text = JSON.stringify({
      resourceList: [
        { resourceName: 'intel.com/x', selectors: {} },
        { resourceName: 'y', selectors: [{ vdpaType: 'vhost', isRdma: true, pfNames: ['p0#a-3'] }] },
        { resourceName: 'y', deviceType: 'gpu', selectors: [{ vendor: ['15b3'], vendors: ['0x15b3'] }] },
        { resourceName: 'z', selectors: [] },
        { resourceName: 'w', selectors: [{ vdpaType: 'vhost_vdpa' }] },
      ],
    });
    const r = read('c.json', text);
    expect([r.valid, r.diags]).to.deep.equal([
      false,
      [
        "warning UNKNOWN_FIELD c.json:1:208 unknown selector field 'vendor' is ignored by the device plugin",
        "error INVALID_DEVICE_PLUGIN_CONFIG c.json:1:34 resourceName 'intel.com/x' contains characters outside [a-zA-Z0-9_-]",
        'error INVALID_DEVICE_PLUGIN_CONFIG c.json:1:109 vdpaType and isRdma are mutually exclusive',
        "warning SELECTOR_MATCHES_NOTHING c.json:1:142 pfNames entry 'p0#a-3' cannot be parsed (range start 'a' is not a number), so it matches no device",
        "error INVALID_DEVICE_PLUGIN_CONFIG c.json:1:188 unsupported deviceType 'gpu'",
        'error DUPLICATE_RESOURCE c.json:1:171 resource intel.com/y is defined twice',
        "warning SELECTOR_MATCHES_NOTHING c.json:1:237 vendors entry '0x15b3' is not a PCI ID, so it matches no device",
        'error INVALID_DEVICE_PLUGIN_CONFIG c.json:1:282 selectors is an empty list',
        "warning SELECTOR_MATCHES_NOTHING c.json:1:331 vdpaType 'vhost_vdpa' matches no device",
      ],
    ]);
  });

  it('needs a resourceList', () => {
    expect(read('c.json', '{"resources": []}').diags).to.deep.equal([
      "warning UNKNOWN_FIELD c.json:1:2 unknown config field 'resources' is ignored by the device plugin",
      'error MISSING_FIELD c.json:1:1 the device plugin config has no resourceList',
    ]);
  });
});
