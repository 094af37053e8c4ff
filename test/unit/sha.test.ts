import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { hex, sha1, sha256 } from '../../src/build/sha.js';

// src/build/sha.ts replaces node:crypto for start-up time; it must agree with it byte for byte.
describe('build/sha', () => {
  const enc = new TextEncoder();
  const inputs = ['', 'abc', 'blue', 'default/myvmi/offload', 'ü😀', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)];
  for (let i = 0; i < 50; i++) inputs.push(String.fromCharCode(...Array.from({ length: i * 7 }, (_, j) => 32 + ((i * 31 + j * 17) % 2000))));

  it('computes SHA-256 and SHA-1 as node:crypto does', () => {
    for (const s of inputs) {
      const b = enc.encode(s);
      expect(hex(sha256(b)), s).to.equal(createHash('sha256').update(b).digest('hex'));
      expect(hex(sha1(b)), s).to.equal(createHash('sha1').update(b).digest('hex'));
    }
  });
});
