import { expect } from 'chai';
import { framePrefix, percentEncodeMessage, STATUS, unaryRequest } from '../../src/sidecar/grpc-wire.js';
import { decodeOnDefineDomainParams, decodePreCloudInitIsoParams, encodeInfoResult, encodeOnDefineDomainResult } from '../../src/sidecar/hook-messages.js';
import { callHook, hookMethods, INFO } from '../../src/sidecar/hook-service.js';
import { encodeMessage, readFields } from '../../src/sidecar/protobuf.js';
import { identityHandler } from '../../src/sidecar/handler.js';

// The pure layer under the server: the protobuf codec, gRPC framing and the method table. Whether
// the bytes are right on the wire is judged by @grpc/grpc-js in sidecar.test.ts; these pin the
// edges a real client does not send.
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h.replace(/ /g, ''), 'hex'));

describe('sidecar protobuf codec', () => {
  it('writes InfoResult as protoc would: name 1, hookPoints 3 (priority 0 left out), versions 4', () => {
    const b = encodeInfoResult({ name: 'ab', hookPoints: [{ name: 'X', priority: 0 }, { name: 'Y', priority: 7 }], versions: ['v'] });
    expect(hex(b)).to.equal('0a026162' + '1a030a0158' + '1a050a01591007' + '220176');
  });

  it('writes a negative int32 as ten bytes (two\'s complement), as protobuf does', () => {
    expect(hex(encodeMessage([{ field: 2, varint: -1 }]))).to.equal('10ffffffffffffffffff01');
  });

  it('reads OnDefineDomainParams, skipping unknown varint, fixed32, fixed64 and bytes fields, the last of a repeated field winning', () => {
    const msg = bytes('0a0161' + '1801' + '2d01020304' + '290102030405060708' + '22027a7a' + '1202 7b7d' + '0a0162');
    const p = decodeOnDefineDomainParams(msg);
    expect(p).to.deep.equal({ domainXML: new Uint8Array([0x62]), vmi: new Uint8Array([0x7b, 0x7d]) });
  });

  it('reads absent fields as empty (the proto3 default)', () => {
    expect(decodePreCloudInitIsoParams(new Uint8Array(0))).to.deep.equal({ cloudInitNoCloudSource: new Uint8Array(0), vmi: new Uint8Array(0), cloudInitData: new Uint8Array(0) });
  });

  it('says where a malformed message breaks, never throws', () => {
    expect(readFields(bytes('0a05616263'))).to.deep.equal({ error: 'protobuf: field 1 at byte 1 is longer than the message' });
    expect(readFields(bytes('08'))).to.deep.equal({ error: 'protobuf: truncated varint of field 1 at byte 1' });
    expect(readFields(bytes('80'))).to.deep.equal({ error: 'protobuf: truncated field tag at byte 0' });
    expect(readFields(bytes('0b'))).to.deep.equal({ error: 'protobuf: unsupported wire type 3 (field 1) at byte 1' });
    expect(readFields(bytes('00'))).to.deep.equal({ error: 'protobuf: field number 0 at byte 0' });
    expect(readFields(bytes('2d0102'))).to.deep.equal({ error: 'protobuf: truncated fixed32 field 5 at byte 1' });
    expect(readFields(bytes('ffffffffffffffffffff01'))).to.deep.equal({ error: 'protobuf: truncated field tag at byte 0' });
  });

  it('writes the result domain as UTF-8, with headroom for the frame prefix', () => {
    expect(hex(framePrefix(encodeOnDefineDomainResult('é', 5)))).to.equal('0000000004' + '0a02c3a9');
    expect(hex(encodeOnDefineDomainResult(''))).to.equal('');
  });
});

describe('sidecar gRPC framing', () => {
  it('takes the one message of a unary request', () => {
    expect(unaryRequest(bytes('0000000002 0a00'))).to.deep.equal({ message: bytes('0a00') });
  });

  it('refuses a short, compressed, truncated or doubled request body', () => {
    expect(unaryRequest(bytes('000000'))).to.deep.equal({ status: STATUS.INVALID_ARGUMENT, error: 'gRPC: the request body has 3 bytes, fewer than a message prefix (5)' });
    expect(unaryRequest(bytes('0100000000'))).to.deep.equal({ status: STATUS.UNIMPLEMENTED, error: 'gRPC: compressed messages are not supported' });
    expect(unaryRequest(bytes('0000000002 0a'))).to.deep.equal({ status: STATUS.INVALID_ARGUMENT, error: 'gRPC: a unary request holds one message; the prefix says 2 bytes, the body holds 1' });
    expect(unaryRequest(bytes('0000000000 0000000000'))).to.deep.equal({ status: STATUS.INVALID_ARGUMENT, error: 'gRPC: a unary request holds one message; the prefix says 0 bytes, the body holds 5' });
  });

  it('percent-encodes grpc-message: non-ASCII as UTF-8 bytes, % itself, control characters', () => {
    expect(percentEncodeMessage('plain text: ok')).to.equal('plain text: ok');
    expect(percentEncodeMessage('100% <é>\n')).to.equal('100%25 <%C3%A9>%0A');
  });
});

describe('sidecar hook service', () => {
  const methods = hookMethods(identityHandler({ networkInfoPath: '', vdpaBinding: 'vdpa', readFile: () => new Uint8Array() }));

  it('serves Info, v1alpha2 and v1alpha3 and nothing else', () => {
    expect([...methods.keys()]).to.deep.equal([
      '/kubevirt.hooks.info.Info/Info',
      '/kubevirt.hooks.v1alpha2.Callbacks/OnDefineDomain',
      '/kubevirt.hooks.v1alpha2.Callbacks/PreCloudInitIso',
      '/kubevirt.hooks.v1alpha3.Callbacks/OnDefineDomain',
      '/kubevirt.hooks.v1alpha3.Callbacks/PreCloudInitIso',
      '/kubevirt.hooks.v1alpha3.Callbacks/Shutdown',
    ]);
    expect(INFO.versions).to.deep.equal(['v1alpha3', 'v1alpha2']);
  });

  it('answers a malformed OnDefineDomainParams INVALID_ARGUMENT, saying where', () => {
    const r = callHook(methods, '/kubevirt.hooks.v1alpha3.Callbacks/OnDefineDomain', bytes('0000000002 0a05'));
    expect([r.status, r.message]).to.deep.equal([STATUS.INVALID_ARGUMENT, 'OnDefineDomainParams: protobuf: field 1 at byte 1 is longer than the message']);
  });

  it('marks only Shutdown as stopping the sidecar', () => {
    const shut = [...methods.keys()].filter((p) => callHook(methods, p, bytes('0000000000')).shutdown);
    expect(shut).to.deep.equal(['/kubevirt.hooks.v1alpha3.Callbacks/Shutdown']);
  });
});
