import type { RuleContext } from '../context.js';

// Kubernetes' API server admits only these (apimachinery validation: NameIsDNSSubdomain for a
// namespaced object's name, a DNS-1123 label for a namespace). Both end up in the domain name,
// file paths and the sysinfo, so a name outside them is refused rather than carried into the XML.
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** ObjectNameRule: metadata.name is a DNS-1123 subdomain (at most 253 characters), metadata.namespace a DNS-1123 label (at most 63). */
export function ObjectNameRule(ctx: RuleContext): void {
  const { vmi } = ctx;
  if (vmi.namePos && (vmi.name.length > 253 || !DNS1123_SUBDOMAIN.test(vmi.name))) {
    ctx.diags.error('INVALID_VALUE', `metadata.name ${JSON.stringify(vmi.name)} is not a valid Kubernetes object name`, vmi.namePos, {
      help: "use at most 253 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit",
    });
  }
  if (vmi.namespacePos && (vmi.namespace.length > 63 || !DNS1123_LABEL.test(vmi.namespace))) {
    ctx.diags.error('INVALID_VALUE', `metadata.namespace ${JSON.stringify(vmi.namespace)} is not a valid namespace name`, vmi.namespacePos, {
      help: "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
    });
  }
}
