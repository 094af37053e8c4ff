// A deep copy of the domain model for the placement passes that libvirt runs on a copy
// (pci/hotplug-reserve.ts). The model is plain data (objects, arrays, strings, numbers,
// booleans), so a recursive copy does what structuredClone did, without its serializer: a cold
// render made two copies, about 0.3 ms of C++ serialization on the path every render takes.

/** A copy of plain data: objects and arrays are copied, everything else is shared as it is. */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = clonePlain(value[i]);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new Error(`internal error: clonePlain of a ${String(proto?.constructor?.name)}, not plain data`);
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = clonePlain((value as Record<string, unknown>)[k]);
    // an own "__proto__" key is data, as structuredClone keeps it, not the copy's prototype
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out as T;
}
