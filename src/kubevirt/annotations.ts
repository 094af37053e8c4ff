// Annotations on a VMI that change the domain virt-launcher builds (README, "KubeVirt versions").

/** virt-launcher's placeholder count: max(0, N - interfaces) (v3 calculatePlaceholderCount; set by virt-handler on VMIs from v2 launchers, 1.7.2+) */
export const PCI_INTERFACE_SLOT_COUNT = 'kubevirt.io/pci-interface-slot-count';
/** "true": the converter puts every PCI device on pcie.0 and no root ports are reserved (converter/pci-placement.go) */
export const PLACE_PCI_DEVICES_ON_ROOT_COMPLEX = 'kubevirt.io/placePCIDevicesOnRootComplex';
/** hook sidecars that may rewrite the domain (pkg/hooks) */
export const HOOK_SIDECARS = 'hooks.kubevirt.io/hookSidecars';

/** Go's strconv.Atoi: an optional sign and decimal digits, within 64 bits (the launcher parses the annotation so). */
export function goAtoi(text: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}
