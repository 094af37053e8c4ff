import { expect } from 'chai';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { bytesToHex as hex, hexToBytes as hexBytes, sha1, sha256, utf8ToBytes as utf8 } from '../../src/kubevirt/sha.js';

const nodeHash = (alg: string, bytes: Uint8Array): string => createHash(alg).update(bytes).digest('hex');

describe('kubevirt/sha', () => {
  it('gives the FIPS 180 example digests', () => {
    expect(hex(sha256(utf8('abc')))).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('')))).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(hex(sha1(utf8('abc')))).to.equal('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(utf8('')))).to.equal('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).to.equal('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('agrees with node:crypto at every padding boundary (lengths 0 to 200)', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n) & 0xff);
      expect(hex(sha256(bytes)), `sha256 of ${n} bytes`).to.equal(nodeHash('sha256', bytes));
      expect(hex(sha1(bytes)), `sha1 of ${n} bytes`).to.equal(nodeHash('sha1', bytes));
    }
  });

  it('agrees with node:crypto on random inputs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(hex(sha256(bytes))).to.equal(nodeHash('sha256', bytes));
        expect(hex(sha1(bytes))).to.equal(nodeHash('sha1', bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes UTF-8 as TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (a, b) => {
        for (const s of [a, b, `${a}\ud800`, `\udc00${b}`]) expect([...utf8(s)]).to.deep.equal([...new TextEncoder().encode(s)]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads hex', () => {
    expect([...hexBytes('00ff10ab')]).to.deep.equal([0, 255, 16, 171]);
  });
});
