import type { RuleContext } from '../context.js';

// KubeVirt's webhook (validateSerialNumValue / validateSerialNumLength): the characters libvirt
// and QEMU accept in a drive serial, at most 256 of them. The serial is written into the XML.
const SERIAL = /^[A-Za-z0-9_.+-]+$/;
const MAX_SERIAL = 256;

/** DiskSerialRule: a disk's serial uses only [A-Za-z0-9_.+-] and is at most 256 characters. */
export function DiskSerialRule(ctx: RuleContext): void {
  for (const disk of ctx.vmi.disks) {
    const serial = disk.serial;
    if (!serial || serial.value === '') continue;
    if (!SERIAL.test(serial.value) || [...serial.value].length > MAX_SERIAL) {
      ctx.diags.error('INVALID_VALUE', `serial ${JSON.stringify(serial.value)} of disk '${disk.name}' is not a valid disk serial`, serial.pos, {
        help: `use at most ${MAX_SERIAL} letters, digits, '_', '.', '+' and '-' (KubeVirt rejects anything else)`,
      });
    }
  }
}
