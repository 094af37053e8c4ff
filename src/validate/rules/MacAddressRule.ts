import type { RuleContext } from '../context.js';

// KubeVirt parses macAddress with Go's net.ParseMAC (6-byte forms with ':' or '-'); libvirt then
// refuses a multicast address ("expected unicast mac address").
const MAC = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;

/** MacAddressRule: every macAddress is a 6-byte unicast MAC. */
export function MacAddressRule(ctx: RuleContext): void {
  for (const iface of ctx.vmi.interfaces) {
    const mac = iface.macAddress;
    if (!mac) continue;
    if (!MAC.test(mac.value)) {
      ctx.diags.error('INVALID_MAC', `macAddress ${JSON.stringify(mac.value)} of interface '${iface.name}' is not a MAC address`, mac.pos, {
        help: "write six hex bytes separated by ':', for example 02:00:00:00:00:01",
      });
    } else if ((parseInt(mac.value.slice(0, 2), 16) & 1) === 1) {
      ctx.diags.error('INVALID_MAC', `macAddress ${mac.value} of interface '${iface.name}' is a multicast address`, mac.pos, {
        help: 'the lowest bit of the first byte must be 0 (libvirt refuses multicast MACs); 02:xx:xx:xx:xx:xx is a safe local range',
      });
    }
  }
}
