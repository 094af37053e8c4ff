import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { EnvDump } from '../load/env.js';
import type { Domain } from '../model/domain.js';
import type { Vmi } from '../model/vmi.js';
import { buildHostDevices } from './host-devices.js';

// The devices besides NICs, disks and KubeVirt's defaults, as KubeVirt 1.9's configurators write
// them on amd64 (pkg/virt-launcher/virtwrap/converter/compute/*, storage/virtiofs.go).

/**
 * compute/input_device.go: each VMI input (a tablet) on its bus (usb when unset), alias
 * ua-<name>, model virtio on the virtio bus; amd64 adds none of its own.
 */
function buildInputs(domain: Domain, vmi: Vmi): void {
  let usbPort = 0;
  for (const i of vmi.domainSpec.devices.inputs) {
    const bus = i.bus || 'usb';
    const input: Domain['devices']['inputs'][number] = { type: i.type, bus, alias: `ua-${i.name}`, ...(bus === 'virtio' ? { model: 'virtio' } : {}) };
    // libvirt gives USB devices the next port of USB bus 0 (qemuDomainAssignUSBAddresses; verified on 9.0)
    if (bus === 'usb') input.address = { type: 'usb', bus: 0, port: String(++usbPort) };
    domain.devices.inputs.push(input);
  }
}

/** compute/graphics.go configureVideoDevice: the VMI's video type (vram 16384, heads 1); EFI guests get bochs (BochsDisplayForEFIGuests is GA). */
function buildVideo(domain: Domain, vmi: Vmi): void {
  if (!vmi.autoattachGraphicsDevice) return;
  const video = vmi.domainSpec.devices.video;
  if (video) domain.devices.videos = [{ model: video.type, vram: 16384, heads: 1 }];
  else if (vmi.domainSpec.firmware.bootloader?.kind === 'efi') domain.devices.videos = [{ model: 'bochs', heads: 1 }];
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
  // compute/watchdog.go: i6300esb with its action, alias ua-<name>
  if (dev.watchdog?.action) d.watchdogs.push({ model: 'i6300esb', action: dev.watchdog.action, alias: `ua-${dev.watchdog.name}` });
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
