import type { Vmi } from '../model/vmi.js';
import { emptyDevices, type Domain } from '../model/domain.js';
import { machineFamily } from '../kubevirt/machine.js';
import { archTraits } from '../kubevirt/arch.js';
import { uuidV5 } from '../kubevirt/names.js';

// KubeVirt's namespace for firmware UUIDs derived from the VM name (virt-controller, CalculateLegacyUUID).
const FIRMWARE_UUID_NS = '6a1a24a1-4061-4607-8bf4-a3963d0c5895';

/**
 * The domain's top level as KubeVirt's converter writes it (facts.md §2): name <namespace>_<name>,
 * memory in bytes, cpu host-model with the VMI's topology, the architecture and its machine type
 * (the defaults stage filled it in; else the architecture's default).
 */
export function buildDomainBase(vmi: Vmi): Domain {
  const arch = archTraits(vmi);
  const machineType = vmi.machineType?.value ?? arch.defaultMachine;
  return {
    name: `${vmi.namespace}_${vmi.name}`,
    vmiUid: vmi.uid,
    memoryBytes: vmi.memoryBytes,
    vcpus: vmi.sockets * vmi.cores * vmi.threads,
    cpu: { mode: 'host-model', sockets: vmi.sockets, cores: vmi.cores, threads: vmi.threads, features: [] },
    os: {},
    features: { acpi: true, apic: false, smm: false, vmport: arch.vmport },
    arch: arch.libvirtArch,
    machine: machineFamily(machineType) ?? machineFamily(arch.defaultMachine)!,
    machineType,
    // a VM's VMI gets a firmware UUID derived from its name; a bare VMI a random one, so derive it too
    firmwareUuid: vmi.firmwareUuid ?? uuidV5(FIRMWARE_UUID_NS, vmi.name),
    devices: emptyDevices(),
  };
}
