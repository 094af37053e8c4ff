import type { VmiNetwork } from '../model/vmi.js';

/** The pod network: `pod: {}`, or a Multus network marked `default: true` (which replaces it). */
export function isPodNetwork(net: VmiNetwork | undefined): boolean {
  return net?.source?.kind === 'pod' || (net?.source?.kind === 'multus' && net.source.isDefault);
}
