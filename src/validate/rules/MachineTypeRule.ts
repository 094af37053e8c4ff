import type { RuleContext } from '../context.js';

/** The machine families vdpa-xml places devices for (facts.md §5). */
export function machineFamily(type: string | undefined): 'q35' | 'pc' | undefined {
  if (type === undefined || type === 'q35' || /^pc-q35-[0-9.]+$/.test(type)) return 'q35';
  if (type === 'pc' || /^pc-i440fx-[0-9.]+$/.test(type)) return 'pc';
  return undefined;
}

/** MachineTypeRule: the machine type is q35 or pc (i440fx), the x86 machines libvirt places PCI devices on. */
export function MachineTypeRule(ctx: RuleContext): void {
  const m = ctx.vmi.machineType;
  if (m && !machineFamily(m.value)) {
    ctx.diags.error('INVALID_VALUE', `machine type '${m.value}' is not an x86 q35 or pc machine`, m.pos, {
      help: 'use q35 (the KubeVirt default), pc-q35-<version>, pc or pc-i440fx-<version>',
    });
  }
}
