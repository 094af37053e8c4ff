// Inputs for the scaling benchmark: a VMI whose only interfaces are `count` vDPA interfaces on one
// Multus network, its NAD, and an env dump giving each a device and a /dev/vhost-vdpa-N.
// The machine is pc (i440fx): KubeVirt allows 256 interfaces, but a q35 guest runs out of
// pcie-root ports at about 230 PCIe devices, while pc hangs them on pci-bridges of 31 slots.

export interface BenchInputs {
  vmi: string;
  nad: string;
  env: string;
}

export function vdpaInputs(count: number): BenchInputs {
  const interfaces: string[] = [];
  const networks: string[] = [];
  const ids: string[] = [];
  const info: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    interfaces.push(`      - name: vdpa${i}\n        vdpa: {}`);
    networks.push(`  - name: vdpa${i}\n    multus:\n      networkName: default/offload-ovn`);
    const id = `0000:${(0x10 + (i >> 5)).toString(16).padStart(2, '0')}:${(i & 31).toString(16).padStart(2, '0')}.2`;
    ids.push(id);
    info[id] = { generic: { deviceID: id }, vdpa: { mount: `/dev/vhost-vdpa-${i}` } };
  }
  const list = (items: string[]): string => (items.length ? `\n${items.join('\n')}` : ' []');
  return {
    vmi: `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: bench
  namespace: default
spec:
  domain:
    machine:
      type: pc
    cpu:
      cores: 4
    memory:
      guest: 4Gi
    devices:
      networkInterfaceMultiqueue: true
      disks:
      - name: root
        disk:
          bus: virtio
      interfaces:${list(interfaces)}
  networks:${list(networks)}
  volumes:
  - name: root
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
`,
    nad: `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: offload-ovn
  namespace: default
  annotations:
    k8s.v1.cni.cncf.io/resourceName: intel.com/vdpa
spec:
  config: '{"cniVersion":"0.3.1","type":"kube-ovn"}'
`,
    env: `PCIDEVICE_INTEL_COM_VDPA=${ids.join(',')}\nPCIDEVICE_INTEL_COM_VDPA_INFO=${JSON.stringify(info)}\n`,
  };
}
