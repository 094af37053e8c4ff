import { archOf } from '../../kubevirt/arch.js';
import type { RuleContext } from '../context.js';

/**
 * FirmwareRule: KubeVirt's webhook (vmi-create-admitter.go, every release from 1.5): EFI and BIOS
 * are mutually exclusive (validateBootloader), and secure boot, which an efi that does not say
 * secureBoot: false has on amd64, needs features.smm enabled unless the VMI is a TDX guest
 * (validateDomainSpec: "SecureBoot requires SMM, which is currently disabled"). Nothing defaults
 * smm on, so `efi: {}` alone is refused. On arm64 secure boot itself is refused (ArchRule): its
 * advice there would be wrong.
 */
export function FirmwareRule(ctx: RuleContext): void {
  const bl = ctx.vmi.domainSpec.firmware.bootloader;
  if (bl?.kind !== 'efi') return;
  if (bl.biosPos) {
    ctx.diags.error('INVALID_VALUE', 'the bootloader has both efi and bios, which KubeVirt refuses (they are mutually exclusive)', bl.biosPos, {
      help: 'keep one of efi and bios',
    });
  }
  const smm = ctx.vmi.domainSpec.features?.smm;
  if (archOf(ctx.vmi) === 'amd64' && bl.secureBoot && !bl.tdx && !(smm && (smm.enabled ?? true))) {
    const on = bl.secureBootPos ? 'secureBoot: true' : 'on, as efi does not say secureBoot: false';
    ctx.diags.error('INVALID_VALUE', `EFI secure boot (${on}) needs SMM, but features.smm is ${smm ? 'disabled' : 'not set'}: KubeVirt refuses the VMI ("SecureBoot requires SMM")`, bl.secureBootPos ?? bl.pos, {
      help: 'add features: {smm: {}} (enabled), or write efi: {secureBoot: false}',
    });
  }
}
