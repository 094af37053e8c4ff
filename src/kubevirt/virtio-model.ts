import type { Vmi } from '../model/vmi.js';
import { archTraits } from './arch.js';

/**
 * The model KubeVirt writes for a virtio device (virtio.InterpretTransitionalModelType, the arch
 * converter's TransitionalModelType): virtio-non-transitional, or virtio-transitional with
 * useVirtioTransitional (facts.md §2); plain virtio on s390x, which has no transitional devices.
 * vDPA interfaces keep plain virtio.
 */
export function virtioModel(vmi: Vmi): string {
  if (archTraits(vmi).plainVirtio) return 'virtio';
  return vmi.useVirtioTransitional ? 'virtio-transitional' : 'virtio-non-transitional';
}
