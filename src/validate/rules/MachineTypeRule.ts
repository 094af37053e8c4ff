import { machineFamily } from '../../kubevirt/machine.js';
import type { RuleContext } from '../context.js';

/** MachineTypeRule: the machine type is q35 or pc (i440fx), the x86 machines libvirt places PCI devices on. */
export function MachineTypeRule(ctx: RuleContext): void {
  const m = ctx.vmi.machineType;
  if (m && !machineFamily(m.value)) {
    ctx.diags.error('INVALID_VALUE', `machine type '${m.value}' is not an x86 q35 or pc machine`, m.pos, {
      help: 'use q35 (the KubeVirt default), pc-q35-<version>, pc or pc-i440fx-<version>',
    });
  }
}
