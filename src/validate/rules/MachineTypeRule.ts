import { archOf } from '../../kubevirt/arch.js';
import { ARCH_MACHINES, machineFamily } from '../../kubevirt/machine.js';
import type { RuleContext } from '../context.js';

const HELP = {
  amd64: 'use q35 (the KubeVirt default), pc-q35-<version>, pc or pc-i440fx-<version>',
  arm64: 'use virt (the KubeVirt default on arm64) or virt-<version>',
  s390x: 'use s390-ccw-virtio (the KubeVirt default on s390x) or s390-ccw-virtio-<version>',
};
const WHAT = { amd64: 'an x86 q35 or pc machine', arm64: 'an arm64 virt machine', s390x: 'an s390x s390-ccw-virtio machine' };

/**
 * MachineTypeRule: the machine type is one the VMI's architecture has, the ones libvirt places
 * devices on here: q35 or pc (i440fx) on amd64, virt on arm64, s390-ccw-virtio on s390x.
 */
export function MachineTypeRule(ctx: RuleContext): void {
  const m = ctx.vmi.machineType;
  if (!m) return;
  const arch = archOf(ctx.vmi);
  const family = machineFamily(m.value);
  if (!family || !ARCH_MACHINES[arch].includes(family)) {
    const on = arch === 'amd64' ? '' : ` (spec.architecture ${arch})`;
    ctx.diags.error('INVALID_VALUE', `machine type '${m.value}' is not ${WHAT[arch]}${on}`, m.pos, { help: HELP[arch] });
  }
}
