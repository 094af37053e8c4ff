// Kubernetes resource.Quantity, as far as memory sizes need it: an integer or decimal number with
// an optional binary (Ki Mi Gi Ti Pi Ei) or decimal (k M G T P E) suffix, or an exponent (1e9).

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** Bytes of a memory quantity, rounded up to a whole byte, or undefined when malformed. */
export function parseMemoryQuantity(text: string): number | undefined {
  const m = /^\+?([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?)$/.exec(text.trim());
  if (!m) return undefined;
  const num = Number(m[1]);
  const factor = m[2] !== undefined ? 10 ** Number(m[2].slice(1)) : (BINARY[m[3] ?? ''] ?? DECIMAL[m[3] ?? ''] ?? 1);
  const bytes = Math.ceil(num * factor);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/**
 * Whole CPUs of a cpu quantity ('2', '1.5', '500m'), rounded up as resource.Quantity.Value() does,
 * or undefined when malformed.
 */
export function parseCpuQuantity(text: string): number | undefined {
  const milli = /^\+?([0-9]+)m$/.exec(text.trim());
  if (milli) return Math.ceil(Number(milli[1]) / 1000);
  return parseMemoryQuantity(text);
}
