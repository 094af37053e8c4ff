import type { Position } from '../../diagnostics/diagnostics.js';
import { archOf } from '../../kubevirt/arch.js';
import type { RuleContext } from '../context.js';

/**
 * ArchRule: what virt-api's per-arch validation refuses (pkg/virt-api/webhooks/arm64.go
 * ValidateVirtualMachineInstanceArm64Setting, s390x.go ValidateVirtualMachineInstanceS390XSetting,
 * vmi-create-admitter.go's arm64 thread check), what the launcher cannot start (arm64 secure
 * boot: efi.go has no AAVMF secure boot pair), and, on s390x, what needs guest PCI, which vdpa-xml
 * does not place there (s390x devices are on the channel subsystem).
 */
export function ArchRule(ctx: RuleContext): void {
  const arch = archOf(ctx.vmi);
  if (arch === 'arm64') arm64(ctx);
  else if (arch === 's390x') s390x(ctx);
}

function refuse(ctx: RuleContext, message: string, pos: Position, help: string): void {
  ctx.diags.error('UNSUPPORTED_ARCHITECTURE', message, pos, { help });
}

function arm64(ctx: RuleContext): void {
  const { vmi } = ctx;
  const ds = vmi.domainSpec;
  const bl = ds.firmware.bootloader;
  if (bl?.kind === 'bios') refuse(ctx, 'Arm64 does not support bios boot (KubeVirt rejects the VMI)', bl.pos ?? vmi.pos, 'remove bootloader.bios: arm64 boots UEFI (the default)');
  if (bl?.kind === 'efi' && bl.secureBoot) {
    refuse(ctx, "secure boot on arm64: the launcher has no AAVMF secure boot firmware (efi.go DetectEFIEnvironment), so the VMI fails to start (\"EFI OVMF roms missing\")", bl.secureBootPos ?? vmi.pos, 'set efi.secureBoot: false (the arm64 default)');
  }
  const model = ds.cpu.model;
  if (model && model.value !== 'host-passthrough') {
    refuse(ctx, `cpu model '${model.value}': currently, host-passthrough is the only model supported on Arm64 (KubeVirt rejects the VMI)`, model.pos, 'remove cpu.model or write host-passthrough');
  }
  if (vmi.threads > 1) {
    refuse(ctx, `threads must not be greater than 1 on arm64 (got ${vmi.threads}; KubeVirt rejects the VMI)`, ds.cpu.pos ?? vmi.architecture?.pos ?? vmi.pos, 'use cores instead of threads');
  }
  for (const d of vmi.disks) {
    const bus = d.bus;
    if (bus && bus.value !== 'virtio' && bus.value !== 'scsi') {
      refuse(ctx, `disk '${d.name}' is on bus ${bus.value}: Arm64 does not support this disk bus type (KubeVirt rejects the VMI)`, bus.pos, 'use bus virtio or scsi');
    }
  }
  const dev = ds.devices;
  if (dev.watchdog) refuse(ctx, 'Arm64 does not support a watchdog device (KubeVirt rejects the VMI)', dev.watchdog.pos, 'remove devices.watchdog');
  if (dev.sound) refuse(ctx, 'Arm64 does not support a sound device (KubeVirt rejects the VMI)', dev.sound.pos ?? vmi.pos, 'remove devices.sound');
  if (dev.video && dev.video.type !== 'virtio' && dev.video.type !== 'ramfb') {
    refuse(ctx, `video model '${dev.video.type}' is not supported on arm64 architecture (KubeVirt rejects the VMI)`, dev.video.pos ?? vmi.pos, 'use video type virtio or ramfb, or remove devices.video');
  }
}

function s390x(ctx: RuleContext): void {
  const { vmi } = ctx;
  const dev = vmi.domainSpec.devices;
  if (dev.watchdog && (!dev.watchdog.diag288 || dev.watchdog.i6300esb)) {
    refuse(ctx, 's390x only supports the Diag288 watchdog device (KubeVirt rejects the VMI)', dev.watchdog.pos, 'write watchdog: {name: ..., diag288: {action: reset}}');
  }
  if (dev.video && dev.video.type !== 'virtio') {
    refuse(ctx, `video model '${dev.video.type}' is not supported on s390x architecture (KubeVirt rejects the VMI)`, dev.video.pos ?? vmi.pos, 'use video type virtio, or remove devices.video');
  }
  const noPci = 'vdpa-xml places no guest PCI devices on s390x, where virtio devices sit on the channel subsystem (ccw)';
  for (const i of vmi.interfaces) {
    if (i.pciAddress) refuse(ctx, `interface '${i.name}' asks for PCI address ${i.pciAddress.value}: ${noPci}`, i.pciAddress.pos, 'remove pciAddress');
    // libvirt 9.0: "ACPI index is only supported for PCI devices"
    if (i.acpiIndex && i.acpiIndex.value > 0) refuse(ctx, `interface '${i.name}' has an acpiIndex, which libvirt refuses on s390x ("ACPI index is only supported for PCI devices")`, i.acpiIndex.pos, 'remove acpiIndex');
    if (i.binding?.kind === 'sriov') refuse(ctx, `interface '${i.name}' is SR-IOV, a PCI host device: ${noPci}`, i.binding.pos, 'use another binding on s390x');
  }
  for (const d of vmi.disks) {
    if (d.pciAddress) refuse(ctx, `disk '${d.name}' asks for PCI address ${d.pciAddress.value}: ${noPci}`, d.pciAddress.pos, 'remove pciAddress');
  }
  for (const h of [...dev.hostDevices, ...dev.gpus]) {
    refuse(ctx, `host device '${h.name}' is a PCI device: ${noPci}`, h.pos, 'remove it for s390x');
  }
}
