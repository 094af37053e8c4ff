import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { EnvDump } from '../load/env.js';
import type { Hostdev, HostdevDisplay, MdevHostdev, PciHostdev, UsbHostdev } from '../model/domain.js';
import { parsePciAddress } from '../model/pci-address.js';
import type { Vmi } from '../model/vmi.js';
import type { VgpuDisplayOptions, VmiHostDevice } from '../model/vmi-domain.js';
import { input } from '../options.js';

// Host devices from KubeVirt's device plugins, as KubeVirt 1.9's launcher builds them
// (device/hostdevice/hostdev.go, generic/hostdev.go, gpu/hostdev.go, addresspool.go).

/** The three env prefixes of KubeVirt's device plugins (api core/v1 types.go). */
const PREFIX = { pci: 'PCI_RESOURCE', mdev: 'MDEV_PCI_RESOURCE', usb: 'USB_RESOURCE' } as const;
type Kind = keyof typeof PREFIX;

/** util.ResourceNameToEnvVar: the resource upper-cased, '/' and '.' as '_'. */
export function resourceEnvName(kind: Kind, resource: string): string {
  return `${PREFIX[kind]}_${resource.toUpperCase().replace(/[/.]/g, '_')}`;
}

/**
 * addresspool.go AddressPool: each resource's addresses from its env variable (a trailing comma
 * dropped); Pop takes the first and removes it from every resource of the pool. A resource with no
 * variable is not in the pool, and the best-effort pool the launcher wraps it in then gives nothing.
 */
class AddressPool {
  private readonly byResource = new Map<string, string[]>();

  constructor(kind: Kind, resources: readonly string[], env: EnvDump | undefined) {
    for (const r of resources) {
      const v = env?.vars.get(resourceEnvName(kind, r));
      if (!v) continue;
      const text = v.value.endsWith(',') ? v.value.slice(0, -1) : v.value;
      this.byResource.set(r, text === '' ? [] : text.split(','));
    }
  }

  pop(resource: string): string | undefined {
    const first = this.byResource.get(resource)?.[0];
    if (first === undefined) return undefined;
    for (const [r, list] of this.byResource) this.byResource.set(r, list.filter((a) => a !== first));
    return first;
  }
}

/** hostdev.go isVgpuDisplaySet: the GPU's virtualGPUOptions has a display. */
const displaySet = (d: VmiHostDevice): d is VmiHostDevice & { vgpu: { display: VgpuDisplayOptions } } => d.vgpu?.display !== undefined;

/**
 * hostdev.go createPCIHostDevice: a PCI GPU shows a display only when it is explicitly enabled,
 * ramfb only when that is explicitly enabled too.
 */
function pciDisplay(d: VmiHostDevice): HostdevDisplay | undefined {
  if (!displaySet(d) || d.vgpu.display.enabled !== true) return undefined;
  return { ramfb: d.vgpu.display.ramfb === true };
}

/** hostdev.go createMDEVHostDeviceWithDisplay: a vGPU's display is on unless disabled, ramfb with it unless disabled. */
function mdevDisplay(d: VmiHostDevice): HostdevDisplay | undefined {
  if (!displaySet(d) || d.vgpu.display.enabled === false) return undefined;
  return { ramfb: d.vgpu.display.ramfb !== false };
}

interface Group {
  devices: readonly VmiHostDevice[];
  /** the alias prefix after ua- (generic: hostdevice-, gpu: gpu-) */
  prefix: string;
  what: string;
  kinds: readonly Kind[];
  /** GPUs: vGPUs get a display (gpu.DefaultDisplayOn) */
  gpu: boolean;
}

/**
 * One group (generic host devices, or GPUs) as CreateHostDevicesFromPools builds it: every device
 * is tried against the PCI pool, then every device against the MDEV pool, then (generic only) the
 * USB pool, each pool of the group's own (the generic and GPU pools are separate, so both may take
 * the same address); the devices come out in that order. A device that got none makes the launcher
 * fail (validateCreationOfDevicePluginsDevices): an error at its deviceName.
 */
function buildGroup(g: Group, env: EnvDump | undefined, diags: Diagnostics, errorOnInvalid: (d: VmiHostDevice, key: string, value: string) => void): Hostdev[] {
  const resources = [...new Set(g.devices.map((d) => d.deviceName.value))];
  const got = new Set<VmiHostDevice>();
  const out: Hostdev[] = [];
  for (const kind of g.kinds) {
    const pool = new AddressPool(kind, resources, env);
    const made: Hostdev[] = [];
    for (const d of g.devices) {
      const a = pool.pop(d.deviceName.value);
      if (a === undefined || a === '') continue;
      const dev = create(kind, g, d, a.trim());
      if (!dev) {
        errorOnInvalid(d, resourceEnvName(kind, d.deviceName.value), a);
        got.add(d);
        continue;
      }
      got.add(d);
      made.push(dev);
    }
    // hostdev.go CreateMDEVHostDevices: with no display option on any GPU, the first vGPU gets display and ramfb
    if (g.gpu && kind === 'mdev' && made[0]?.type === 'mdev' && !g.devices.some(displaySet)) made[0].display = { ramfb: true };
    out.push(...made);
  }
  for (const d of g.devices) {
    if (got.has(d)) continue;
    const keys = g.kinds.map((k) => resourceEnvName(k, d.deviceName.value));
    const present = keys.filter((k) => env?.vars.has(k));
    diags.error('NO_HOST_DEVICE', `${g.what} '${d.name}' needs a device of ${d.deviceName.value}, and ${present.length ? `${present.join(' and ')} has no address left` : `the env has none of ${keys.join(', ')}`}`, d.deviceName.pos, {
      help: `pass the launcher pod's env (${input('env')}) with the variable KubeVirt's device plugin sets for it: ${orList(keys.map((k, i) => `${k}=${VALUE[g.kinds[i]!]},...`))}`,
    });
  }
  return out;
}

const VALUE: Record<Kind, string> = { pci: '<PCI address>', mdev: '<mdev UUID>', usb: '<bus>:<device>' };
const orList = (xs: string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function create(kind: Kind, g: Group, d: VmiHostDevice, a: string): Hostdev | undefined {
  const alias = `ua-${g.prefix}${d.name}`;
  if (kind === 'pci') {
    const source = parsePciAddress(a);
    if (!source) return undefined;
    const display = g.gpu ? pciDisplay(d) : undefined;
    const h: PciHostdev = { source, alias };
    if (display) h.display = display;
    return h;
  }
  if (kind === 'mdev') {
    // libvirt refuses an mdev source that is not a UUID; the launcher would fail at define
    if (!UUID.test(a)) return undefined;
    const h: MdevHostdev = { type: 'mdev', uuid: a, alias };
    const display = g.gpu ? mdevDisplay(d) : undefined;
    if (display) h.display = display;
    return h;
  }
  // hostdev.go createUSBHostDevice: "<bus>:<device>", alias usb-host-<name> (not hostdevice-)
  const m = /^(\d+):(\d+)$/.exec(a);
  if (!m) return undefined;
  const h: UsbHostdev = { type: 'usb', bus: m[1]!, device: m[2]!, alias: `ua-usb-host-${d.name}` };
  return h;
}

/**
 * compute/host_device.go: generic host devices (PCI, mdev, USB), then GPUs (PCI, vGPU), then the
 * SR-IOV VFs (already in the domain, from the interfaces).
 */
export function buildHostDevices(vmi: Vmi, env: EnvDump | undefined, diags: Diagnostics): Hostdev[] {
  const invalid = (d: VmiHostDevice, key: string, value: string): void => {
    const kind = key.startsWith('MDEV_') ? 'an mdev UUID' : key.startsWith('USB_') ? 'a USB <bus>:<device>' : 'a PCI address';
    diags.error('NO_HOST_DEVICE', `${key}=${value} is not ${kind}: ${d.name} cannot be given its device`, env?.vars.get(key)?.pos ?? d.deviceName.pos, {
      help: `fix ${key} in the env (${input('env')}): KubeVirt's device plugin writes ${kind}s separated by ','`,
    });
  };
  const dev = vmi.domainSpec.devices;
  return [
    ...buildGroup({ devices: dev.hostDevices, prefix: 'hostdevice-', what: 'hostDevice', kinds: ['pci', 'mdev', 'usb'], gpu: false }, env, diags, invalid),
    ...buildGroup({ devices: dev.gpus, prefix: 'gpu-', what: 'gpu', kinds: ['pci', 'mdev'], gpu: true }, env, diags, invalid),
  ];
}

/** arch/amd64.go IsUSBNeeded (device/usbaddress.go USBDevicesFound): a host device whose USB_RESOURCE_ variable is set. */
export function usbHostDeviceWanted(vmi: Vmi, env: EnvDump | undefined): boolean {
  return vmi.domainSpec.devices.hostDevices.some((d) => env?.vars.has(resourceEnvName('usb', d.deviceName.value)));
}
