import type { XmlParent } from './builder.js';
import type { Domain } from '../model/domain.js';
import { address } from './address.js';

// Devices besides NICs, disks and KubeVirt's defaults: filesystems, inputs, TPMs, sounds,
// watchdogs, panic and vsock, each as libvirt prints it. writeDevices calls each group where
// libvirt's virDomainDefFormat puts it among the other devices.

export interface OtherDeviceWriters {
  filesystems(): void;
  inputs(): void;
  tpms(): void;
  sounds(): void;
  watchdogs(): void;
  panicsAndVsock(): void;
}

export function writeOtherDevices(devs: XmlParent, domain: Domain): OtherDeviceWriters {
  const d = domain.devices;
  return {
    filesystems(): void {
      for (const f of d.filesystems) {
        const el = devs.ele('filesystem', { type: 'mount', accessmode: 'passthrough' });
        el.ele('driver', { type: 'virtiofs', queue: '1024' });
        el.ele('source', { socket: f.socket });
        el.ele('target', { dir: f.targetDir });
        if (f.alias) el.ele('alias', { name: f.alias });
        address(el, f.address);
      }
    },
    inputs(): void {
      for (const i of d.inputs) {
        const el = devs.ele('input', { type: i.type, bus: i.bus, ...(i.model ? { model: i.model } : {}) });
        if (i.alias) el.ele('alias', { name: i.alias });
        address(el, i.address);
      }
    },
    tpms(): void {
      for (const t of d.tpms) {
        const el = devs.ele('tpm', { model: t.model });
        el.ele('backend', { type: 'emulator', version: '2.0', ...(t.persistentState ? { persistent_state: 'yes' } : {}) });
      }
    },
    sounds(): void {
      for (const s of d.sounds) {
        const el = devs.ele('sound', { model: s.model });
        if (s.alias) el.ele('alias', { name: s.alias });
        address(el, s.address);
      }
    },
    watchdogs(): void {
      for (const w of d.watchdogs) {
        const el = devs.ele('watchdog', { model: w.model, action: w.action });
        if (w.alias) el.ele('alias', { name: w.alias });
        address(el, w.address);
      }
    },
    panicsAndVsock(): void {
      for (const p of d.panics) devs.ele('panic', p.model ? { model: p.model } : {});
      if (d.vsock) {
        const el = devs.ele('vsock', { model: d.vsock.model });
        el.ele('cid', { auto: 'no', address: String(d.vsock.cid) });
        address(el, d.vsock.address);
      }
    },
  };
}
