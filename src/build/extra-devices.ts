import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { EnvDump } from '../load/env.js';
import type { Domain } from '../model/domain.js';
import type { Vmi } from '../model/vmi.js';
import { archOf } from '../kubevirt/arch.js';
import { buildHostDevices } from './host-devices.js';

// The devices besides NICs, disks and KubeVirt's defaults, as KubeVirt 1.9's configurators write
// them on amd64 (pkg/virt-launcher/virtwrap/converter/compute/*, storage/virtiofs.go).

/**
 * compute/input_device.go: each VMI input (a tablet) on its bus (usb when unset), alias
 * ua-<name>, model virtio on the virtio bus; then, with the graphics device, the arch's own
 * (addArchitectureSpecificInputDevices): none on amd64, a usb tablet (unless the VMI has one) and
 * a usb keyboard on arm64, a virtio keyboard on s390x.
 */
function buildInputs(domain: Domain, vmi: Vmi): void {
  let usbPort = 0;
  const add = (input: Domain['devices']['inputs'][number]): void => {
    // libvirt gives USB devices the next port of USB bus 0 (qemuDomainAssignUSBAddresses; verified on 9.0)
    if (input.bus === 'usb') input.address = { type: 'usb', bus: 0, port: String(++usbPort) };
    domain.devices.inputs.push(input);
  };
  const inputs = vmi.domainSpec.devices.inputs;
  for (const i of inputs) {
    const bus = i.bus || 'usb';
    add({ type: i.type, bus, alias: `ua-${i.name}`, ...(bus === 'virtio' ? { model: 'virtio' } : {}) });
  }
  if (!vmi.autoattachGraphicsDevice) return;
  const arch = archOf(vmi);
  if (arch === 'arm64') {
    if (!inputs.some((i) => i.type === 'tablet')) add({ type: 'tablet', bus: 'usb' });
    add({ type: 'keyboard', bus: 'usb' });
  } else if (arch === 's390x') add({ type: 'keyboard', bus: 'virtio' });
}

/**
 * compute/graphics.go configureVideoDevice: the VMI's video type (vram 16384, heads 1); EFI guests
 * on amd64 get bochs (BochsDisplayForEFIGuests is GA; configureAMD64VideoDevice only).
 */
function buildVideo(domain: Domain, vmi: Vmi): void {
  if (!vmi.autoattachGraphicsDevice) return;
  const video = vmi.domainSpec.devices.video;
  if (video) domain.devices.videos = [{ model: video.type, vram: 16384, heads: 1 }];
  else if (vmi.domainSpec.firmware.bootloader?.kind === 'efi' && archOf(vmi) === 'amd64') domain.devices.videos = [{ model: 'bochs', heads: 1 }];
}

/** The other devices, each from its configurator. */
export function buildExtraDevices(domain: Domain, vmi: Vmi, env: EnvDump | undefined, diags: Diagnostics): void {
  const dev = vmi.domainSpec.devices;
  const d = domain.devices;
  buildInputs(domain, vmi);
  buildVideo(domain, vmi);
  // compute/host_device.go: generic host devices and GPUs before the SR-IOV VFs
  d.hostdevs.unshift(...buildHostDevices(vmi, env, diags));
  // libvirt gives USB host devices the USB ports after the inputs' (virDomainUSBDeviceDefForeach; verified on 9.0)
  let usbPort = d.inputs.filter((i) => i.address?.type === 'usb').length;
  for (const h of d.hostdevs) if (h.type === 'usb') h.address = { type: 'usb', bus: 0, port: String(++usbPort) };
  // compute/watchdog.go, after pkg/defaults SetAmd64Watchdog / SetS390xWatchdog: amd64 writes
  // i6300esb (added when the VMI has another kind), s390x diag288, each with its action (reset
  // unless set), alias ua-<name>; arm64 has none (the validate stage refuses one there)
  const wd = dev.watchdog;
  const arch = archOf(vmi);
  if (wd && arch !== 'arm64') {
    const model = arch === 's390x' ? 'diag288' : 'i6300esb';
    d.watchdogs.push({ model, action: wd[model]?.action || 'reset', alias: `ua-${wd.name}` });
  }
  // compute/sound.go: ich9 unless ac97, alias ua-<name>
  if (dev.sound) d.sounds.push({ model: dev.sound.model ?? 'ich9', alias: `ua-${dev.sound.name}` });
  // compute/tpm.go: tpm-tis with an emulator 2.0 backend; persistent: tpm-crb, persistent_state yes
  if (dev.tpm) d.tpms.push(dev.tpm.persistent ? { model: 'tpm-crb', persistentState: true } : { model: 'tpm-tis', persistentState: false });
  // compute/panic_devices.go
  for (const p of dev.panicDevices) d.panics.push(p.model ? { model: p.model } : {});
  // compute/vsock.go: with the CID virt-controller put in the VMI's status
  if (vmi.domainSpec.vsockCid !== undefined) d.vsock = { model: 'virtio-non-transitional', cid: vmi.domainSpec.vsockCid };
  // storage/virtiofs.go: the virtiofsd socket of each filesystem (virtiofs.VirtioFSSocketPath)
  for (const name of dev.filesystems) d.filesystems.push({ socket: `/var/run/kubevirt/virtiofs-containers/${name}.sock`, targetDir: name });
  // compute/channels.go: the downward metrics channel after the guest agent's
  if (dev.downwardMetrics) d.channels.push({ type: 'unix', sourcePath: '/var/run/kubevirt-private/downwardmetrics-channel/downwardmetrics.sock', targetName: 'org.github.vhostmd.1' });
}
