import type { Vmi } from '../model/vmi.js';
import type { Domain } from '../model/domain.js';
import type { ResolvedDevice } from '../resolve/types.js';
import { buildDefaultDevices } from './default-devices.js';
import { buildDisks } from './disks.js';
import { buildDomainBase } from './domain-base.js';
import { buildInterfaces } from './interfaces.js';
import type { BuildOptions } from '../options.js';

/** Builds the domain a virt-launcher would define, before PCI placement. Concerns apply in a fixed order. */
export function buildDomain(vmi: Vmi, devices: ReadonlyMap<string, ResolvedDevice>, opts: BuildOptions): Domain {
  const domain = buildDomainBase(vmi);
  buildInterfaces(domain, vmi, devices, opts);
  buildDisks(domain, vmi);
  buildDefaultDevices(domain, vmi);
  return domain;
}
