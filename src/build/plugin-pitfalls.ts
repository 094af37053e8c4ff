import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { podInterfaceName } from '../kubevirt/names.js';
import type { LauncherProfile } from '../kubevirt/versions.js';
import type { LoadedInputs } from '../load/index.js';
import type { Vmi } from '../model/vmi.js';
import { input, type Options } from '../options.js';
import type { InterfaceDecision } from './decisions.js';

/** kubevirt/vdpa-network-binding-plugin acts on this binding name only (sidecar/domain/configurator.go VdpaPluginName). */
const KUBEVIRT_PLUGIN_NAME = 'vdpa';
const GiB = 1024 ** 3;

/**
 * What stops, or quietly breaks, a VM whose vDPA NICs come from a network binding plugin
 * (issue #13), each at the field at fault: settings the kubevirt plugin drops, no MAC source,
 * memlock, network-info, and with the KubeVirt CR how the binding is registered.
 */
export function pluginPitfalls(vmi: Vmi, decisions: readonly InterfaceDecision[], loaded: LoadedInputs, opts: Options, launcher: LauncherProfile, diags: Diagnostics): void {
  const hooked = decisions.filter((d) => d.hook);
  if (!hooked.length) return;
  const kubevirt = opts.vdpaSidecar === 'kubevirt';
  for (const d of hooked) {
    const { iface } = d;
    if (kubevirt && opts.vdpaBindingName !== KUBEVIRT_PLUGIN_NAME) {
      diags.error('VDPA_PLUGIN_NAME', `kubevirt/vdpa-network-binding-plugin acts only on binding: {name: ${KUBEVIRT_PLUGIN_NAME}}, not '${opts.vdpaBindingName}': its sidecar finds no vDPA interface and fails every define`, iface.binding!.pos, {
        help: `register the plugin under the name ${KUBEVIRT_PLUGIN_NAME}, or serve this name with vdpa-xml's sidecar (${input('vdpaSidecar')} vdpa-xml)`,
      });
    }
    if (kubevirt) dropped(d, diags);
    if (!d.mac && d.macLeftTo) {
      const noSource = !launcher.networkInfoMac;
      diags.warn('NO_MAC_SOURCE', noSource
        ? `interface '${d.name}' has no macAddress and KubeVirt ${launcher.release} puts no MAC in network-info: the binding plugin writes no <mac>, libvirt picks a random one, and the NIC's traffic breaks`
        : `interface '${d.name}' has no macAddress: the binding plugin takes network-info's mac at run time, which the inputs do not have`, iface.namePos, {
        help: noSource ? 'set macAddress on the interface (KubeVirt 1.8 and later pass the pod\'s MAC in network-info)' : `pass the launcher's network-info or pod (${input('networkStatus')}) to see the MAC`,
      });
    }
    const status = loaded.networkStatus;
    if (kubevirt && status && !status.entries.some((e) => e.network?.value === d.name || e.interface?.value === podInterfaceName(d.name, false))) {
      diags.error('NETWORK_INFO_NO_ENTRY', `${status.origin} has no entry for network '${d.name}': the binding plugin fails every define ("failed to find networkinfo for interface ${d.name}")`, iface.namePos, {
        help: 'virt-controller fills network-info from the pod\'s network-status once the pod is Ready: check the NAD\'s resourceName and that Multus attached the network',
      });
    }
  }
  if (kubevirt) multiqueueDropped(vmi, hooked, diags);
  memlock(vmi, hooked, launcher, diags);
  registration(loaded, opts, launcher, vmi, diags);
}

/** Settings the kubevirt plugin never writes (generateInterfaces: alias, model, address, MAC, ACPI, type, source). */
function dropped(d: InterfaceDecision, diags: Diagnostics): void {
  const { iface } = d;
  const warn = (what: string, instead: string, pos = iface.binding!.pos): void =>
    void diags.warn('VDPA_PLUGIN_DROPS', `interface '${d.name}': the vdpa binding plugin ignores ${what}; ${instead}`, pos, {
      help: `vdpa-xml's own sidecar keeps it (${input('vdpaSidecar')} vdpa-xml; README, "Running the seed's design on a cluster")`,
    });
  if (iface.bootOrder) warn('bootOrder', 'the guest cannot boot from this NIC', iface.bootOrder.pos);
  if (iface.state?.value === 'down') warn('state: down', 'the link comes up', iface.state.pos);
  if (iface.state?.value === 'absent') warn('state: absent', 'it adds the NIC anyway (it walks spec.networks)', iface.state.pos);
  if (iface.model && iface.model.value !== 'virtio') warn(`model ${iface.model.value}`, 'the NIC is virtio', iface.model.pos);
}

/** One warning for every interface the plugin serves, at networkInterfaceMultiqueue (it is one VMI field). */
function multiqueueDropped(vmi: Vmi, hooked: readonly InterfaceDecision[], diags: Diagnostics): void {
  if (!vmi.networkInterfaceMultiqueue) return;
  const names = hooked.map((d) => `'${d.name}'`).join(', ');
  const one = hooked.length === 1;
  diags.warn('VDPA_PLUGIN_DROPS', `the vdpa binding plugin ignores networkInterfaceMultiqueue: the guest gets a single queue pair on ${one ? 'interface' : 'interfaces'} ${names}`, vmi.networkInterfaceMultiqueuePos ?? hooked[0]!.iface.binding!.pos, {
    help: `vdpa-xml's own sidecar keeps it (${input('vdpaSidecar')} vdpa-xml; README, "Running the seed's design on a cluster")`,
  });
}

/**
 * libvirt locks guest memory for a vDPA device, so QEMU needs a memlock limit of about guest memory
 * + 1 GiB. Up to KubeVirt 1.7 virt-handler raises it only for VFIO, realtime or SEV VMIs, never for a
 * binding plugin's NIC (VEP 144); from 1.8, spec.domain.memory.reservedOverhead.memLock: Required
 * does (feature gate ReservedOverheadMemlock), which the plugin's webhook sets on VirtualMachines
 * only, with addedOverhead = 1Gi + (N-1) x guest memory (webhook/mutate/mutate.go).
 */
function memlock(vmi: Vmi, hooked: readonly InterfaceDecision[], launcher: LauncherProfile, diags: Diagnostics): void {
  const at = hooked[0]!.iface.binding!.pos;
  const n = hooked.length;
  const overhead = `${Math.round((GiB + (n - 1) * vmi.memoryBytes) / 1024 ** 2)}Mi`;
  if (!launcher.networkInfoMac) {
    diags.warn('MEMLOCK', `KubeVirt ${launcher.release} raises no memlock limit for a binding plugin's vDPA NIC: QEMU cannot lock the guest's memory, so the domain is defined but the VM does not start`, at, {
      help: 'run KubeVirt 1.8 or later with the ReservedOverheadMemlock feature gate and memory.reservedOverhead.memLock: Required',
    });
    return;
  }
  const lock = vmi.reservedOverhead?.memLock;
  if (lock?.value === 'Required') return;
  if (vmi.kind === 'VirtualMachine') {
    diags.warn('MEMLOCK', `the vdpa binding plugin's webhook will set memory.reservedOverhead.memLock: Required and addedOverhead ${overhead} (1Gi + ${n - 1} x guest memory) on this VM`, lock?.pos ?? vmi.pos, {
      help: 'if the webhook is not deployed, set them yourself; KubeVirt needs the ReservedOverheadMemlock feature gate for memLock',
    });
    return;
  }
  diags.warn('MEMLOCK', `the VMI does not set memory.reservedOverhead.memLock: Required: QEMU cannot lock the guest's memory for the vDPA NIC and the VM does not start (the binding plugin's webhook mutates VirtualMachines, not VMIs)`, lock?.pos ?? vmi.pos, {
    help: `set spec.domain.memory.reservedOverhead: {memLock: Required, addedOverhead: ${overhead}} (feature gate ReservedOverheadMemlock)`,
  });
}

/** With the KubeVirt CR: the binding is registered with a sidecar image, device-info, and the feature gates it needs. */
function registration(loaded: LoadedInputs, opts: Options, launcher: LauncherProfile, vmi: Vmi, diags: Diagnostics): void {
  const cr = loaded.kubevirtConfig;
  if (!cr) return;
  const reg = cr.bindings.get(opts.vdpaBindingName);
  if (!reg) {
    diags.error('BINDING_NOT_REGISTERED', `the KubeVirt CR ${cr.name} registers no network binding '${opts.vdpaBindingName}' (spec.configuration.network.binding): virt-api refuses the VMI`, cr.pos, {
      help: `add spec.configuration.network.binding.${opts.vdpaBindingName} with sidecarImage and downwardAPI: device-info`,
    });
    return;
  }
  if (!reg.sidecarImage) {
    diags.error('BINDING_CONFIG', `binding '${reg.name}' has no sidecarImage: no sidecar runs, and the converter writes nothing for its interfaces`, reg.pos, {
      help: 'set sidecarImage to the plugin\'s sidecar image',
    });
  }
  if (reg.downwardAPI?.value !== 'device-info') {
    diags.error('BINDING_CONFIG', `binding '${reg.name}' has downwardAPI ${reg.downwardAPI ? `'${reg.downwardAPI.value}'` : 'unset'}: /etc/podinfo/network-info is not projected and the sidecar finds no device`, reg.downwardAPI?.pos ?? reg.pos, {
      help: 'set downwardAPI: device-info',
    });
  }
  if (reg.migration && reg.migration.method?.value) {
    diags.warn('BINDING_CONFIG', `binding '${reg.name}' declares migration method '${reg.migration.method.value}': KubeVirt consults it for the pod network only, and libvirt refuses to migrate a vDPA NIC ("vDPA devices cannot be migrated")`, reg.migration.method.pos, {
      help: 'treat these VMs as not live-migratable',
    });
  }
  const gates = new Set(cr.featureGates.map((g) => g.value));
  // memLock Required, set by the user or (on a VM) by the plugin's webhook, is refused without the gate
  const wantsMemlock = vmi.reservedOverhead?.memLock?.value === 'Required' || vmi.kind === 'VirtualMachine';
  if (launcher.networkInfoMac && wantsMemlock && !gates.has('ReservedOverheadMemlock')) {
    diags.error('FEATURE_GATE', `memLock: Required needs the ReservedOverheadMemlock feature gate (Alpha in KubeVirt ${launcher.release}), which the KubeVirt CR does not enable`, cr.featureGatesPos ?? cr.pos, {
      help: 'add ReservedOverheadMemlock to spec.configuration.developerConfiguration.featureGates',
    });
  }
}
