import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { expectMap, readString, type YNode } from '../source/ynode.js';
import { parseMemoryQuantity } from './quantity.js';

/** Thousandths of a CPU of a cpu quantity ('2', '1.5', '500m'), exactly, or undefined when malformed. */
function cpuMillis(text: string): number | undefined {
  const t = text.trim();
  const milli = /^\+?([0-9]+)m$/.exec(t);
  if (milli) return Number(milli[1]);
  if (/^\+?([0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(t)) return Math.round(Number(t) * 1000);
  const v = parseMemoryQuantity(t);
  return v === undefined ? undefined : v * 1000;
}

/**
 * KubeVirt's webhook (vmi-create-admitter.go validateMemoryLimitsNegativeOrNull and
 * validateCpuRequestDoesNotExceedLimit, every release from 1.5): a request above its limit is
 * refused, for memory and for cpu. Reported at the request; a quantity that does not parse is
 * reported where the VMI's memory or topology is read.
 */
export function checkRequestsWithinLimits(domain: YNode, diags: Diagnostics): void {
  const r = expectMap(domain.get('resources'), diags);
  if (!r) return;
  const pairs: ['memory' | 'cpu', (t: string) => number | undefined][] = [['memory', parseMemoryQuantity], ['cpu', cpuMillis]];
  for (const [name, parse] of pairs) {
    const req = r.at('requests', name);
    const lim = r.at('limits', name);
    if (!req || !lim) continue;
    const text = (n: YNode): string | undefined => (typeof n.scalar === 'number' ? (n.sourceText ?? String(n.scalar)) : readString(n, diags));
    const [rt, lt] = [text(req), text(lim)];
    const [rv, lv] = [rt === undefined ? undefined : parse(rt), lt === undefined ? undefined : parse(lt)];
    if (rv === undefined || lv === undefined || rv <= lv) continue;
    diags.error('INVALID_VALUE', `${req.path} '${rt}' is greater than ${lim.path} '${lt}', which KubeVirt refuses`, req.pos, {
      help: `lower the ${name} request to at most the limit, or raise the limit`,
      related: [{ message: 'the limit', pos: lim.pos }],
    });
  }
}
