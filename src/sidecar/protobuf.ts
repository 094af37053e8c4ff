/**
 * The protobuf wire format, as much of it as the KubeVirt hook messages use (proto/): varints,
 * length-delimited fields (bytes, string, nested message) and, when reading, skipping whatever
 * else a newer peer might send. Pure: bytes in, bytes or fields out; a malformed message is a
 * returned error, never a throw. Written from the encoding spec (protobuf.dev/programming-guides/
 * encoding): a tag is a varint (field << 3 | wire type); wire types 0 varint, 1 fixed64, 2 length-
 * delimited, 5 fixed32; 3 and 4 are the deprecated groups, which no message here has.
 *
 * Why not protobufjs: five messages of bytes, strings and one int32 do not need a reflection
 * runtime, and the sidecar counts its memory (docs/sidecar-server.md).
 */

/** One field as read: a varint's value, or a length-delimited field's bytes (a view, not a copy). */
export type WireField = { field: number; wire: 0; value: number } | { field: number; wire: 2; bytes: Uint8Array };

/** One field to write. Strings are written as UTF-8; a message's fields are written nested. */
export type OutField =
  | { field: number; varint: number }
  | { field: number; bytes: Uint8Array }
  | { field: number; string: string }
  | { field: number; message: readonly OutField[] };

/** Reads a varint at `at`: its value (exact up to 2^53) and where the next byte is, or undefined when the input ends or the varint runs past 10 bytes. */
function readVarint(buf: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const b = buf[at + i];
    if (b === undefined) return undefined;
    value += (b & 0x7f) * scale;
    scale *= 128;
    if (b < 0x80) return { value, next: at + i + 1 };
  }
  return undefined;
}

/**
 * The fields of one message in wire order. Varints and length-delimited fields are returned;
 * fixed32/fixed64 fields are skipped (no hook message has one). An error names the byte offset.
 */
export function readFields(buf: Uint8Array): { fields: WireField[] } | { error: string } {
  const fields: WireField[] = [];
  let at = 0;
  while (at < buf.length) {
    const tag = readVarint(buf, at);
    if (!tag) return { error: `protobuf: truncated field tag at byte ${at}` };
    const field = Math.floor(tag.value / 8);
    const wire = tag.value % 8;
    if (field === 0) return { error: `protobuf: field number 0 at byte ${at}` };
    at = tag.next;
    if (wire === 0) {
      const v = readVarint(buf, at);
      if (!v) return { error: `protobuf: truncated varint of field ${field} at byte ${at}` };
      fields.push({ field, wire: 0, value: v.value });
      at = v.next;
    } else if (wire === 2) {
      const len = readVarint(buf, at);
      if (!len || len.next + len.value > buf.length) return { error: `protobuf: field ${field} at byte ${at} is longer than the message` };
      fields.push({ field, wire: 2, bytes: buf.subarray(len.next, len.next + len.value) });
      at = len.next + len.value;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      if (at + size > buf.length) return { error: `protobuf: truncated fixed${size * 8} field ${field} at byte ${at}` };
      at += size;
    } else {
      return { error: `protobuf: unsupported wire type ${wire} (field ${field}) at byte ${at}` };
    }
  }
  return { fields };
}

/**
 * The last occurrence of a length-delimited field (proto3: for a singular field the last one
 * wins), or an empty array when absent (the proto3 default).
 */
export function lastBytes(fields: readonly WireField[], field: number): Uint8Array {
  for (let i = fields.length - 1; i >= 0; i--) {
    const f = fields[i]!;
    if (f.field === field && f.wire === 2) return f.bytes;
  }
  return new Uint8Array(0);
}

const utf8 = new TextEncoder();

/** The varint bytes of a non-negative integer, or of a negative int32 as its 64-bit two's complement (10 bytes), as protobuf writes int32. */
function varintBytes(n: number): number[] {
  if (n < 0) {
    // 2^64 + n is not exact in a double: the two's complement goes through BigInt
    let big = BigInt.asUintN(64, BigInt(n));
    const out: number[] = [];
    for (; big >= 128n; big >>= 7n) out.push(Number(big & 127n) | 0x80);
    out.push(Number(big));
    return out;
  }
  let v = n;
  const out: number[] = [];
  while (v >= 128) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** A field prepared for writing: its tag and length prefix, and its payload. */
interface Prepared {
  head: number[];
  payload?: Uint8Array;
  nested?: Prepared[];
  size: number;
}

function prepare(fields: readonly OutField[]): { parts: Prepared[]; size: number } {
  const parts: Prepared[] = [];
  let size = 0;
  for (const f of fields) {
    let p: Prepared;
    if ('varint' in f) {
      const head = [...varintBytes(f.field * 8), ...varintBytes(f.varint)];
      p = { head, size: head.length };
    } else if ('message' in f) {
      const inner = prepare(f.message);
      const head = [...varintBytes(f.field * 8 + 2), ...varintBytes(inner.size)];
      p = { head, nested: inner.parts, size: head.length + inner.size };
    } else {
      const payload = 'bytes' in f ? f.bytes : utf8.encode(f.string);
      const head = [...varintBytes(f.field * 8 + 2), ...varintBytes(payload.length)];
      p = { head, payload, size: head.length + payload.length };
    }
    parts.push(p);
    size += p.size;
  }
  return { parts, size };
}

function write(out: Uint8Array, at: number, parts: readonly Prepared[]): number {
  for (const p of parts) {
    out.set(p.head, at);
    at += p.head.length;
    if (p.payload) {
      out.set(p.payload, at);
      at += p.payload.length;
    }
    if (p.nested) at = write(out, at, p.nested);
  }
  return at;
}

/**
 * Writes a message. `headroom` bytes are left free at the start, so that a framing prefix (gRPC's
 * 5 bytes) can go in front without copying a large payload a second time.
 */
export function encodeMessage(fields: readonly OutField[], headroom = 0): Uint8Array {
  const { parts, size } = prepare(fields);
  const out = new Uint8Array(headroom + size);
  write(out, headroom, parts);
  return out;
}
