import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import type { DevicePluginConfig, ResourceConfig } from '../load/device-plugin-config.js';
import { VDPA_TYPE_DRIVERS } from './selectors.js';
import { parseVfSelectorEntry } from './vf-range.js';
import { input } from '../options.js';

/** sriov-network-device-plugin pkg/utils ValidResourceName. */
const RESOURCE_NAME = /^[a-zA-Z0-9_-]+$/;
const DEVICE_TYPES = ['netDevice', 'accelerator', 'auxNetDevice'];
const PCI_ID = /^[0-9a-f]{4}$/;

/** `<prefix>/<resourceName>`: the extended resource a NAD asks for; the config's prefix wins over the flag. */
export function fullResourceName(rc: ResourceConfig, defaultPrefix: string): string {
  return `${rc.resourcePrefix?.value || defaultPrefix}/${rc.resourceName?.value ?? ''}`;
}

/**
 * The checks the plugin makes before it serves anything (cmd/sriovdp/manager.go readConfig and
 * validConfigs; netDeviceProvider ValidConfig): each failure makes the plugin exit, so each is an
 * error here. Values that cannot match any device are warnings, as the plugin just skips them.
 * Returns whether the plugin would start.
 */
export function validateDevicePluginConfig(config: DevicePluginConfig, defaultPrefix: string, diags: Diagnostics): boolean {
  const before = diags.errorCount;
  const names = new Map<string, Position>();
  for (const rc of config.resources) {
    const type = rc.deviceType?.value ?? 'netDevice';
    if (rc.deviceType && !DEVICE_TYPES.includes(type)) {
      diags.error('INVALID_DEVICE_PLUGIN_CONFIG', `unsupported deviceType '${type}'`, rc.deviceType.pos, {
        help: `the plugin exits on this; deviceType is one of ${DEVICE_TYPES.join(', ')} (netDevice when absent)`,
      });
    }
    if (!rc.resourceName) {
      diags.error('INVALID_DEVICE_PLUGIN_CONFIG', 'a resource has no resourceName', rc.pos, {
        help: 'the plugin exits on this; name the resource: "resourceName": "vdpa_vhost"',
      });
    } else if (!RESOURCE_NAME.test(rc.resourceName.value)) {
      diags.error('INVALID_DEVICE_PLUGIN_CONFIG', `resourceName '${rc.resourceName.value}' contains characters outside [a-zA-Z0-9_-]`, rc.resourceName.pos, {
        help: `the plugin exits on this; put the prefix in resourcePrefix (or ${input('resourcePrefix')}), not in resourceName`,
      });
    } else {
      const full = fullResourceName(rc, defaultPrefix);
      const first = names.get(full);
      if (first) {
        diags.error('DUPLICATE_RESOURCE', `resource ${full} is defined twice`, rc.resourceName.pos, {
          help: 'the plugin exits on this; each <prefix>/<resourceName> must be unique: rename or merge the two',
          related: [{ message: 'first defined here', pos: first }],
        });
      } else {
        names.set(full, rc.resourceName.pos);
      }
    }
    if (!rc.hasSelectors || rc.selectors.length === 0) {
      diags.error('INVALID_DEVICE_PLUGIN_CONFIG', rc.hasSelectors ? 'selectors is an empty list' : 'a resource has no selectors', rc.selectorsPos, {
        help: 'the plugin needs at least one selector object to build a pool: "selectors": {"vendors": ["15b3"], ...}',
      });
    }
    for (const sel of rc.selectors) {
      if (sel.vdpaType && sel.isRdma?.value) {
        diags.error('INVALID_DEVICE_PLUGIN_CONFIG', 'vdpaType and isRdma are mutually exclusive', sel.vdpaType.pos, {
          help: 'the plugin exits on this; a vDPA pool cannot be an RDMA pool: drop one of them',
          related: [{ message: 'isRdma is set here', pos: sel.isRdma.pos }],
        });
      }
      if (sel.vdpaType && !(sel.vdpaType.value in VDPA_TYPE_DRIVERS)) {
        diags.warn('SELECTOR_MATCHES_NOTHING', `vdpaType '${sel.vdpaType.value}' matches no device`, sel.vdpaType.pos, {
          help: 'vdpaType is vhost (devices bound to vhost_vdpa) or virtio (bound to virtio_vdpa)',
        });
      }
      for (const key of ['vendors', 'devices'] as const) {
        for (const e of sel.lists[key] ?? []) {
          if (!PCI_ID.test(e.value)) {
            diags.warn('SELECTOR_MATCHES_NOTHING', `${key} entry '${e.value}' is not a PCI ID, so it matches no device`, e.pos, {
              help: `the plugin compares 4 lower-case hex digits as sysfs shows them without 0x (lspci -nn), e.g. "15b3"`,
            });
          }
        }
      }
      for (const key of ['pfNames', 'rootDevices'] as const) {
        for (const e of sel.lists[key] ?? []) {
          const why = parseVfSelectorEntry(e.value).invalid;
          if (why) {
            diags.warn('SELECTOR_MATCHES_NOTHING', `${key} entry '${e.value}' cannot be parsed (${why}), so it matches no device`, e.pos, {
              help: 'write <PF>#<index>,<first>-<last>, e.g. "ens1f0#0-3,5"',
            });
          }
        }
      }
    }
  }
  return diags.errorCount === before;
}
