import type { MachineFamily } from '../model/domain.js';
import type { KubevirtArch } from './arch.js';

/**
 * The machine family of a machine type, from its name (facts.md §5): q35 and the versioned
 * pc-q35-* (pc-q35-rhel9.4.0 on RHEL / OpenShift), pc and pc-i440fx-*; on arm64 virt and virt-*;
 * on s390x s390-ccw-virtio and s390-ccw-virtio-* (virt-config's emulated machines per arch:
 * "q35*,pc-q35*", "virt*", "s390-ccw-virtio*"). The name itself is kept in the domain as written.
 */
export function machineFamily(type: string | undefined): MachineFamily | undefined {
  if (type === undefined || type === 'q35' || /^pc-q35-[A-Za-z0-9._-]+$/.test(type)) return 'q35';
  if (type === 'pc' || /^pc-i440fx-[A-Za-z0-9._-]+$/.test(type)) return 'pc';
  if (type === 'virt' || /^virt-[A-Za-z0-9._-]+$/.test(type)) return 'virt';
  if (type === 's390-ccw-virtio' || /^s390-ccw-virtio-[A-Za-z0-9._-]+$/.test(type)) return 's390-ccw';
  return undefined;
}

/** The machine families each architecture's domain can have. */
export const ARCH_MACHINES: Readonly<Record<KubevirtArch, readonly MachineFamily[]>> = {
  amd64: ['q35', 'pc'],
  arm64: ['virt'],
  s390x: ['s390-ccw'],
};
