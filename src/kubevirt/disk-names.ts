// Disk target names: KubeVirt names disks sda/vda... and libvirt derives drive units from the name.

/** sda -> 0, sdz -> 25, sdaa -> 26 (virDiskNameToIndex). */
export function diskNameIndex(dev: string): number {
  const letters = dev.replace(/^(sd|vd|hd)/, '');
  let idx = 0;
  for (const ch of letters) idx = idx * 26 + (ch.charCodeAt(0) - 96);
  return idx - 1;
}
