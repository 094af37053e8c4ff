import type { Vmi } from '../model/vmi.js';
import type { Domain } from '../model/domain.js';
import { virtioModel } from '../kubevirt/virtio-model.js';
import { archOf, archTraits } from '../kubevirt/arch.js';
import type { EnvDump } from '../load/env.js';
import { usbHostDeviceWanted } from './host-devices.js';

/**
 * The devices KubeVirt adds to every domain (facts.md §2), each following its autoattach field:
 * usb controller model none, virtio-scsi controller (hotplug), virtio-serial controller with the
 * serial console, the guest agent channel, vga + vnc, memballoon, and rng when asked for; on arm64
 * and s390x what their arch converter says instead (qemu-xhci always on arm64, virtio-scsi and
 * plain virtio models on s390x, a virtio video on both).
 */
export function buildDefaultDevices(domain: Domain, vmi: Vmi, env?: EnvDump): void {
  const d = domain.devices;
  const model = virtioModel(vmi);
  const priv = `/var/run/kubevirt-private/${vmi.uid || domain.firmwareUuid}`;
  const arch = archTraits(vmi);
  // controllers.go newUSBController: qemu-xhci when the arch converter's IsUSBNeeded says (amd64:
  // a usb or bus-less input, or a USB host device; arm64 always; s390x never), else model none
  const usb = arch.usb === 'always' || (arch.usb === 'when-asked' && (vmi.domainSpec.devices.inputs.some((i) => i.bus === 'usb' || i.bus === '') || usbHostDeviceWanted(vmi, env)));
  d.controllers.push({ type: 'usb', index: 0, model: usb ? 'qemu-xhci' : 'none' });
  // controllers.go requiresSCSIController: the hotplug scsi controller unless disableHotplug, and
  // then still when a disk is on scsi
  if (!vmi.domainSpec.devices.disableHotplug || vmi.disks.some((x) => x.bus?.value === 'scsi')) {
    // arch converter SCSIControllerModel: virtio-scsi on s390x
    d.controllers.push({ type: 'scsi', index: 0, model: arch.scsiIsVirtioScsi ? 'virtio-scsi' : model });
  }
  // KubeVirt ties the virtio-serial controller to the serial console; without it libvirt adds a
  // plain one for the agent channel, which addControllersLibvirtAdds mirrors.
  if (vmi.autoattachSerialConsole) d.controllers.push({ type: 'virtio-serial', index: 0, model });
  d.channels.push({ type: 'unix', targetName: 'org.qemu.guest_agent.0' });
  if (vmi.autoattachSerialConsole) {
    d.serials.push({ socketPath: `${priv}/virt-serial0`, logFile: `${priv}/virt-serial0-log` });
    d.consoles.push({ type: 'pty' });
  }
  if (vmi.autoattachGraphicsDevice) {
    // compute/graphics.go configureVideoDevice: vga on amd64, virtio (heads 1, no vram) on arm64 and s390x
    d.videos.push(archOf(vmi) === 'amd64' ? { model: 'vga', vram: 16384, heads: 1 } : { model: 'virtio', heads: 1 });
    d.graphics.push({ type: 'vnc', socket: `${priv}/virt-vnc` });
  }
  d.memballoon = vmi.autoattachMemBalloon
    ? { model, statsPeriod: 10, freePageReporting: !highPerformance(vmi) }
    : { model: 'none', statsPeriod: 0, freePageReporting: false };
  if (vmi.rng) d.rngs.push({ model, backend: '/dev/urandom' });
}

/** manager.go isFreePageReportingEnabled: off for IsHighPerformanceVMI (dedicated CPUs, realtime, hugepages). */
function highPerformance(vmi: Vmi): boolean {
  const ds = vmi.domainSpec;
  return ds.cpu.dedicatedCpuPlacement || ds.cpu.realtime || ds.memory.hugepages !== undefined;
}
