// KubeVirt's common instancetypes and preferences as KubeVirt v1.9.0's virt-operator deploys them
// (common-instancetypes v1.7.0, Apache-2.0: kubevirt/kubevirt v1.9.0
// pkg/virt-operator/resource/generate/components/data/common-instancetypes/*-bundle.yaml),
// unchanged, as data. A VM naming one that is not in the inputs (u1.medium, fedora, ...) gets it
// from here, read like a -f file (src/load/builtin-instancetypes.ts).

export const COMMON_INSTANCETYPES_VERSION = 'v1.7.0';

/** common-clusterinstancetypes-bundle.yaml */
export const COMMON_CLUSTER_INSTANCETYPES = `---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: 2xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.2xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 8
    isolateEmulatorThread: true
    maxSockets: 8
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 16Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: 2xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.2xlarge1gi
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 8
    isolateEmulatorThread: true
    maxSockets: 8
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 16Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: 4xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.4xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 16
    isolateEmulatorThread: true
    maxSockets: 16
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 32Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: 4xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.4xlarge1gi
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 16
    isolateEmulatorThread: true
    maxSockets: 16
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 32Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: 8xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.8xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 32
    isolateEmulatorThread: true
    maxSockets: 32
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 64Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: 8xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.8xlarge1gi
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 32
    isolateEmulatorThread: true
    maxSockets: 32
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 64Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: large
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.large
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 2
    isolateEmulatorThread: true
    maxSockets: 2
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 4Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: large1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.large1gi
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 2
    isolateEmulatorThread: true
    maxSockets: 2
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 4Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 2Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: medium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.medium
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
    maxSockets: 1
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 2Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 2Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: medium1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.medium1gi
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
    maxSockets: 1
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 2Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 8Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 4
    isolateEmulatorThread: true
    maxSockets: 4
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 8Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The CX Series provides exclusive compute resources for compute
      intensive applications.

      *CX* is the abbreviation of "Compute Exclusive".

      The exclusive resources are given to the compute threads of the
      VM. In order to ensure this, some additional cores (depending
      on the number of disks and NICs) will be requested to offload
      the IO threading from cores dedicated to the workload.
      In addition, in this series, the NUMA topology of the used
      cores is provided to the VM.

      The amount of spec.cpu.maxSockets is set to the same as
      guest cpus. This avoids KubeVirt's default behavior of
      providing extra CPUs for hotplugging, which can exceed the
      amount of available CPUs on a node and cause the VM to fail.

      Requirements for CX series instance types:
      - CPU manager has to be enabled.
      - Huge pages have to be available on the nodes.
    instancetype.kubevirt.io/displayName: Compute Exclusive
  labels:
    instancetype.kubevirt.io/class: compute.exclusive
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-registry
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 8Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/size: xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cx1.xlarge1gi
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 4
    isolateEmulatorThread: true
    maxSockets: 4
    numa:
      guestMappingPassthrough: {}
  ioThreadsPolicy: auto
  memory:
    guest: 8Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/size: 2xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.2xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 8
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 32Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/size: 2xmedium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.2xmedium
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 2
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/size: 4xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.4xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 16
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 64Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 128Gi
    instancetype.kubevirt.io/size: 8xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.8xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 32
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 128Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 8Gi
    instancetype.kubevirt.io/size: large
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.large
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 2
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 8Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/size: medium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.medium
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 1Gi
    instancetype.kubevirt.io/size: micro
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.micro
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 512Mi
    instancetype.kubevirt.io/size: nano
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.nano
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 2Gi
    instancetype.kubevirt.io/size: small
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.small
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The D Series is designed for consistent and predictable performance,
      providing resources for general purpose applications.

      *D* is the abbreviation for "Dedicated", reflecting the use of
      dedicated CPU placement for workloads.

      VMs of this instance type are assigned exclusive physical CPU cores,
      avoiding CPU sharing and time-slice contention with other VMs.
    instancetype.kubevirt.io/displayName: Dedicated vCPU
  labels:
    instancetype.kubevirt.io/class: dedicated.vcpu
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/size: xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: d1.xlarge
spec:
  cpu:
    dedicatedCPUPlacement: true
    guest: 4
    isolateEmulatorThread: true
  ioThreadsPolicy: auto
  memory:
    guest: 16Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/size: 2xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.2xlarge
spec:
  cpu:
    guest: 8
  memory:
    guest: 64Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/size: 2xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.2xlarge1gi
spec:
  cpu:
    guest: 8
  memory:
    guest: 64Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 128Gi
    instancetype.kubevirt.io/size: 4xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.4xlarge
spec:
  cpu:
    guest: 16
  memory:
    guest: 128Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 128Gi
    instancetype.kubevirt.io/size: 4xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.4xlarge1gi
spec:
  cpu:
    guest: 16
  memory:
    guest: 128Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 256Gi
    instancetype.kubevirt.io/size: 8xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.8xlarge
spec:
  cpu:
    guest: 32
  memory:
    guest: 256Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 256Gi
    instancetype.kubevirt.io/size: 8xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.8xlarge1gi
spec:
  cpu:
    guest: 32
  memory:
    guest: 256Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/size: large
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.large
spec:
  cpu:
    guest: 2
  memory:
    guest: 16Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/size: large1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.large1gi
spec:
  cpu:
    guest: 2
  memory:
    guest: 16Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/hugepages: 2Mi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/size: xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.xlarge
spec:
  cpu:
    guest: 4
  memory:
    guest: 32Gi
    hugepages:
      pageSize: 2Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The M Series provides resources for memory intensive
      applications.

      *M* is the abbreviation of "Memory".
    instancetype.kubevirt.io/displayName: Memory Intensive
  labels:
    instancetype.kubevirt.io/class: memory.intensive
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: fa-memory
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/size: xlarge1gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: m1.xlarge1gi
spec:
  cpu:
    guest: 4
  memory:
    guest: 32Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The N Series provides resources for network intensive DPDK
      applications, like VNFs.

      *N* is the abbreviation for "Network".

      This series of instancetypes requires nodes capable
      of running DPDK workloads and being marked with the respective
      node-role.kubevirt.io/worker-dpdk label as such.
    instancetype.kubevirt.io/displayName: Network
  labels:
    instancetype.kubevirt.io/class: network
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-network
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/size: 2xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: n1.2xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 16
    isolateEmulatorThread: true
  memory:
    guest: 32Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The N Series provides resources for network intensive DPDK
      applications, like VNFs.

      *N* is the abbreviation for "Network".

      This series of instancetypes requires nodes capable
      of running DPDK workloads and being marked with the respective
      node-role.kubevirt.io/worker-dpdk label as such.
    instancetype.kubevirt.io/displayName: Network
  labels:
    instancetype.kubevirt.io/class: network
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-network
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/size: 4xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: n1.4xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 32
    isolateEmulatorThread: true
  memory:
    guest: 64Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The N Series provides resources for network intensive DPDK
      applications, like VNFs.

      *N* is the abbreviation for "Network".

      This series of instancetypes requires nodes capable
      of running DPDK workloads and being marked with the respective
      node-role.kubevirt.io/worker-dpdk label as such.
    instancetype.kubevirt.io/displayName: Network
  labels:
    instancetype.kubevirt.io/class: network
    instancetype.kubevirt.io/cpu: "64"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-network
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 128Gi
    instancetype.kubevirt.io/size: 8xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: n1.8xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 64
    isolateEmulatorThread: true
  memory:
    guest: 128Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The N Series provides resources for network intensive DPDK
      applications, like VNFs.

      *N* is the abbreviation for "Network".

      This series of instancetypes requires nodes capable
      of running DPDK workloads and being marked with the respective
      node-role.kubevirt.io/worker-dpdk label as such.
    instancetype.kubevirt.io/displayName: Network
  labels:
    instancetype.kubevirt.io/class: network
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-network
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 8Gi
    instancetype.kubevirt.io/size: large
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: n1.large
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 4
    isolateEmulatorThread: true
  memory:
    guest: 8Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The N Series provides resources for network intensive DPDK
      applications, like VNFs.

      *N* is the abbreviation for "Network".

      This series of instancetypes requires nodes capable
      of running DPDK workloads and being marked with the respective
      node-role.kubevirt.io/worker-dpdk label as such.
    instancetype.kubevirt.io/displayName: Network
  labels:
    instancetype.kubevirt.io/class: network
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-network
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/size: medium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: n1.medium
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 4
    isolateEmulatorThread: true
  memory:
    guest: 4Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The N Series provides resources for network intensive DPDK
      applications, like VNFs.

      *N* is the abbreviation for "Network".

      This series of instancetypes requires nodes capable
      of running DPDK workloads and being marked with the respective
      node-role.kubevirt.io/worker-dpdk label as such.
    instancetype.kubevirt.io/displayName: Network
  labels:
    instancetype.kubevirt.io/class: network
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-network
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/size: xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: n1.xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 8
    isolateEmulatorThread: true
  memory:
    guest: 16Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/size: 2xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.2xlarge
spec:
  cpu:
    guest: 8
  memory:
    guest: 32Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/size: 4xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.4xlarge
spec:
  cpu:
    guest: 16
  memory:
    guest: 64Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 128Gi
    instancetype.kubevirt.io/size: 8xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.8xlarge
spec:
  cpu:
    guest: 32
  memory:
    guest: 128Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 8Gi
    instancetype.kubevirt.io/size: large
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.large
spec:
  cpu:
    guest: 2
  memory:
    guest: 8Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/size: medium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.medium
spec:
  cpu:
    guest: 1
  memory:
    guest: 4Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 1Gi
    instancetype.kubevirt.io/size: micro
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.micro
spec:
  cpu:
    guest: 1
  memory:
    guest: 1Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 512Mi
    instancetype.kubevirt.io/size: nano
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.nano
spec:
  cpu:
    guest: 1
  memory:
    guest: 512Mi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 2Gi
    instancetype.kubevirt.io/size: small
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.small
spec:
  cpu:
    guest: 1
  memory:
    guest: 2Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The O Series is based on the U Series, with the only difference
      being that memory is overcommitted.

      *O* is the abbreviation for "Overcommitted".
    instancetype.kubevirt.io/displayName: Overcommitted
  labels:
    instancetype.kubevirt.io/class: overcommitted
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/icon-pf: pficon-virtual-machine
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/size: xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: o1.xlarge
spec:
  cpu:
    guest: 4
  memory:
    guest: 16Gi
    overcommitPercent: 50
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: 2xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.2xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 8
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 32Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: 4xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.4xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 16
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 64Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 128Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: 8xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.8xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 32
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 128Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 8Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: large
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.large
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 2
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 8Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: medium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.medium
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 4Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 1Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: micro
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.micro
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 1Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 2Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: small
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.small
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 1
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 2Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The RT Series provides resources for realtime applications, like Oslat.

      *RT* is the abbreviation for "realtime".

      This series of instance types requires nodes capable of running
      realtime applications.
    instancetype.kubevirt.io/displayName: Realtime
  labels:
    instancetype.kubevirt.io/class: realtime
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/dedicatedCPUPlacement: "true"
    instancetype.kubevirt.io/hugepages: 1Gi
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/isolateEmulatorThread: "true"
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/numa: "true"
    instancetype.kubevirt.io/realtime: "true"
    instancetype.kubevirt.io/size: xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rt1.xlarge
spec:
  annotations:
    cpu-load-balancing.crio.io: disable
    cpu-quota.crio.io: disable
    irq-load-balancing.crio.io: disable
  cpu:
    dedicatedCPUPlacement: true
    guest: 4
    isolateEmulatorThread: true
    numa:
      guestMappingPassthrough: {}
    realtime: {}
  memory:
    guest: 16Gi
    hugepages:
      pageSize: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "8"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 32Gi
    instancetype.kubevirt.io/size: 2xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.2xlarge
spec:
  cpu:
    guest: 8
  memory:
    guest: 32Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/size: 2xmedium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.2xmedium
spec:
  cpu:
    guest: 2
  memory:
    guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "16"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 64Gi
    instancetype.kubevirt.io/size: 4xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.4xlarge
spec:
  cpu:
    guest: 16
  memory:
    guest: 64Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "32"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 128Gi
    instancetype.kubevirt.io/size: 8xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.8xlarge
spec:
  cpu:
    guest: 32
  memory:
    guest: 128Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "2"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 8Gi
    instancetype.kubevirt.io/size: large
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.large
spec:
  cpu:
    guest: 2
  memory:
    guest: 8Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 4Gi
    instancetype.kubevirt.io/size: medium
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.medium
spec:
  cpu:
    guest: 1
  memory:
    guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 1Gi
    instancetype.kubevirt.io/size: micro
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.micro
spec:
  cpu:
    guest: 1
  memory:
    guest: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 512Mi
    instancetype.kubevirt.io/size: nano
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.nano
spec:
  cpu:
    guest: 1
  memory:
    guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "1"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 2Gi
    instancetype.kubevirt.io/size: small
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.small
spec:
  cpu:
    guest: 1
  memory:
    guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  annotations:
    instancetype.kubevirt.io/description: |-
      The U Series is quite neutral and provides resources for
      general purpose applications.

      *U* is the abbreviation for "Universal", hinting at the universal
      attitude towards workloads.

      VMs of instance types will share physical CPU cores on a
      time-slice basis with other VMs.
    instancetype.kubevirt.io/displayName: General Purpose
  labels:
    instancetype.kubevirt.io/class: general.purpose
    instancetype.kubevirt.io/cpu: "4"
    instancetype.kubevirt.io/icon-pf: pficon-server-group
    instancetype.kubevirt.io/memory: 16Gi
    instancetype.kubevirt.io/size: xlarge
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/version: "1"
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: u1.xlarge
spec:
  cpu:
    guest: 4
  memory:
    guest: 16Gi
`;

/** common-clusterpreferences-bundle.yaml */
export const COMMON_CLUSTER_PREFERENCES = `---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-alpine
    openshift.io/display-name: Alpine
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,alpine
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 512Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: alpine
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-centos
    openshift.io/display-name: CentOS Stream 10
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,centos-stream
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: centos.stream10
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-centos
    openshift.io/display-name: CentOS Stream 10
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,centos-stream
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: centos.stream10.desktop
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-centos
    openshift.io/display-name: CentOS Stream 9
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,centos-stream
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: centos.stream9
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-centos
    openshift.io/display-name: CentOS Stream 9
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,centos-stream
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: centos.stream9.desktop
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-centos
    openshift.io/display-name: CentOS Stream 9
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,centos-stream,dpdk
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "8"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: centos.stream9.dpdk
spec:
  annotations:
    vm.kubevirt.io/os: linux
  cpu:
    preferredCPUTopology: spread
    spreadOptions:
      across: SocketsCoresThreads
      ratio: 4
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredNetworkInterfaceMultiQueue: true
    preferredRng: {}
  requirements:
    cpu:
      guest: 8
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-cirros
    openshift.io/display-name: Cirros
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,cirros
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 256Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: cirros
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 256Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-debian
    openshift.io/display-name: Debian
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,debian
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 512Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: debian
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  firmware:
    preferredEfi:
      secureBoot: false
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-fedora
    openshift.io/display-name: Fedora (amd64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,fedora
  labels:
    instancetype.kubevirt.io/arch: amd64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: amd64
    instancetype.kubevirt.io/required-architecture: amd64
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: fedora
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  features:
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredArchitecture: amd64
  requirements:
    architecture: amd64
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-fedora
    openshift.io/display-name: Fedora (arm64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,fedora
  labels:
    instancetype.kubevirt.io/arch: arm64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: arm64
    instancetype.kubevirt.io/required-architecture: arm64
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: fedora.arm64
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  preferredArchitecture: arm64
  requirements:
    architecture: arm64
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-fedora
    openshift.io/display-name: Fedora (s390x)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,fedora
  labels:
    instancetype.kubevirt.io/arch: s390x
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: s390x
    instancetype.kubevirt.io/required-architecture: s390x
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: fedora.s390x
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  preferredArchitecture: s390x
  requirements:
    architecture: s390x
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-other
    openshift.io/display-name: Legacy Guest
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,legacy
  labels:
    instancetype.kubevirt.io/os-type: legacy
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: legacy
spec:
  annotations:
    vm.kubevirt.io/os: legacy
  devices:
    preferredDiskBus: sata
    preferredInterfaceModel: e1000
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-linux
    openshift.io/display-name: Linux Guest
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: linux
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-linux
    openshift.io/display-name: Linux EFI Guest
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux-efi
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: linux.efi
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  firmware:
    preferredEfi:
      secureBoot: false
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-linux
    openshift.io/display-name: Linux Virtio Transitional Guest
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux-virtio-transitional
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: linux.virtiotransitional
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
    preferredUseVirtioTransitional: true
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-opensuse-leap
    openshift.io/display-name: OpenSUSE Leap
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,opensuse.leap
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: opensuse.leap
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-opensuse-tumbleweed
    openshift.io/display-name: OpenSUSE Tumbleweed
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,opensuse.tumbleweed
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: opensuse.tumbleweed
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-oracle
    openshift.io/display-name: Oracle Linux
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,oraclelinux
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "2"
    instancetype.kubevirt.io/required-memory: 4Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: oraclelinux
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  firmware:
    preferredEfi:
      secureBoot: false
  requirements:
    cpu:
      guest: 2
    memory:
      guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 10 (amd64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/arch: amd64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: amd64
    instancetype.kubevirt.io/required-architecture: amd64
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.10
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  features:
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredArchitecture: amd64
  requirements:
    architecture: amd64
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 10 (arm64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/arch: arm64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: arm64
    instancetype.kubevirt.io/required-architecture: arm64
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.10.arm64
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  preferredArchitecture: arm64
  requirements:
    architecture: arm64
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 10 (s390x)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/arch: s390x
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: s390x
    instancetype.kubevirt.io/required-architecture: s390x
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.10.s390x
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  preferredArchitecture: s390x
  requirements:
    architecture: s390x
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 7
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.7
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 7
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.7.desktop
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 8
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.8
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 8
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.8.desktop
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 8
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel,dpdk
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "8"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.8.dpdk
spec:
  annotations:
    vm.kubevirt.io/os: linux
  cpu:
    preferredCPUTopology: spread
    spreadOptions:
      across: SocketsCoresThreads
      ratio: 4
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredNetworkInterfaceMultiQueue: true
    preferredRng: {}
  requirements:
    cpu:
      guest: 8
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 9 (amd64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/arch: amd64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: amd64
    instancetype.kubevirt.io/required-architecture: amd64
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.9
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  features:
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredArchitecture: amd64
  requirements:
    architecture: amd64
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 9 (arm64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/arch: arm64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: arm64
    instancetype.kubevirt.io/required-architecture: arm64
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.9.arm64
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  preferredArchitecture: arm64
  requirements:
    architecture: arm64
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 9 Desktop (amd64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/arch: amd64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: amd64
    instancetype.kubevirt.io/required-architecture: amd64
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.9.desktop
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredRng: {}
  features:
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredArchitecture: amd64
  requirements:
    architecture: amd64
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 9 DPDK (amd64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel,dpdk
  labels:
    instancetype.kubevirt.io/arch: amd64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: amd64
    instancetype.kubevirt.io/required-architecture: amd64
    instancetype.kubevirt.io/required-cpu: "8"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.9.dpdk
spec:
  annotations:
    vm.kubevirt.io/os: linux
  cpu:
    preferredCPUTopology: spread
    spreadOptions:
      across: SocketsCoresThreads
      ratio: 4
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredNetworkInterfaceMultiQueue: true
    preferredRng: {}
  features:
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredArchitecture: amd64
  requirements:
    architecture: amd64
    cpu:
      guest: 8
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 9 Realtime (amd64)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel,realtime
  labels:
    instancetype.kubevirt.io/arch: amd64
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: amd64
    instancetype.kubevirt.io/required-architecture: amd64
    instancetype.kubevirt.io/required-cpu: "4"
    instancetype.kubevirt.io/required-memory: 4Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.9.realtime
spec:
  annotations:
    vm.kubevirt.io/os: linux
  cpu:
    preferredCPUTopology: spread
    spreadOptions:
      across: SocketsCoresThreads
  devices:
    preferredAutoattachGraphicsDevice: false
    preferredAutoattachMemBalloon: false
    preferredAutoattachSerialConsole: true
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredNetworkInterfaceMultiQueue: true
    preferredRng: {}
  features:
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredArchitecture: amd64
  requirements:
    architecture: amd64
    cpu:
      guest: 4
    memory:
      guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-rhel
    openshift.io/display-name: Red Hat Enterprise Linux 9 (s390x)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,linux,rhel
  labels:
    instancetype.kubevirt.io/arch: s390x
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/preferred-architecture: s390x
    instancetype.kubevirt.io/required-architecture: s390x
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 1.5Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: rhel.9.s390x
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredDiskDedicatedIoThread: true
    preferredInterfaceModel: virtio
    preferredRng: {}
  preferredArchitecture: s390x
  requirements:
    architecture: s390x
    cpu:
      guest: 1
    memory:
      guest: 1.5Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-sles
    openshift.io/display-name: SUSE Linux Enterprise Server
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,sles
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: sles
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-ubuntu
    openshift.io/display-name: Ubuntu
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,ubuntu
  labels:
    instancetype.kubevirt.io/os-type: linux
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: ubuntu
spec:
  annotations:
    vm.kubevirt.io/os: linux
  devices:
    preferredDiskBus: virtio
    preferredInterfaceModel: virtio
    preferredRng: {}
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows 10
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.10
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows 10 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.10.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows 11
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "2"
    instancetype.kubevirt.io/required-memory: 4Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.11
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
    preferredTPM:
      persistent: true
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      persistent: true
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 2
    memory:
      guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows 11 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "2"
    instancetype.kubevirt.io/required-memory: 4Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.11.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredTPM:
      persistent: true
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      persistent: true
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 2
    memory:
      guest: 4Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2012/2012 R2
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 512Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k12
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2012/2012 R2 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 512Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k12.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2016
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k16
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2016 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k16.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2019
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k19
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2019 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k19.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2022
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k22
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
    preferredTPM:
      persistent: true
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      persistent: true
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2022 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k22.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredTPM:
      persistent: true
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      persistent: true
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2025
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k25
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
    preferredTPM:
      persistent: true
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      persistent: true
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2025 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k25.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredTPM:
      persistent: true
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
    preferredSmm: {}
  firmware:
    preferredEfi:
      persistent: true
      secureBoot: true
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2003
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 256Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k3
spec:
  annotations:
    kubevirt.io/disablePCIHole64: "true"
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: rtl8139
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 256Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2008/2008 R2
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 512Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k8
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows Server 2008/2008 R2 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 512Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.2k8.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 512Mi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows 7
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.7
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows 7 (virtio)
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 2Gi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.7.virtio
spec:
  annotations:
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: virtio
    preferredInputBus: virtio
    preferredInputType: tablet
    preferredInterfaceModel: virtio
    preferredVideoType: virtio
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 2Gi
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  annotations:
    iconClass: icon-windows
    openshift.io/display-name: Microsoft Windows XP
    openshift.io/documentation-url: |
      "https://github.com/kubevirt/common-instancetypes"
    openshift.io/provider-display-name: KubeVirt
    openshift.io/support-url: |
      "https://github.com/kubevirt/common-instancetypes/issues"
    tags: hidden,kubevirt,windows
  labels:
    instancetype.kubevirt.io/os-type: windows
    instancetype.kubevirt.io/required-cpu: "1"
    instancetype.kubevirt.io/required-memory: 128Mi
    instancetype.kubevirt.io/vendor: kubevirt.io
    instancetype.kubevirt.io/common-instancetypes-version: v1.7.0
  name: windows.xp
spec:
  annotations:
    kubevirt.io/disablePCIHole64: "true"
    vm.kubevirt.io/os: windows
  clock:
    preferredClockOffset:
      utc: {}
    preferredTimer:
      hpet:
        present: false
      hyperv: {}
      pit:
        tickPolicy: delay
      rtc:
        tickPolicy: catchup
  cpu:
    preferredCPUTopology: sockets
  devices:
    preferredAutoattachInputDevice: true
    preferredDiskBus: sata
    preferredInterfaceModel: e1000e
  features:
    preferredAcpi: {}
    preferredApic: {}
    preferredHyperv:
      frequencies: {}
      ipi: {}
      reenlightenment: {}
      relaxed: {}
      reset: {}
      runtime: {}
      spinlocks:
        spinlocks: 8191
      synic: {}
      synictimer:
        direct: {}
      tlbflush: {}
      vapic: {}
      vpindex: {}
  preferredTerminationGracePeriodSeconds: 3600
  requirements:
    cpu:
      guest: 1
    memory:
      guest: 128Mi
`;
