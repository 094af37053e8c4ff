import type { Rule } from '../context.js';
import { AnnotationRule } from './AnnotationRule.js';
import { ArchRule } from './ArchRule.js';
import { BindingNetworkRule } from './BindingNetworkRule.js';
import { BootOrderRule } from './BootOrderRule.js';
import { DiskDriverRule } from './DiskDriverRule.js';
import { DiskRule } from './DiskRule.js';
import { DiskSerialRule } from './DiskSerialRule.js';
import { FirmwareRule } from './FirmwareRule.js';
import { InterfaceModelRule } from './InterfaceModelRule.js';
import { InterfaceNetworkPairingRule } from './InterfaceNetworkPairingRule.js';
import { InterfaceStateRule } from './InterfaceStateRule.js';
import { MacAddressRule } from './MacAddressRule.js';
import { MachineTypeRule } from './MachineTypeRule.js';
import { NameSyntaxRule } from './NameSyntaxRule.js';
import { ObjectNameRule } from './ObjectNameRule.js';
import { PciAddressRule } from './PciAddressRule.js';
import { SinglePodNetworkRule } from './SinglePodNetworkRule.js';
import { UniqueNamesRule } from './UniqueNamesRule.js';

/** Every validation rule, in the order they run. */
export const specifiedRules: readonly Rule[] = [
  ObjectNameRule,
  UniqueNamesRule,
  NameSyntaxRule,
  InterfaceNetworkPairingRule,
  SinglePodNetworkRule,
  BindingNetworkRule,
  InterfaceModelRule,
  InterfaceStateRule,
  MacAddressRule,
  PciAddressRule,
  BootOrderRule,
  DiskRule,
  DiskDriverRule,
  DiskSerialRule,
  FirmwareRule,
  MachineTypeRule,
  ArchRule,
  AnnotationRule,
];
