import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Apart from harness.ts so that an in-process bench (bench/sidecar-handler.ts) can build the
// domain without loading @grpc/grpc-js, which would not fit the sidecar's heap cap.

/** The seed domain (test/data/sidecar/domain.xml, KubeVirt 1.x virt-launcher shape) grown with disks to at least `bytes`. */
export function largeDomain(bytes: number): string {
  const seed = readFileSync(join('test', 'data', 'sidecar', 'domain.xml'), 'utf8');
  const at = seed.lastIndexOf('</devices>');
  const disks: string[] = [];
  let size = seed.length;
  for (let i = 0; size < bytes; i++) {
    const disk =
      `\t\t<disk type="file" device="disk">\n\t\t\t<driver name="qemu" type="raw" cache="none" error_policy="stop" discard="unmap"></driver>\n` +
      `\t\t\t<source file="/var/run/kubevirt-private/vmi-disks/data-${i}/disk.img"></source>\n\t\t\t<target bus="virtio" dev="vd${i}"></target>\n` +
      `\t\t\t<alias name="ua-data-${i}"></alias>\n\t\t</disk>\n`;
    disks.push(disk);
    size += disk.length;
  }
  return seed.slice(0, at) + disks.join('') + seed.slice(at);
}
