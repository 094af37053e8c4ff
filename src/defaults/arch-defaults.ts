import type { Vmi } from '../model/vmi.js';
import { archOf } from '../kubevirt/arch.js';

/**
 * virt-api's per-arch defaults (pkg/defaults setDefaultCPUArch, after the object defaults):
 * - amd64 (SetAmd64Defaults): disks without a bus are sata; the build stage applies that one;
 * - arm64 (SetArm64Defaults): CPU model host-passthrough unless set, UEFI boot (secure boot off
 *   unless written) when no bootloader is given, disks without a bus on virtio (qemu on arm64
 *   has no sata);
 * - s390x (SetS390xDefaults): disks without a bus on virtio. Its ACPI-off and diag288 watchdog
 *   defaults are the build stage's (firmware-features.ts, extra-devices.ts).
 */
export function applyArchDefaults(vmi: Vmi): void {
  const arch = archOf(vmi);
  if (arch === 'amd64') return;
  for (const d of vmi.disks) {
    if (d.bus && d.bus.value !== '') continue;
    d.bus = { value: 'virtio', pos: d.pos };
    d.busFromArch = true;
  }
  if (arch !== 'arm64') return;
  const ds = vmi.domainSpec;
  if (!ds.cpu.model || ds.cpu.model.value === '') ds.cpu.model = { value: 'host-passthrough', pos: ds.cpu.pos ?? vmi.pos };
  const fw = ds.firmware;
  if (!fw.bootloader) fw.bootloader = { kind: 'efi', secureBoot: false, persistent: false };
  else if (fw.bootloader.kind === 'efi' && !fw.bootloader.secureBootPos) fw.bootloader.secureBoot = false;
}
