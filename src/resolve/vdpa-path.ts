import { input } from '../options.js';

/** Only a vhost-vdpa character device may become <source dev>: the path is opened by QEMU. */
export const VDPA_PATH = /^\/dev\/vhost-vdpa-[0-9]+$/;

/** The host PCI address form the device plugin uses as device ID (sysfs, lower case). */
export const HOST_PCI = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;

/**
 * Device plugins before v3.6 wrote the vDPA device's bus name (`pci/0000:65:00.3`) where the
 * device-info path belongs (facts.md §4).
 */
export const LEGACY_VDPA_PATH = /^pci\/[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7]$/;

/** Where to get a path the device plugin did not give: said in every error about a missing path. */
export const HOW_TO_GET_A_PATH =
  `pass the launcher pod's network-status (${input('networkStatus')}, from kubectl get pod <virt-launcher-pod> -o yaml) or the ` +
  `node's inventory (${input('hostDevices')}, from vdpa-xml inventory on the node), or recreate the pod so the device is allocated again`;
