/** Options that change what the domain looks like. Each is documented in the README. */
export interface BuildOptions {
  /** 'stable': MACs derived from namespace/name/interface; 'omit': leave MACs to libvirt (KubeVirt's way) */
  mac: 'stable' | 'omit';
  /** the network binding plugin name treated as vDPA */
  vdpaBindingName: string;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { mac: 'stable', vdpaBindingName: 'vdpa' };
