import { expect } from 'chai';
import { buildHostDevices, usbHostDeviceWanted } from '../../src/build/host-devices.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readEnv } from '../../src/load/env.js';
import type { Vmi } from '../../src/model/vmi.js';
import { makeSource } from '../../src/source/source.js';
import { brief, vmiFrom } from '../helpers.js';

// KubeVirt 1.9 device/hostdevice/{hostdev,addresspool,generic,gpu}.go rules the fixtures
// (converter-vgpu, converter-usb-host-devices, converter-devices) do not each show.

function vmi(devices: string): Vmi {
  const { vmi: v, diags } = vmiFrom(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: t
spec:
  domain:
    memory: {guest: 1Gi}
    devices:
${devices.replace(/^/gm, '      ')}
`);
  expect(brief(diags).filter((l) => l.includes(' error '))).to.deep.equal([]);
  return v!;
}

const env = (text: string) => readEnv(makeSource('env.txt', text), new Diagnostics());

describe('build: host devices from the device plugins (device/hostdevice)', () => {
  it('shows a PCI GPU display only when explicitly enabled, ramfb only when explicitly enabled too', () => {
    const v = vmi(`gpus:
- {name: a, deviceName: x/p, virtualGPUOptions: {display: {enabled: true, ramFB: {enabled: true}}}}
- {name: b, deviceName: x/p, virtualGPUOptions: {display: {enabled: true}}}
- {name: c, deviceName: x/p, virtualGPUOptions: {display: {}}}
- {name: d, deviceName: x/p}`);
    const d = new Diagnostics();
    const out = buildHostDevices(v, env('PCI_RESOURCE_X_P=0000:01:00.0,0000:02:00.0,0000:03:00.0,0000:04:00.0\n'), d);
    expect(out.map((h) => [h.alias, h.type ?? 'pci', 'display' in h ? h.display : undefined])).to.deep.equal([
      ['ua-gpu-a', 'pci', { ramfb: true }],
      ['ua-gpu-b', 'pci', { ramfb: false }],
      ['ua-gpu-c', 'pci', undefined],
      ['ua-gpu-d', 'pci', undefined],
    ]);
    expect(d.list).to.deep.equal([]);
  });

  it('gives the first vGPU display and ramfb only when no GPU sets a display, and none to a generic mdev', () => {
    const v = vmi(`gpus:
- {name: a, deviceName: x/v}
- {name: b, deviceName: x/v}
hostDevices:
- {name: h, deviceName: x/v}`);
    const e = env('MDEV_PCI_RESOURCE_X_V=00000000-0000-0000-0000-000000000001,00000000-0000-0000-0000-000000000002,00000000-0000-0000-0000-000000000003\n');
    const out = buildHostDevices(v, e, new Diagnostics());
    // the generic and the GPU pools are separate: both take the first UUID (addresspool.go per group)
    expect(out.map((h) => [h.alias, h.type === 'mdev' ? h.uuid.slice(-1) : '', 'display' in h ? h.display : undefined])).to.deep.equal([
      ['ua-hostdevice-h', '1', undefined],
      ['ua-gpu-a', '1', { ramfb: true }],
      ['ua-gpu-b', '2', undefined],
    ]);
  });

  it('is an error at the deviceName when no variable gives the device one, and at the variable when its value is malformed', () => {
    const v = vmi(`hostDevices:
- {name: u, deviceName: x/u}
- {name: m, deviceName: x/m}
- {name: n, deviceName: x/n}`);
    const d = new Diagnostics();
    const out = buildHostDevices(v, env('USB_RESOURCE_X_U=1-4\nMDEV_PCI_RESOURCE_X_M=\n'), d);
    expect(out).to.deep.equal([]);
    expect(brief(d)).to.deep.equal([
      "1:1 error NO_HOST_DEVICE USB_RESOURCE_X_U=1-4 is not a USB <bus>:<device>: u cannot be given its device",
      "11:31 error NO_HOST_DEVICE hostDevice 'm' needs a device of x/m, and MDEV_PCI_RESOURCE_X_M has no address left",
      "12:31 error NO_HOST_DEVICE hostDevice 'n' needs a device of x/n, and the env has none of PCI_RESOURCE_X_N, MDEV_PCI_RESOURCE_X_N, USB_RESOURCE_X_N",
    ]);
  });

  it('needs the USB controller only for a host device whose USB_RESOURCE_ variable is set (arch/amd64.go IsUSBNeeded)', () => {
    const v = vmi('hostDevices:\n- {name: u, deviceName: x/u}');
    expect(usbHostDeviceWanted(v, env('USB_RESOURCE_X_U=1:4\n'))).to.equal(true);
    expect(usbHostDeviceWanted(v, env('PCI_RESOURCE_X_U=0000:01:00.0\n'))).to.equal(false);
    expect(usbHostDeviceWanted(v, undefined)).to.equal(false);
  });
});
