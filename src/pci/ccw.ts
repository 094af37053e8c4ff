import type { Controller, DeviceBase, Domain, Interface } from '../model/domain.js';
import type { PlacementProblem } from './assign.js';
import { addImplicitControllers } from './implicit-controllers.js';

// s390x (machine s390-ccw-virtio): libvirt puts every virtio device on the channel subsystem, not
// on PCI (qemuDomainAssignS390Addresses, libvirt 9.0): qemuDomainPrimeVirtioDeviceAddresses marks
// the virtio devices without an address as ccw, then qemuDomainCCWAddressSetCreate reserves the
// addresses already given and hands each other one the lowest free devno of cssid 0xfe, ssid 0,
// walking devices in virDomainDeviceInfoIterate order. Verified against libvirt 9.0's dumpxml
// (test/libvirt, fixtures/arch).

const CSSID = 0xfe;
/** virDomainCCWAddressIncrement: devno runs to 0xffff, then the next ssid (up to 3) */
const MAX_DEVNO = 0xffff;
const MAX_SSID = 3;

const isVirtioModel = (m: string | undefined): boolean => m === 'virtio' || m === 'virtio-transitional' || m === 'virtio-non-transitional';

function virtioInterface(i: Interface): boolean {
  return i.type === 'vdpa' || isVirtioModel(i.model);
}

function virtioController(c: Controller): boolean {
  return c.type === 'virtio-serial' || (c.type === 'scsi' && c.model === 'virtio-scsi');
}

/** The devices that take a ccw address, in libvirt's walk order: disks, nets, videos, controllers, inputs, memballoon, RNGs, filesystems, vsock. */
function ccwDevices(domain: Domain): DeviceBase[] {
  const d = domain.devices;
  return [
    ...d.disks.filter((x) => x.target.bus === 'virtio'),
    ...d.interfaces.filter(virtioInterface),
    ...d.videos.filter((v) => v.model === 'virtio'),
    ...d.controllers.filter(virtioController),
    ...d.inputs.filter((i) => i.bus === 'virtio'),
    ...(d.memballoon && d.memballoon.model !== 'none' ? [d.memballoon] : []),
    ...d.rngs,
    ...d.filesystems,
    ...(d.vsock ? [d.vsock] : []),
  ];
}

const key = (ssid: number, devno: number): number => ssid * (MAX_DEVNO + 1) + devno;

/**
 * Gives every virtio device without an address the lowest free ccw devno, after the
 * controllers libvirt adds when parsing (pci-root on s390x, the virtio-serial one for channels).
 * Returns a problem when devnos run out (libvirt: "There are no more free CCW devnos.").
 */
export function assignCcwAddresses(domain: Domain): PlacementProblem[] {
  addImplicitControllers(domain);
  const devices = ccwDevices(domain);
  const used = new Set<number>();
  for (const info of devices) if (info.address?.type === 'ccw') used.add(key(info.address.ssid, info.address.devno));
  let ssid = 0;
  let devno = 0;
  for (const info of devices) {
    if (info.address) continue;
    while (used.has(key(ssid, devno))) {
      if (++devno > MAX_DEVNO) {
        devno = 0;
        if (++ssid > MAX_SSID) return [{ kind: 'exhausted', message: 'There are no more free CCW devnos.', device: info }];
      }
    }
    used.add(key(ssid, devno));
    info.address = { type: 'ccw', cssid: CSSID, ssid, devno };
  }
  return [];
}
