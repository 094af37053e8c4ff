import type { Vmi } from '../model/vmi.js';

/**
 * The model KubeVirt writes for a virtio device on x86: virtio-non-transitional, or
 * virtio-transitional with useVirtioTransitional (facts.md §2). vDPA interfaces keep plain virtio.
 */
export function virtioModel(vmi: Vmi): string {
  return vmi.useVirtioTransitional ? 'virtio-transitional' : 'virtio-non-transitional';
}
