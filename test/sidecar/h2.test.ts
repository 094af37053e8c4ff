import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import http2 from 'node:http2';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Http2ServerConnection, type ServerStream } from '../../src/sidecar/h2/connection.js';
import { CLIENT_PREFACE, FLAG, FRAME, frame, H2_ERROR } from '../../src/sidecar/h2/frames.js';
import { encodeHeaders, HpackDecoder, HpackError, type HeaderField } from '../../src/sidecar/h2/hpack.js';
import { huffmanDecode } from '../../src/sidecar/h2/huffman.js';

// The sidecar's own HTTP/2 (src/sidecar/h2): HPACK against RFC 7541's worked examples, and the
// connection against node:http2's client (nghttp2: a full HPACK encoder with its dynamic table,
// Huffman strings, flow control, pings) and against a raw socket sending what no client would.
// The gRPC layer above it is judged by @grpc/grpc-js in sidecar.test.ts and server.test.ts.
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h.replace(/\s/g, ''), 'hex'));

/**
 * The octets 0 to 255 in order, Huffman-coded by golang.org/x/net/http2/hpack v0.25.0
 * (AppendHuffmanString; the hpack grpc-go uses), printed once as hex: a known answer from another
 * implementation of RFC 7541 Appendix B for every symbol, which no client here sends.
 */
const ALL_OCTETS_HUFFMAN =
  'ffc7fffd8fffffe2fffffe3fffffe4fffffe5fffffe6fffffe7fffffe8ffffeafffffff3fffffa7fffffabffffffdfff' +
  'ffebfffffecfffffedfffffeefffffefffffff0ffffff1ffffff2fffffffbfffffcffffffd3fffffd7fffffdbfffffdf' +
  'fffffe3fffffe7fffffebfffffed4fe3f9ffaffcabf1febfafefe7fdfd2cbb00089969b71d79fb9f7fff20ffbff3ff50' +
  'ddbd7f061c58f265cd9f469d5af66dddbf871e5f9cff7ff7fffc3ff9ffe45fff4719242cb34e6e9d68a6a3d7dac426de' +
  'fe3cfaf7fffbfe7ffbffdffffffcfffe6ffff4bfff9ffffa3fffd3ffff53fffd5ffffb3fffeb7fffdaffffb7ffff73ff' +
  'feeffffdeffffebffffbfffffd9ffffdbfffebffffe0ffffeeffffc3ffff8bffff1ffffe4fffee7fffb1ffff97fffd9f' +
  'fffcdffff9fffffbffffdafffeeffff4ffffb7fffee7fffe8ffffd3fffdeffffd5fffeeffffbdffffe1fffdfffff7fff' +
  'ff5ffffecffff07fff87fffe0ffff17fffedffff87ffff77fffeffffeaffff8bfffe3ffff93ffff87fffcbffff37ffff' +
  '1fffff83ffffe1fffebfffe3ffff3fffff2ffffa3ffffd9fffff17ffffc7fffff27ffffdefffffbffffff2fffff8ffff' +
  'fb7fff97fff8fffffe6fffffc1fffff87ffffe7fffffc5ffffe5fffe4ffff2fffffd1fffff4ffffffefffffe3fffffc9' +
  'fffff97fffb3ffffcffffb7fffcdffff4ffff9ffffd1ffffcffffeaffffafffffddffffeffffff4fffff5fffffabffff' +
  'a7ffffd7fffff9bffffecfffffb7fffff3fffffe8fffffd3fffffabfffff5fffffff7ffffecfffffdbfffffbbfffff7f' +
  'fffff0fffffbbf';

describe('sidecar HPACK (RFC 7541)', () => {
  it('decodes the requests of Appendix C.4 (Huffman strings, the dynamic table across blocks)', () => {
    const d = new HpackDecoder();
    expect(d.decode(bytes('8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff'))).to.deep.equal([[':method', 'GET'], [':scheme', 'http'], [':path', '/'], [':authority', 'www.example.com']]);
    expect(d.decode(bytes('8286 84be 5886 a8eb 1064 9cbf'))).to.deep.equal([[':method', 'GET'], [':scheme', 'http'], [':path', '/'], [':authority', 'www.example.com'], ['cache-control', 'no-cache']]);
    expect(d.decode(bytes('8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf'))).to.deep.equal([
      [':method', 'GET'], [':scheme', 'https'], [':path', '/index.html'], [':authority', 'www.example.com'], ['custom-key', 'custom-value'],
    ]);
  });

  it('decodes the responses of Appendix C.6 (a 256-byte table: evictions)', () => {
    const d = new HpackDecoder(256);
    const date1 = 'Mon, 21 Oct 2013 20:13:21 GMT';
    expect(d.decode(bytes('4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6 2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3'))).to.deep.equal([
      [':status', '302'], ['cache-control', 'private'], ['date', date1], ['location', 'https://www.example.com'],
    ]);
    expect(d.decode(bytes('4883 640e ffc1 c0bf'))).to.deep.equal([[':status', '307'], ['cache-control', 'private'], ['date', date1], ['location', 'https://www.example.com']]);
    expect(d.decode(bytes('88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab 77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f 9587 3160 65c0 03ed 4ee5 b106 3d50 07'))).to.deep.equal([
      [':status', '200'], ['cache-control', 'private'], ['date', 'Mon, 21 Oct 2013 20:13:22 GMT'], ['location', 'https://www.example.com'],
      ['content-encoding', 'gzip'], ['set-cookie', 'foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1'],
    ]);
  });

  it('refuses what §5.2 and §6 call decoding errors, as HpackError (never another throw)', () => {
    const refuses = (h: string, message: RegExp): void => {
      let caught: unknown;
      try {
        new HpackDecoder().decode(bytes(h));
      } catch (e) {
        caught = e;
      }
      expect(caught, h).to.be.instanceOf(HpackError);
      expect((caught as HpackError).message, h).to.match(message);
    };
    refuses('80', /index 0/);
    refuses('be', /index 62, past the end/);
    refuses('ff', /ends inside an integer/);
    refuses('ff ff ff ff ff 0f', /over 2\^32/);
    refuses('40 05 61', /runs past the end/);
    // "a" is 00011 (5 bits): 3 padding bits of zeros, not the EOS prefix
    refuses('00 01 61 81 18', /padding/);
    // a whole byte of padding is more than 7 bits
    refuses('00 01 61 82 1f ff', /padding/);
    // EOS is 30 ones
    refuses('00 01 61 84 ff ff ff ff', /EOS/);
    refuses('82 3f e1 1f', /size update after a header field/);
    refuses('3f e2 1f', /over the 4096 allowed/);
  });

  it('a size update evicts, and the literal forms (with, without, never indexed) decode alike', () => {
    const d = new HpackDecoder();
    expect(d.decode(bytes('40 01 61 01 62'))).to.deep.equal([['a', 'b']]);
    expect(d.decode(bytes('be'))).to.deep.equal([['a', 'b']]);
    // size 0 empties the table, then back to 4096: index 62 is gone
    expect(d.decode(bytes('20 3f e1 1f 00 01 63 01 64 10 01 65 01 66'))).to.deep.equal([['c', 'd'], ['e', 'f']]);
    expect(() => d.decode(bytes('be'))).to.throw();
  });

  it('decodes every octet Huffman-coded, as an independent encoder (grpc-go\'s hpack) writes them', () => {
    const decoded = huffmanDecode(bytes(ALL_OCTETS_HUFFMAN));
    expect(Buffer.from(decoded as Uint8Array).equals(Buffer.from(Array.from({ length: 256 }, (_, b) => b)))).to.equal(true);
  });

  it('decodes the Huffman strings node:http2 writes for every printable ASCII octet', async function () {
    this.timeout(20000);
    // gRPC metadata values are printable ASCII (binary ones travel base64 in -bin headers); node:http2
    // on Node 22 no longer sends other octets as they are
    const octets = Array.from({ length: 0x7e - 0x21 + 1 }, (_, k) => 0x21 + k);
    // each octet between runs of 'a' (5 bits each), so that the Huffman form is the shorter and nghttp2 takes it
    const value = (b: number): string => `${'a'.repeat(16)}${String.fromCharCode(b)}${'a'.repeat(16)}`;
    const seen = await echoHeaders([octets.map((b): HeaderField => [`x-o${b}`, value(b)])]);
    for (const b of octets) expect(seen[0]!.get(`x-o${b}`), `octet ${b}`).to.equal(value(b));
  });

  it('encodes what the decoder reads back, and a client reads too', () => {
    const fields: HeaderField[] = [[':status', '200'], ['content-type', 'application/grpc'], ['grpc-status', '3'], ['grpc-message', 'x'.repeat(300)]];
    expect(new HpackDecoder().decode(encodeHeaders(fields))).to.deep.equal(fields);
  });

  it('Huffman decoding of nothing is nothing; of the RFC example, its text', () => {
    expect(Buffer.from(huffmanDecode(new Uint8Array(0)) as Uint8Array).toString()).to.equal('');
    expect(Buffer.from(huffmanDecode(bytes('f1e3 c2e5 f23a 6ba0 ab90 f4ff')) as Uint8Array).toString()).to.equal('www.example.com');
  });
});

interface Served {
  server: Server;
  socket: string;
  dir: string;
  errors: string[];
  close(): Promise<void>;
}

/** A net server running Http2ServerConnection with an application handler, as server.ts runs it. */
async function serve(onStream: (s: ServerStream) => void, limits = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'vdpa-xml-h2-'));
  const socket = join(dir, 'h2.sock');
  const errors: string[] = [];
  const socks = new Set<Socket>();
  const server = createServer((sock) => {
    socks.add(sock);
    const conn = new Http2ServerConnection({ write: (b, flushed) => sock.write(b, flushed && (() => flushed())), end: () => sock.end() }, onStream, limits, (m) => errors.push(m));
    sock.on('data', (c: Buffer) => conn.receive(c));
    sock.on('error', () => {});
    sock.on('close', () => {
      conn.closed();
      socks.delete(sock);
    });
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  return {
    server,
    socket,
    dir,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of socks) s.destroy();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/** The application of these tests: answers each request with its body reversed, and its headers as trailers-free JSON when asked. */
function echo(stream: ServerStream): void {
  const chunks: Uint8Array[] = [];
  stream.ondata = (c) => chunks.push(Buffer.from(c));
  stream.onend = () => {
    const body = Buffer.concat(chunks);
    if (stream.headers.get('x-want') === 'headers') {
      stream.respond([[':status', '200']], Buffer.from(JSON.stringify([...stream.headers])), [['x-end', 'yes']]);
    } else {
      stream.respond([[':status', '200'], ['content-type', 'application/octet-stream']], Buffer.from(body.reverse()), [['x-bytes', String(body.length)]]);
    }
  };
}

function connect(socket: string): http2.ClientHttp2Session {
  return http2.connect('http://localhost', { createConnection: () => createConnection(socket) });
}

function request(client: http2.ClientHttp2Session, headers: http2.OutgoingHttpHeaders, body?: Buffer): Promise<{ headers: http2.IncomingHttpHeaders; trailers: http2.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = client.request({ ':method': 'POST', ':path': '/x', ...headers });
    const chunks: Buffer[] = [];
    let head: http2.IncomingHttpHeaders = {};
    let trailers: http2.IncomingHttpHeaders = {};
    req.on('response', (h) => (head = h));
    req.on('trailers', (t) => (trailers = t));
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve({ headers: head, trailers, body: Buffer.concat(chunks) }));
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends each header set as a request on one connection; returns the headers the server saw. */
async function echoHeaders(sets: HeaderField[][]): Promise<Map<string, string>[]> {
  const s = await serve(echo);
  const client = connect(s.socket);
  try {
    const out: Map<string, string>[] = [];
    for (const set of sets) {
      const r = await request(client, { 'x-want': 'headers', ...Object.fromEntries(set) });
      expect(r.trailers['x-end']).to.equal('yes');
      out.push(new Map(JSON.parse(r.body.toString()) as [string, string][]));
    }
    return out;
  } finally {
    client.close();
    await s.close();
  }
}

describe('sidecar HTTP/2 connection, called by node:http2', function () {
  this.timeout(30000);

  it('reads the headers of many requests on one connection (the client indexes, evicts and Huffman-codes them)', async () => {
    const name = fc.stringMatching(/^x-[a-z0-9-]{1,20}$/);
    const value = fc.stringMatching(/^[!-~]([ -~]{0,60}[!-~])?$/);
    const sets = fc.sample(fc.uniqueArray(fc.tuple(name, value), { minLength: 1, maxLength: 12, selector: (t) => t[0] }), { numRuns: 60, seed: 14 });
    const seen = await echoHeaders(sets);
    sets.forEach((set, k) => {
      for (const [n, v] of set) expect(seen[k]!.get(n), `${n} of request ${k}`).to.equal(v);
    });
  });

  it('moves 3 MiB each way under flow control, and several calls at once', async () => {
    const s = await serve(echo);
    const client = connect(s.socket);
    try {
      const big = Buffer.alloc(3 * 1024 * 1024);
      for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
      const results = await Promise.all([request(client, {}, big), request(client, {}, Buffer.from('abc')), request(client, {}, big.subarray(0, 70000))]);
      expect(results.map((r) => [r.headers[':status'], r.trailers['x-bytes'], r.body.length])).to.deep.equal([
        [200, String(big.length), big.length],
        [200, '3', 3],
        [200, '70000', 70000],
      ]);
      expect(results[0]!.body.equals(Buffer.from(big).reverse())).to.equal(true);
      expect(results[1]!.body.toString()).to.equal('cba');
      expect(s.errors).to.deep.equal([]);
    } finally {
      client.close();
      await s.close();
    }
  });

  it('a headers-only answer ends the stream; an empty request body arrives as an end alone', async () => {
    const s = await serve((stream) => {
      stream.onend = () => stream.respond([[':status', '415']]);
    });
    const client = connect(s.socket);
    try {
      const r = await request(client, {});
      expect([r.headers[':status'], r.body.length]).to.deep.equal([415, 0]);
    } finally {
      client.close();
      await s.close();
    }
  });

  it('a client that resets a call: the stream says so, and the connection goes on', async () => {
    let closed = 0;
    let pending: ServerStream | undefined;
    const s = await serve((stream) => {
      if (stream.headers.get('x-hang')) {
        pending = stream;
        stream.onclose = () => closed++;
        return;
      }
      echo(stream);
    });
    const client = connect(s.socket);
    try {
      const req = client.request({ ':method': 'POST', ':path': '/x', 'x-hang': '1' });
      req.on('error', () => {});
      req.end();
      await new Promise((r) => setTimeout(r, 100));
      req.close(http2.constants.NGHTTP2_CANCEL);
      await new Promise((r) => setTimeout(r, 100));
      expect([closed, pending?.reset]).to.deep.equal([1, true]);
      // answering a reset stream writes nothing and does not throw
      pending!.respond([[':status', '200']]);
      const r = await request(client, {}, Buffer.from('ok'));
      expect(r.body.toString()).to.equal('ko');
    } finally {
      client.close();
      await s.close();
    }
  });
});

/** A raw client: sends bytes, collects the frames the server writes until it closes or `ms` pass. */
async function raw(socket: string, send: Buffer, ms = 300): Promise<{ frames: { type: number; flags: number; stream: number; payload: Buffer }[]; ended: boolean }> {
  const sock = createConnection(socket);
  const chunks: Buffer[] = [];
  let ended = false;
  sock.on('data', (c: Buffer) => chunks.push(c));
  sock.on('error', () => {});
  await new Promise<void>((resolve) => sock.once('connect', resolve));
  sock.write(send);
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    sock.once('close', () => {
      ended = true;
      clearTimeout(t);
      resolve();
    });
  });
  sock.destroy();
  const all = Buffer.concat(chunks);
  const frames = [];
  for (let at = 0; at + 9 <= all.length; ) {
    const length = all.readUIntBE(at, 3);
    frames.push({ type: all[at + 3]!, flags: all[at + 4]!, stream: all.readUInt32BE(at + 5), payload: all.subarray(at + 9, at + 9 + length) });
    at += 9 + length;
  }
  return { frames, ended };
}

const SETTINGS_EMPTY = frame(FRAME.SETTINGS, 0, 0);

describe('sidecar HTTP/2 connection, against what no client should send', function () {
  this.timeout(20000);
  let s: Served;
  before(async () => {
    s = await serve(echo);
  });
  after(() => s.close());

  /** the GOAWAY's error code, or undefined when there was none */
  const goAway = (r: Awaited<ReturnType<typeof raw>>): number | undefined => {
    const g = r.frames.find((f) => f.type === FRAME.GOAWAY);
    return g ? g.payload.readUInt32BE(4) : undefined;
  };

  it('answers with its SETTINGS, acknowledges the client\'s, and a PING with its ACK', async () => {
    const ping = frame(FRAME.PING, 0, 0, Buffer.from('01234567'));
    const r = await raw(s.socket, Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, ping]));
    expect(r.frames.map((f) => [f.type, f.flags])).to.deep.equal([[FRAME.SETTINGS, 0], [FRAME.WINDOW_UPDATE, 0], [FRAME.SETTINGS, FLAG.ACK], [FRAME.PING, FLAG.ACK]]);
    expect(r.frames[3]!.payload.toString()).to.equal('01234567');
    expect(r.ended).to.equal(false);
  });

  const cases: [string, Buffer, number][] = [
    ['HTTP/1.1 instead of the preface', Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), H2_ERROR.PROTOCOL_ERROR],
    ['a frame over 16384 bytes', Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, frame(FRAME.DATA, 0, 1, Buffer.alloc(16385))]), H2_ERROR.FRAME_SIZE_ERROR],
    ['DATA on a stream never opened', Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, frame(FRAME.DATA, 0, 1, Buffer.from('x'))]), H2_ERROR.PROTOCOL_ERROR],
    ['a header block that is not HPACK', Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, frame(FRAME.HEADERS, FLAG.END_HEADERS, 1, Buffer.from([0x80]))]), H2_ERROR.COMPRESSION_ERROR],
    ['a header block interrupted', Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, frame(FRAME.HEADERS, 0, 1, Buffer.from([0x83])), frame(FRAME.PING, 0, 0, Buffer.alloc(8))]), H2_ERROR.PROTOCOL_ERROR],
    ['a request on an even stream', Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, frame(FRAME.HEADERS, FLAG.END_HEADERS | FLAG.END_STREAM, 2, Buffer.from([0x83, 0x84]))]), H2_ERROR.PROTOCOL_ERROR],
    ['a SETTINGS frame of 5 bytes', Buffer.concat([CLIENT_PREFACE, frame(FRAME.SETTINGS, 0, 0, Buffer.alloc(5))]), H2_ERROR.FRAME_SIZE_ERROR],
    ['a WINDOW_UPDATE of 0 on the connection', Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, frame(FRAME.WINDOW_UPDATE, 0, 0, Buffer.alloc(4))]), H2_ERROR.PROTOCOL_ERROR],
    ['a header block of 70,000 bytes', Buffer.concat([CLIENT_PREFACE, SETTINGS_EMPTY, frame(FRAME.HEADERS, 0, 1, Buffer.alloc(16384, 0x83)), ...Array.from({ length: 4 }, (_, k) => frame(FRAME.CONTINUATION, k === 3 ? FLAG.END_HEADERS : 0, 1, Buffer.alloc(16384, 0x83)))]), H2_ERROR.ENHANCE_YOUR_CALM],
  ];
  for (const [what, bytesSent, code] of cases) {
    it(`${what}: GOAWAY ${code}, the connection ends, the server goes on`, async () => {
      const r = await raw(s.socket, bytesSent, 2000);
      expect([goAway(r), r.ended]).to.deep.equal([code, true]);
    });
  }

  it('after all of them, a real client is still served', async () => {
    const client = connect(s.socket);
    try {
      expect((await request(client, {}, Buffer.from('still'))).body.toString()).to.equal('llits');
    } finally {
      client.close();
    }
  });
});
