/**
 * HPACK (RFC 7541), as a unary gRPC server needs it: a full decoder (static and dynamic tables,
 * every representation, Huffman strings), since a client's encoder may use all of it, and an
 * encoder that writes each field as a literal without indexing (§6.2.2), plain, which every
 * decoder accepts and which leaves the client's view of our dynamic table empty: the responses
 * carry three or four short fields, so compressing them saves nothing worth the state.
 */
import { huffmanDecode } from './huffman.js';

/** RFC 7541 Appendix A: the static table, index 1 to 61. */
const STATIC: readonly (readonly [string, string])[] = [
  [':authority', ''], [':method', 'GET'], [':method', 'POST'], [':path', '/'], [':path', '/index.html'],
  [':scheme', 'http'], [':scheme', 'https'], [':status', '200'], [':status', '204'], [':status', '206'],
  [':status', '304'], [':status', '400'], [':status', '404'], [':status', '500'], ['accept-charset', ''],
  ['accept-encoding', 'gzip, deflate'], ['accept-language', ''], ['accept-ranges', ''], ['accept', ''],
  ['access-control-allow-origin', ''], ['age', ''], ['allow', ''], ['authorization', ''], ['cache-control', ''],
  ['content-disposition', ''], ['content-encoding', ''], ['content-language', ''], ['content-length', ''],
  ['content-location', ''], ['content-range', ''], ['content-type', ''], ['cookie', ''], ['date', ''],
  ['etag', ''], ['expect', ''], ['expires', ''], ['from', ''], ['host', ''], ['if-match', ''],
  ['if-modified-since', ''], ['if-none-match', ''], ['if-range', ''], ['if-unmodified-since', ''],
  ['last-modified', ''], ['link', ''], ['location', ''], ['max-forwards', ''], ['proxy-authenticate', ''],
  ['proxy-authorization', ''], ['range', ''], ['referer', ''], ['refresh', ''], ['retry-after', ''],
  ['server', ''], ['set-cookie', ''], ['strict-transport-security', ''], ['transfer-encoding', ''],
  ['user-agent', ''], ['vary', ''], ['via', ''], ['www-authenticate', ''],
];

export type HeaderField = readonly [name: string, value: string];

/** A decoding error: a COMPRESSION_ERROR of the connection (RFC 9113 §4.3). */
export class HpackError {
  constructor(readonly message: string) {}
}

const latin1 = new TextDecoder('latin1');

/**
 * One connection's decoder: its dynamic table lives as long as the connection, and every header
 * block of the connection must go through it, in order (RFC 7541 §2.2).
 */
export class HpackDecoder {
  /** newest first, as §2.3.3 numbers them after the static table */
  private readonly table: HeaderField[] = [];
  private size = 0;
  /** the limit the peer's size updates set, within maxTableSize */
  private limit: number;

  /** maxTableSize: SETTINGS_HEADER_TABLE_SIZE as this server sends it (the default, 4096) */
  constructor(private readonly maxTableSize = 4096) {
    this.limit = maxTableSize;
  }

  /** The fields of one complete header block, or throws HpackError (the connection cannot go on). */
  decode(block: Uint8Array): HeaderField[] {
    const out: HeaderField[] = [];
    let i = 0;
    const integer = (prefixBits: number): number => {
      const mask = (1 << prefixBits) - 1;
      if (i >= block.length) throw new HpackError('a header block ends inside an integer');
      let value = block[i++]! & mask;
      if (value < mask) return value;
      let shift = 0;
      for (;;) {
        if (i >= block.length) throw new HpackError('a header block ends inside an integer');
        const b = block[i++]!;
        value += (b & 0x7f) * 2 ** shift;
        shift += 7;
        if (value > 0xffffffff) throw new HpackError('an integer in a header block is over 2^32');
        if ((b & 0x80) === 0) return value;
      }
    };
    const string = (): string => {
      if (i >= block.length) throw new HpackError('a header block ends before a string');
      const huffman = (block[i]! & 0x80) !== 0;
      const length = integer(7);
      if (i + length > block.length) throw new HpackError('a string runs past the end of its header block');
      const raw = block.subarray(i, i + length);
      i += length;
      if (!huffman) return latin1.decode(raw);
      const decoded = huffmanDecode(raw);
      if ('error' in decoded) throw new HpackError(decoded.error);
      return latin1.decode(decoded);
    };
    const field = (index: number): HeaderField => {
      if (index === 0) throw new HpackError('a header field refers to index 0');
      if (index <= STATIC.length) return STATIC[index - 1]!;
      const f = this.table[index - STATIC.length - 1];
      if (!f) throw new HpackError(`a header field refers to index ${index}, past the end of the tables`);
      return f;
    };
    let fieldsSeen = false;
    while (i < block.length) {
      const b = block[i]!;
      if (b & 0x80) {
        // §6.1 indexed field
        out.push(field(integer(7)));
        fieldsSeen = true;
      } else if (b & 0x40) {
        // §6.2.1 literal with incremental indexing
        const index = integer(6);
        const name = index === 0 ? string() : field(index)[0];
        const f: HeaderField = [name, string()];
        this.insert(f);
        out.push(f);
        fieldsSeen = true;
      } else if (b & 0x20) {
        // §6.3 dynamic table size update: only at the start of a block (§4.2)
        if (fieldsSeen) throw new HpackError('a dynamic table size update after a header field');
        const size = integer(5);
        if (size > this.maxTableSize) throw new HpackError(`a dynamic table size update to ${size}, over the ${this.maxTableSize} allowed`);
        this.limit = size;
        this.evict(0);
      } else {
        // §6.2.2 without indexing, §6.2.3 never indexed: the same to a decoder
        const index = integer(4);
        const name = index === 0 ? string() : field(index)[0];
        out.push([name, string()]);
        fieldsSeen = true;
      }
    }
    return out;
  }

  private insert(f: HeaderField): void {
    // §4.1: a field's size is its name and value octets plus 32
    const size = f[0].length + f[1].length + 32;
    this.evict(size);
    if (size <= this.limit) {
      this.table.unshift(f);
      this.size += size;
    }
  }

  /** evicts the oldest fields until `room` more octets fit (§4.4; all of them when it cannot fit) */
  private evict(room: number): void {
    while (this.table.length > 0 && this.size + room > this.limit) {
      const f = this.table.pop()!;
      this.size -= f[0].length + f[1].length + 32;
    }
  }
}

function pushInteger(out: number[], value: number, prefixBits: number, flags: number): void {
  const mask = (1 << prefixBits) - 1;
  if (value < mask) {
    out.push(flags | value);
    return;
  }
  out.push(flags | mask);
  let rest = value - mask;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

function pushString(out: number[], s: string): void {
  // header names and values here are ASCII (percent-encoded grpc-message included)
  pushInteger(out, s.length, 7, 0);
  for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k) & 0xff);
}

/** Encodes fields as literals without indexing (§6.2.2), a static-table name where there is one, ':status: 200' indexed (§6.1). */
export function encodeHeaders(fields: readonly HeaderField[]): Uint8Array {
  const out: number[] = [];
  for (const [name, value] of fields) {
    if (name === ':status' && value === '200') {
      out.push(0x80 | 8);
      continue;
    }
    const index = STATIC.findIndex((f) => f[0] === name) + 1;
    pushInteger(out, index, 4, 0);
    if (index === 0) pushString(out, name);
    pushString(out, value);
  }
  return Uint8Array.from(out);
}
