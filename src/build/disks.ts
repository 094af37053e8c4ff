import type { Vmi, VmiDisk, VmiVolume } from '../model/vmi.js';
import type { Disk, Domain } from '../model/domain.js';
import { parsePciAddress } from '../model/pci-address.js';
import { diskNameIndex } from '../kubevirt/disk-names.js';
import { virtioModel } from '../kubevirt/virtio-model.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { ioThreadPlan } from './cpu-memory.js';

/** Linux disk naming: 0 -> a, 25 -> z, 26 -> aa (KubeVirt's target dev names). */
export function diskLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/** Where each volume kind lives inside the launcher pod (KubeVirt converter, amd64). */
function diskSource(vmi: Vmi, vol: VmiVolume, volumeIndex: number): Pick<Disk, 'type' | 'source' | 'driver' | 'backingStore'> {
  const ephemeral = `/var/run/kubevirt-ephemeral-disks/disk-data/${vol.name}/disk.qcow2`;
  const pvcImage = `/var/run/kubevirt-private/vmi-disks/${vol.name}/disk.img`;
  switch (vol.kind) {
    case 'containerDisk':
      return {
        type: 'file', source: ephemeral, driver: { name: 'qemu', type: 'qcow2' },
        backingStore: { format: 'qcow2', file: `/var/run/kubevirt/container-disks/disk_${volumeIndex}.img` },
      };
    case 'ephemeral':
      return { type: 'file', source: ephemeral, driver: { name: 'qemu', type: 'qcow2' }, backingStore: { format: 'raw', file: pvcImage } };
    case 'emptyDisk':
      return { type: 'file', source: `/var/run/libvirt/empty-disks/${vol.name}.qcow2`, driver: { name: 'qemu', type: 'qcow2' } };
    case 'hostDisk': {
      const base = (vol.path ?? 'disk.img').split('/').filter(Boolean).pop() ?? 'disk.img';
      return { type: 'file', source: `/var/run/kubevirt-private/vmi-disks/${vol.name}/${base}`, driver: { name: 'qemu', type: 'raw' } };
    }
    case 'cloudInitNoCloud':
    case 'cloudInitConfigDrive': {
      const iso = vol.kind === 'cloudInitNoCloud' ? 'noCloud.iso' : 'configdrive.iso';
      return { type: 'file', source: `/var/run/kubevirt-ephemeral-disks/cloud-init-data/${vmi.namespace}/${vmi.name}/${iso}`, driver: { name: 'qemu', type: 'raw' } };
    }
    // the ISO images virt-launcher makes of config volumes (KubeVirt 1.9 pkg/config: *DiskPath)
    case 'configMap':
      return isoDisk(`/var/run/kubevirt-private/config-map-disks/${vol.name}.iso`);
    case 'secret':
      return isoDisk(`/var/run/kubevirt-private/secret-disks/${vol.name}.iso`);
    case 'downwardAPI':
      return isoDisk(`/var/run/kubevirt-private/downwardapi-disks/${vol.name}.iso`);
    case 'serviceAccount':
      // one image whatever the volume's name (GetServiceAccountDiskPath)
      return isoDisk('/var/run/kubevirt-private/service-account-disk/service-account.iso');
    case 'sysprep':
      return isoDisk(`/var/run/kubevirt-private/sysprep-disks/${vol.name}.iso`);
    case 'downwardMetrics':
      // the vhostmd metrics page virt-handler writes (config.DownwardMetricDisk)
      return isoDisk('/var/run/kubevirt-private/downwardapi-disks/vhostmd0');
    // persistentVolumeClaim and dataVolume: a block device at /dev/<volume> in volumeMode Block,
    // else the image on the mounted filesystem (converter.go convertVolumeWithoutCBT)
    default:
      if (vol.block) return { type: 'block', source: `/dev/${vol.name}`, driver: { name: 'qemu', type: 'raw' } };
      return { type: 'file', source: pvcImage, driver: { name: 'qemu', type: 'raw' } };
  }
}

function isoDisk(file: string): Pick<Disk, 'type' | 'source' | 'driver'> {
  return { type: 'file', source: file, driver: { name: 'qemu', type: 'raw' } };
}

/** Volume kinds whose image the launcher or virt-handler creates as a sparse qcow2 (never preallocated). */
const SPARSE_IMAGES = new Set(['containerDisk', 'ephemeral', 'emptyDisk']);

/** Volume kinds whose disks KubeVirt marks discard='unmap' even as cdroms. */
const DISCARD_ALWAYS = new Set(['containerDisk', 'ephemeral', 'emptyDisk', 'persistentVolumeClaim', 'dataVolume']);

/**
 * Disks in VMI order (KubeVirt converter): default bus sata on amd64; target names vd* for virtio,
 * sd* shared by sata and scsi, each disk taking the next letter; error_policy stop; discard unmap on
 * disks; cdroms read-only; alias ua-<disk>; model virtio-(non-)transitional on virtio disks.
 */
export function buildDisks(domain: Domain, vmi: Vmi, diags?: Diagnostics): void {
  const threads = ioThreadPlan(vmi);
  if (threads) domain.iothreads = threads.count;
  let vd = 0;
  let sd = 0;
  for (const d of vmi.disks) {
    const volumeIndex = vmi.volumes.findIndex((v) => v.name === d.name);
    const vol = vmi.volumes[volumeIndex];
    if (!vol?.kind) continue;
    const bus = (d.bus?.value ?? 'sata') as Disk['target']['bus'];
    const src = diskSource(vmi, vol, volumeIndex);
    const o = vmi.domainSpec.diskOptions.get(d.name) ?? {};
    const disk: Disk = {
      device: d.device,
      ...src,
      target: { dev: bus === 'virtio' ? `vd${diskLetters(vd++)}` : `sd${diskLetters(sd++)}`, bus },
      // Convert_v1_Disk_To_api_Disk: a cdrom is read-only unless cdrom.readonly says false
      readonly: d.device === 'cdrom' ? o.cdromReadonly ?? true : d.readonly,
      alias: `ua-${d.name}`,
    };
    if (vol.kind === 'downwardMetrics') {
      // Convert_v1_DownwardMetricSource_To_api_Disk replaces the driver (no cache, no discard),
      // makes the disk read-only and always virtio; setErrorPolicy then writes into that driver
      disk.driver = { ...disk.driver, errorPolicy: o.errorPolicy ?? 'stop' };
      disk.readonly = true;
      disk.model = virtioModel(vmi);
    } else {
      if (o.tray) disk.target.tray = o.tray;
      // setErrorPolicy: stop unless the disk names one; cache and io as written; a shareable disk
      // needs cache none, which KubeVirt sets when none is written
      disk.driver = { ...disk.driver, errorPolicy: o.errorPolicy ?? 'stop' };
      if (o.shareable && d.device === 'disk') {
        disk.shareable = true;
        if (!d.cache) disk.driver.cache = 'none';
      }
      if (d.cache) disk.driver.cache = d.cache;
      if (o.io) disk.driver.io = o.io;
      // blockMultiQueue: virtio disks get a queue per requested vCPU
      if (vmi.domainSpec.devices.blockMultiQueue && bus === 'virtio') disk.driver.queues = Math.max(1, vmi.sockets * vmi.cores * vmi.threads);
      if (d.device !== 'cdrom' || DISCARD_ALWAYS.has(vol.kind)) disk.driver.discard = 'unmap';
      if (bus === 'virtio' && d.device === 'disk') disk.model = virtioModel(vmi);
    }
    // converter.go assignDiskIOThread, after the volume's conversion: into the driver the disk has
    // then, a downwardMetrics disk's own included (1.5 setIOThreads: every virtio disk of the domain)
    const thread = threads?.byDisk.get(d.name);
    if (thread !== undefined) disk.driver.iothread = thread;
    if (threads?.pool && bus === 'virtio') disk.driver.iothreadPool = threads.count;
    optimalIOMode(disk, vol, d, diags);
    // KubeVirt's converter puts a scsi disk on the virtio-scsi controller 0 itself, unit = the index
    // of its name (assignDiskToSCSIController); libvirt fills sata drive addresses
    if (bus === 'scsi') disk.address = { type: 'drive', controller: 0, bus: 0, target: 0, unit: diskNameIndex(disk.target.dev) };
    if (d.bootOrder) disk.bootOrder = d.bootOrder.value;
    if (d.serial) disk.serial = d.serial.value;
    const pci = d.pciAddress ? parsePciAddress(d.pciAddress.value) : undefined;
    if (pci) Object.assign(disk, { address: { type: 'pci', pci }, userAddress: true });
    insertDisk(domain.devices.disks, disk);
  }
}

/**
 * libvirt keeps disks grouped by bus, ordered by the index of their name within a bus
 * (virDomainDiskInsert), and prints them so; the order of virtio disks is also the order they are
 * given PCI slots in.
 */
function insertDisk(disks: Disk[], disk: Disk): void {
  const idx = diskNameIndex(disk.target.dev);
  let at = -1;
  for (let i = disks.length - 1; i >= 0; i--) {
    const d = disks[i]!;
    if (d.target.bus !== disk.target.bus) continue;
    if (diskNameIndex(d.target.dev) > idx) at = i;
    else if (at === -1) {
      at = i + 1;
      break;
    }
  }
  if (at === -1) disks.push(disk);
  else disks.splice(at, 0, disk);
}

/** Disks of the VMI that will be rendered (for counting ports in use). */
export function renderedDisks(vmi: Vmi): VmiDisk[] {
  return vmi.disks.filter((d) => vmi.volumes.some((v) => v.name === d.name && v.kind));
}

/**
 * manager.go runs converter.go SetOptimalIOMode on every disk after the converter (each release
 * from 1.5): with cache none and no io, a block device gets io native, and so does an image file
 * qemu-img finds preallocated (its actual size at least its virtual size), which only the node
 * knows: that io is not written, and said. A cache the VMI leaves out is the node's choice too
 * (SetDriverCacheMode: none where O_DIRECT works), so neither is written then (README, "What the
 * domain holds").
 */
function optimalIOMode(disk: Disk, vol: VmiVolume, d: VmiDisk, diags: Diagnostics | undefined): void {
  if (disk.driver.cache !== 'none' || disk.driver.io) return;
  if (disk.type === 'block') {
    disk.driver.io = 'native';
  } else if (!vol.kind || !SPARSE_IMAGES.has(vol.kind)) {
    diags?.warn('NODE_DEPENDENT', `io of disk '${d.name}' depends on its image file: with cache none virt-launcher adds io='native' when the file is preallocated (converter.go SetOptimalIOMode); it is not written`, d.cachePos ?? d.namePos, {
      help: 'write io: native or io: threads to decide it, or compare with `virsh dumpxml` on the node',
    });
  }
}
