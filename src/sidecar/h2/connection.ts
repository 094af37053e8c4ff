/**
 * The server side of one HTTP/2 connection (RFC 9113) over cleartext with prior knowledge, as
 * gRPC on a unix socket uses it: what a unary gRPC server needs and no more. Requests arrive as
 * streams (headers, body chunks, end); the answer is headers, an optional body and optional
 * trailers, sent under the peer's flow-control windows. No server push, no priorities, no TLS.
 *
 * Fed bytes by server.ts through receive(), it writes frames through the Transport it was given,
 * so it runs the same over a socket or in a test. A peer that breaks the protocol gets a GOAWAY
 * with the error code and the connection ends; no input throws out of receive().
 */
import {
  CLIENT_PREFACE, DEFAULT_MAX_FRAME_SIZE, DEFAULT_WINDOW, FLAG, FRAME, FRAME_HEADER_BYTES, H2_ERROR, MAX_WINDOW, SETTING,
  frame, goAwayFrame, rstStreamFrame, settingsFrame, windowUpdateFrame,
} from './frames.js';
import { encodeHeaders, HpackDecoder, HpackError, type HeaderField } from './hpack.js';

/** Where the connection writes; server.ts gives it the socket's. */
export interface Transport {
  write(bytes: Uint8Array, flushed?: () => void): void;
  /** ends the connection once what was written is sent */
  end(): void;
}

/** What this server announces and enforces. */
export interface ConnectionLimits {
  /** SETTINGS_INITIAL_WINDOW_SIZE and the connection window: how much a client may send before a WINDOW_UPDATE */
  receiveWindow?: number;
  /** the largest header block accepted (after CONTINUATIONs), and SETTINGS_MAX_HEADER_LIST_SIZE */
  maxHeaderBlock?: number;
  /** SETTINGS_MAX_CONCURRENT_STREAMS */
  maxStreams?: number;
}

const DEFAULTS: Required<ConnectionLimits> = { receiveWindow: 1 << 20, maxHeaderBlock: 64 * 1024, maxStreams: 32 };

/** A connection error (RFC 9113 §5.4.1): GOAWAY, then the connection ends. */
class ConnectionError {
  constructor(readonly code: number, readonly message: string) {}
}

/** One request stream as the application sees it. */
export class ServerStream {
  /** the request's fields, by name (a repeated field: its first value) */
  readonly headers: ReadonlyMap<string, string>;
  /** a chunk of the body: a view of the bytes received, which the connection never writes to */
  ondata: ((chunk: Uint8Array) => void) | undefined;
  onend: (() => void) | undefined;
  /** the client reset the stream, or the connection went away, before the answer was sent */
  onclose: (() => void) | undefined;
  /** the client finished sending (END_STREAM) */
  remoteDone = false;
  /** the answer's last frame is queued */
  localDone = false;
  /** reset by either side, or its connection is gone: nothing more is sent */
  reset = false;
  /** what the peer lets this stream send */
  sendWindow: number;
  /** DATA bytes received since the last WINDOW_UPDATE for this stream */
  unacked = 0;
  /** the answer's DATA still to send, then its trailers' frames */
  pendingData: Uint8Array | undefined;
  pendingTail: Buffer[] = [];
  pendingFlushed: (() => void) | undefined;

  constructor(readonly id: number, fields: readonly HeaderField[], sendWindow: number, private readonly conn: Http2ServerConnection) {
    const headers = new Map<string, string>();
    for (const [name, value] of fields) if (!headers.has(name)) headers.set(name, value);
    this.headers = headers;
    this.sendWindow = sendWindow;
  }

  /** the stream is over for this side: the answer sent in full, or reset */
  get closed(): boolean {
    return this.reset || (this.localDone && this.pendingData === undefined && this.pendingTail.length === 0);
  }

  /**
   * Sends the answer: headers, then the body (if any) and the trailers (if any), the last frame
   * with END_STREAM. `flushed` is called once the last frame is handed to the socket. Once only.
   */
  respond(headers: readonly HeaderField[], body?: Uint8Array, trailers?: readonly HeaderField[], flushed?: () => void): void {
    this.conn.respond(this, headers, body, trailers, flushed);
  }
}

/** The server side of one HTTP/2 connection; onStream is called once a request's headers are in. */
export class Http2ServerConnection {
  private readonly limits: Required<ConnectionLimits>;
  private readonly decoder = new HpackDecoder();
  private readonly streams = new Map<number, ServerStream>();
  private buffer: Buffer = Buffer.alloc(0);
  private prefaceSeen = false;
  private dead = false;
  private draining = false;
  private lastStreamId = 0;
  /** a header block in progress (HEADERS without END_HEADERS, then CONTINUATIONs) */
  private block: { streamId: number; endStream: boolean; parts: Buffer[]; size: number } | undefined;
  /** the peer's settings that bind what this side sends */
  private peerMaxFrame = DEFAULT_MAX_FRAME_SIZE;
  private peerInitialWindow = DEFAULT_WINDOW;
  private connSendWindow = DEFAULT_WINDOW;
  /** this side's connection receive window, and what was received since the last WINDOW_UPDATE */
  private connRecvWindow: number;
  private connUnacked = 0;

  constructor(
    private readonly transport: Transport,
    private readonly onStream: (stream: ServerStream) => void,
    limits: ConnectionLimits = {},
    /** told why a connection was ended by a protocol error, for the log */
    private readonly onError: (message: string) => void = () => {},
  ) {
    this.limits = { ...DEFAULTS, ...limits };
    this.connRecvWindow = this.limits.receiveWindow;
    // §3.4: the server's preface is a SETTINGS frame, sent at once
    transport.write(settingsFrame([
      [SETTING.ENABLE_PUSH, 0],
      [SETTING.MAX_CONCURRENT_STREAMS, this.limits.maxStreams],
      [SETTING.INITIAL_WINDOW_SIZE, this.limits.receiveWindow],
      [SETTING.MAX_HEADER_LIST_SIZE, this.limits.maxHeaderBlock],
    ]));
    // the connection window starts at 65,535 whatever SETTINGS say (§6.9.2): raise it to match
    if (this.limits.receiveWindow > DEFAULT_WINDOW) transport.write(windowUpdateFrame(0, this.limits.receiveWindow - DEFAULT_WINDOW));
  }

  /** Bytes from the peer. Never throws: a protocol error ends the connection with a GOAWAY. */
  receive(chunk: Uint8Array): void {
    if (this.dead) return;
    this.buffer = this.buffer.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length) : Buffer.concat([this.buffer, chunk]);
    try {
      this.parse();
    } catch (e) {
      if (e instanceof ConnectionError) this.fail(e.code, e.message);
      else if (e instanceof HpackError) this.fail(H2_ERROR.COMPRESSION_ERROR, e.message);
      else this.fail(H2_ERROR.INTERNAL_ERROR, `internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The socket is gone: every open stream is closed. */
  closed(): void {
    this.dead = true;
    for (const s of this.streams.values()) this.resetStream(s);
    this.streams.clear();
  }

  /** Graceful close (§6.8): no new stream is taken; the connection ends once the open ones are answered. */
  goAway(): void {
    if (this.dead || this.draining) return;
    this.draining = true;
    this.transport.write(goAwayFrame(this.lastStreamId, H2_ERROR.NO_ERROR));
    this.endIfDone();
  }

  private fail(code: number, message: string): void {
    if (this.dead) return;
    this.onError(message);
    this.transport.write(goAwayFrame(this.lastStreamId, code, message));
    this.transport.end();
    this.closed();
  }

  private endIfDone(): void {
    if (this.draining && !this.dead && this.streams.size === 0) {
      this.dead = true;
      this.transport.end();
    }
  }

  private parse(): void {
    if (!this.prefaceSeen) {
      const n = Math.min(this.buffer.length, CLIENT_PREFACE.length);
      if (!this.buffer.subarray(0, n).equals(CLIENT_PREFACE.subarray(0, n))) {
        throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'the client did not start with the HTTP/2 connection preface (this socket speaks gRPC: HTTP/2 with prior knowledge)');
      }
      if (this.buffer.length < CLIENT_PREFACE.length) return;
      this.buffer = this.buffer.subarray(CLIENT_PREFACE.length);
      this.prefaceSeen = true;
    }
    let at = 0;
    const buf = this.buffer;
    while (!this.dead && buf.length - at >= FRAME_HEADER_BYTES) {
      const length = buf.readUIntBE(at, 3);
      // this side never raises SETTINGS_MAX_FRAME_SIZE from its initial value (§4.2)
      if (length > DEFAULT_MAX_FRAME_SIZE) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, `a frame of ${length} bytes, over the ${DEFAULT_MAX_FRAME_SIZE} allowed`);
      if (buf.length - at < FRAME_HEADER_BYTES + length) break;
      const type = buf[at + 3]!;
      const flags = buf[at + 4]!;
      const streamId = buf.readUInt32BE(at + 5) & MAX_WINDOW;
      const payload = buf.subarray(at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + length);
      at += FRAME_HEADER_BYTES + length;
      this.frame(type, flags, streamId, payload);
    }
    this.buffer = at === buf.length ? Buffer.alloc(0) : buf.subarray(at);
    // keep no view of a large chunk alive for a few leftover bytes
    if (this.buffer.length > 0 && this.buffer.buffer.byteLength > 4 * this.buffer.length + 65536) this.buffer = Buffer.from(this.buffer);
  }

  private frame(type: number, flags: number, streamId: number, payload: Buffer): void {
    if (this.block && type !== FRAME.CONTINUATION) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'a header block was interrupted by another frame');
    switch (type) {
      case FRAME.DATA:
        return this.data(flags, streamId, payload);
      case FRAME.HEADERS:
        return this.headers(flags, streamId, payload);
      case FRAME.CONTINUATION:
        return this.continuation(flags, streamId, payload);
      case FRAME.PRIORITY:
        if (streamId === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'PRIORITY on stream 0');
        if (payload.length !== 5) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a PRIORITY frame that is not 5 bytes');
        return;
      case FRAME.RST_STREAM:
        return this.rstStream(streamId, payload);
      case FRAME.SETTINGS:
        return this.settings(flags, streamId, payload);
      case FRAME.PUSH_PROMISE:
        throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'a client sent PUSH_PROMISE');
      case FRAME.PING:
        if (streamId !== 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'PING on a stream');
        if (payload.length !== 8) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a PING frame that is not 8 bytes');
        if ((flags & FLAG.ACK) === 0) this.transport.write(frame(FRAME.PING, FLAG.ACK, 0, payload));
        return;
      case FRAME.GOAWAY:
        if (streamId !== 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'GOAWAY on a stream');
        // the client is leaving: it closes the socket once its calls are answered
        return;
      case FRAME.WINDOW_UPDATE:
        return this.windowUpdate(streamId, payload);
      default:
        // §5.5: frames of an unknown type are ignored
        return;
    }
  }

  /** Strips the padding of a PADDED frame (§6.1, §6.2). */
  private unpad(flags: number, payload: Buffer): Buffer {
    if ((flags & FLAG.PADDED) === 0) return payload;
    if (payload.length < 1) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a PADDED frame without its pad length');
    const pad = payload[0]!;
    if (pad >= payload.length) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'padding as long as the frame');
    return payload.subarray(1, payload.length - pad);
  }

  private headers(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'HEADERS on stream 0');
    let fragment = this.unpad(flags, payload);
    if (flags & FLAG.PRIORITY) {
      if (fragment.length < 5) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a HEADERS frame too short for its priority');
      fragment = fragment.subarray(5);
    }
    this.block = { streamId, endStream: (flags & FLAG.END_STREAM) !== 0, parts: [], size: 0 };
    this.addFragment(fragment, flags);
  }

  private continuation(flags: number, streamId: number, payload: Buffer): void {
    if (!this.block || this.block.streamId !== streamId) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'a CONTINUATION that continues no header block');
    this.addFragment(payload, flags);
  }

  private addFragment(fragment: Buffer, flags: number): void {
    const block = this.block!;
    block.size += fragment.length;
    if (block.size > this.limits.maxHeaderBlock) throw new ConnectionError(H2_ERROR.ENHANCE_YOUR_CALM, `a header block over ${this.limits.maxHeaderBlock} bytes`);
    // a view: the bytes received are never written to again (a leftover is copied, not reused)
    block.parts.push(fragment);
    if ((flags & FLAG.END_HEADERS) === 0) return;
    this.block = undefined;
    // every block is decoded, even a refused stream's: the dynamic table is the connection's (RFC 7541 §2.2)
    const fields = this.decoder.decode(block.parts.length === 1 ? block.parts[0]! : Buffer.concat(block.parts));
    this.headerBlock(block.streamId, block.endStream, fields);
  }

  private headerBlock(streamId: number, endStream: boolean, fields: HeaderField[]): void {
    const open = this.streams.get(streamId);
    if (open) {
      // trailers from the client (§8.1): they must end the stream
      if (!endStream || open.remoteDone) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, `a second header block on stream ${streamId} that does not end it`);
      this.remoteEnd(open);
      return;
    }
    if (streamId % 2 === 0 || streamId <= this.lastStreamId) {
      throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, `a request on stream ${streamId}, which is ${streamId % 2 === 0 ? 'even (a server-initiated number)' : 'already used'}`);
    }
    this.lastStreamId = streamId;
    if (this.draining) {
      this.transport.write(rstStreamFrame(streamId, H2_ERROR.REFUSED_STREAM));
      return;
    }
    if (this.streams.size >= this.limits.maxStreams) {
      this.transport.write(rstStreamFrame(streamId, H2_ERROR.REFUSED_STREAM));
      return;
    }
    const stream = new ServerStream(streamId, fields, this.peerInitialWindow, this);
    this.streams.set(streamId, stream);
    this.onStream(stream);
    if (endStream) this.remoteEnd(stream);
  }

  private remoteEnd(stream: ServerStream): void {
    stream.remoteDone = true;
    if (!stream.localDone) stream.onend?.();
    this.forgetIfDone(stream);
  }

  private data(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'DATA on stream 0');
    // flow control counts the whole payload, padding included (§6.9.1)
    this.connRecvWindow -= payload.length;
    if (this.connRecvWindow < 0) throw new ConnectionError(H2_ERROR.FLOW_CONTROL_ERROR, 'the client sent more than the connection window');
    this.connUnacked += payload.length;
    if (this.connUnacked >= this.limits.receiveWindow / 4) {
      this.transport.write(windowUpdateFrame(0, this.connUnacked));
      this.connRecvWindow += this.connUnacked;
      this.connUnacked = 0;
    }
    const body = this.unpad(flags, payload);
    const stream = this.streams.get(streamId);
    if (!stream) {
      if (streamId > this.lastStreamId) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, `DATA on stream ${streamId}, which was never opened`);
      // a stream already answered and forgotten, or refused: its data is dropped
      return;
    }
    if (stream.remoteDone) throw new ConnectionError(H2_ERROR.STREAM_CLOSED, `DATA on stream ${streamId} after it ended`);
    stream.unacked += payload.length;
    const endStream = (flags & FLAG.END_STREAM) !== 0;
    if (!endStream && stream.unacked >= this.limits.receiveWindow / 4) {
      this.transport.write(windowUpdateFrame(streamId, stream.unacked));
      stream.unacked = 0;
    }
    if (stream.unacked > this.limits.receiveWindow) throw new ConnectionError(H2_ERROR.FLOW_CONTROL_ERROR, `the client sent more than stream ${streamId}'s window`);
    // after the answer (a refusal of an oversized request) the rest is read and dropped
    if (!stream.localDone && body.length > 0) stream.ondata?.(body);
    if (endStream) this.remoteEnd(stream);
  }

  private rstStream(streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'RST_STREAM on stream 0');
    if (payload.length !== 4) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a RST_STREAM frame that is not 4 bytes');
    if (streamId > this.lastStreamId) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, `RST_STREAM on stream ${streamId}, which was never opened`);
    const stream = this.streams.get(streamId);
    if (!stream) return;
    this.resetStream(stream);
    this.streams.delete(streamId);
    this.endIfDone();
  }

  private resetStream(stream: ServerStream): void {
    if (stream.reset) return;
    const answered = stream.closed;
    stream.reset = true;
    stream.pendingData = undefined;
    stream.pendingTail = [];
    if (!answered) stream.onclose?.();
  }

  private settings(flags: number, streamId: number, payload: Buffer): void {
    if (streamId !== 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'SETTINGS on a stream');
    if (flags & FLAG.ACK) {
      if (payload.length !== 0) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a SETTINGS acknowledgement with a payload');
      return;
    }
    if (payload.length % 6 !== 0) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a SETTINGS frame whose length is not a multiple of 6');
    for (let k = 0; k < payload.length; k += 6) {
      const id = payload.readUInt16BE(k);
      const value = payload.readUInt32BE(k + 2);
      if (id === SETTING.INITIAL_WINDOW_SIZE) {
        if (value > MAX_WINDOW) throw new ConnectionError(H2_ERROR.FLOW_CONTROL_ERROR, 'SETTINGS_INITIAL_WINDOW_SIZE over 2^31-1');
        // §6.9.2: the change applies to every open stream's window, which may go negative
        const delta = value - this.peerInitialWindow;
        this.peerInitialWindow = value;
        for (const s of this.streams.values()) s.sendWindow += delta;
      } else if (id === SETTING.MAX_FRAME_SIZE) {
        if (value < DEFAULT_MAX_FRAME_SIZE || value > 0xffffff) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, `SETTINGS_MAX_FRAME_SIZE ${value} out of range`);
        this.peerMaxFrame = value;
      } else if (id === SETTING.ENABLE_PUSH && value > 1) {
        throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'SETTINGS_ENABLE_PUSH other than 0 or 1');
      }
      // HEADER_TABLE_SIZE: this encoder never indexes; the rest bind a client, not this server
    }
    this.transport.write(frame(FRAME.SETTINGS, FLAG.ACK, 0));
    this.flush();
  }

  private windowUpdate(streamId: number, payload: Buffer): void {
    if (payload.length !== 4) throw new ConnectionError(H2_ERROR.FRAME_SIZE_ERROR, 'a WINDOW_UPDATE frame that is not 4 bytes');
    const increment = payload.readUInt32BE(0) & MAX_WINDOW;
    if (streamId === 0) {
      if (increment === 0) throw new ConnectionError(H2_ERROR.PROTOCOL_ERROR, 'a WINDOW_UPDATE of 0');
      this.connSendWindow += increment;
      if (this.connSendWindow > MAX_WINDOW) throw new ConnectionError(H2_ERROR.FLOW_CONTROL_ERROR, 'the connection window over 2^31-1');
    } else {
      const stream = this.streams.get(streamId);
      if (!stream) return;
      if (increment === 0 || stream.sendWindow + increment > MAX_WINDOW) {
        // a stream error (§6.9): that stream is reset, the connection goes on
        this.transport.write(rstStreamFrame(streamId, increment === 0 ? H2_ERROR.PROTOCOL_ERROR : H2_ERROR.FLOW_CONTROL_ERROR));
        this.resetStream(stream);
        this.streams.delete(streamId);
        this.endIfDone();
        return;
      }
      stream.sendWindow += increment;
    }
    this.flush();
  }

  /** A header block as HEADERS and CONTINUATION frames no larger than the peer takes. */
  private headerFrames(streamId: number, fields: readonly HeaderField[], endStream: boolean): Buffer[] {
    const block = encodeHeaders(fields);
    const out: Buffer[] = [];
    for (let at = 0; at === 0 || at < block.length; at += this.peerMaxFrame) {
      const part = block.subarray(at, at + this.peerMaxFrame);
      const last = at + this.peerMaxFrame >= block.length;
      const flags = (last ? FLAG.END_HEADERS : 0) | (at === 0 && endStream ? FLAG.END_STREAM : 0);
      out.push(frame(at === 0 ? FRAME.HEADERS : FRAME.CONTINUATION, flags, streamId, part));
    }
    return out;
  }

  respond(stream: ServerStream, headers: readonly HeaderField[], body: Uint8Array | undefined, trailers: readonly HeaderField[] | undefined, flushed?: () => void): void {
    if (stream.localDone || stream.reset || this.dead) return;
    stream.localDone = true;
    const hasBody = body !== undefined && body.length > 0;
    const onlyHeaders = !hasBody && trailers === undefined;
    for (const f of this.headerFrames(stream.id, headers, onlyHeaders)) this.transport.write(f);
    if (onlyHeaders) {
      this.sent(stream, flushed);
      return;
    }
    stream.pendingData = hasBody ? body : undefined;
    // trailers end the stream; without them, an empty DATA frame does (§8.1)
    stream.pendingTail = trailers !== undefined ? this.headerFrames(stream.id, trailers, true) : [frame(FRAME.DATA, FLAG.END_STREAM, stream.id)];
    stream.pendingFlushed = flushed;
    this.flush();
  }

  /** Sends what the windows allow of every answer in progress. */
  private flush(): void {
    for (const stream of this.streams.values()) {
      if (!stream.localDone || stream.reset) continue;
      let data = stream.pendingData;
      while (data !== undefined && this.connSendWindow > 0 && stream.sendWindow > 0) {
        const n = Math.min(data.length, this.peerMaxFrame, this.connSendWindow, stream.sendWindow);
        this.transport.write(frame(FRAME.DATA, 0, stream.id, data.subarray(0, n)));
        this.connSendWindow -= n;
        stream.sendWindow -= n;
        data = n === data.length ? undefined : data.subarray(n);
      }
      stream.pendingData = data;
      if (data === undefined && stream.pendingTail.length > 0) {
        const tail = stream.pendingTail;
        stream.pendingTail = [];
        tail.forEach((f, k) => this.transport.write(f, k === tail.length - 1 ? stream.pendingFlushed : undefined));
        stream.pendingFlushed = undefined;
        this.forgetIfDone(stream);
      }
    }
  }

  /** The answer's frames are all written: call back once they are on their way. */
  private sent(stream: ServerStream, flushed: (() => void) | undefined): void {
    if (flushed) this.transport.write(new Uint8Array(0), flushed);
    this.forgetIfDone(stream);
  }

  private forgetIfDone(stream: ServerStream): void {
    if (!stream.remoteDone || !stream.closed) return;
    this.streams.delete(stream.id);
    this.endIfDone();
  }
}
