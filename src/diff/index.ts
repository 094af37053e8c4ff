import { compareDomains, type Difference } from './compare.js';
import { isIgnored } from './ignore.js';
import type { XmlNode } from './xml-tree.js';

export { formatPath, type Difference } from './compare.js';
export { parseXml, type XmlNode } from './xml-tree.js';

export interface DiffOptions {
  /** names from --ignore */
  ignore: readonly string[];
  /** count what libvirt adds and what vdpa-xml does not write too */
  strict: boolean;
}

export interface DiffReport {
  /** the differences that count: the domains differ when there is any */
  shown: Difference[];
  /** libvirt's additions and rewrites and what vdpa-xml does not write, not counted (empty with strict) */
  hidden: Difference[];
  /** how many --ignore left out */
  ignored: number;
}

/** Compares our domain with another (a virsh dumpxml) by meaning and sorts out what counts. */
export function diffDomains(ours: XmlNode, theirs: XmlNode, opts: DiffOptions): DiffReport {
  const report: DiffReport = { shown: [], hidden: [], ignored: 0 };
  for (const d of compareDomains(ours, theirs)) {
    if (isIgnored(d, opts.ignore)) report.ignored++;
    else if (d.category === 'meaningful' || opts.strict) report.shown.push(d);
    else report.hidden.push(d);
  }
  return report;
}
