/**
 * gRPC over HTTP/2, the parts a unary server needs, from the protocol description
 * (grpc/grpc doc/PROTOCOL-HTTP2.md): a request or response body is a sequence of
 * Length-Prefixed-Messages, each a 1-byte compressed flag, a 4-byte big-endian length and the
 * message; the status travels in trailers as grpc-status (a decimal code) and grpc-message
 * (percent-encoded UTF-8). Pure: the server (server.ts) moves the bytes.
 */

/** The status codes this server sends (grpc/grpc doc/statuscodes.md). */
export const STATUS = {
  OK: 0,
  INVALID_ARGUMENT: 3,
  FAILED_PRECONDITION: 9,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
} as const;

export type StatusCode = (typeof STATUS)[keyof typeof STATUS];

export const STATUS_NAME: Record<number, string> = Object.fromEntries(Object.entries(STATUS).map(([k, v]) => [v, k]));

/** The one request message of a unary call, or why the body is not one. */
export function unaryRequest(body: Uint8Array): { message: Uint8Array } | { status: StatusCode; error: string } {
  if (body.length < 5) return { status: STATUS.INVALID_ARGUMENT, error: `gRPC: the request body has ${body.length} bytes, fewer than a message prefix (5)` };
  // the server offers no grpc-accept-encoding, so a client must not compress (PROTOCOL-HTTP2.md: Compressed-Flag)
  if (body[0] !== 0) return { status: STATUS.UNIMPLEMENTED, error: 'gRPC: compressed messages are not supported' };
  const length = ((body[1]! << 24) >>> 0) + (body[2]! << 16) + (body[3]! << 8) + body[4]!;
  if (5 + length !== body.length) {
    return { status: STATUS.INVALID_ARGUMENT, error: `gRPC: a unary request holds one message; the prefix says ${length} bytes, the body holds ${body.length - 5}` };
  }
  return { message: body.subarray(5) };
}

/** Writes the 5-byte prefix into the headroom that encodeMessage(fields, 5) left, making the buffer one framed message. */
export function framePrefix(framed: Uint8Array): Uint8Array {
  const length = framed.length - 5;
  framed[0] = 0;
  framed[1] = (length >>> 24) & 0xff;
  framed[2] = (length >>> 16) & 0xff;
  framed[3] = (length >>> 8) & 0xff;
  framed[4] = length & 0xff;
  return framed;
}

const UNRESERVED = /[^\x20-\x24\x26-\x7e]/u;

/**
 * grpc-message as the protocol writes it: UTF-8, with every byte outside printable ASCII
 * (0x20-0x7E), and '%' itself, as %XX.
 */
export function percentEncodeMessage(message: string): string {
  if (!UNRESERVED.test(message)) return message;
  let out = '';
  for (const b of new TextEncoder().encode(message)) {
    out += b >= 0x20 && b <= 0x7e && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
