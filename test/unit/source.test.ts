import { expect } from 'chai';
import fc from 'fast-check';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { decodeSource, lineText, makeSource, MAX_INPUT_BYTES, positionAt } from '../../src/source/source.js';
import { brief } from '../helpers.js';

describe('load/source', () => {
  it('turns offsets into 1-based line and column', () => {
    const src = makeSource('f', 'ab\ncd\n\nx');
    expect([0, 2, 3, 4, 6, 7, 8].map((o) => `${positionAt(src, o).line}:${positionAt(src, o).col}`)).to.deep.equal([
      '1:1', '1:3', '2:1', '2:2', '3:1', '4:1', '4:2',
    ]);
    expect(lineText(src, 2)).to.equal('cd');
    expect(lineText(makeSource('f', 'a\r\nb'), 1)).to.equal('a');
  });

  it('refuses input over 16 MiB, invalid UTF-8 and NUL bytes, with the position', () => {
    const d = new Diagnostics();
    expect(decodeSource('big', new Uint8Array(MAX_INPUT_BYTES + 1), d)).to.equal(undefined);
    expect(decodeSource('bad', new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]), d)).to.equal(undefined);
    expect(decodeSource('nul', new TextEncoder().encode('ab\ncd\u0000'), d)).to.equal(undefined);
    expect(brief(d)).to.deep.equal([
      '1:1 error INPUT_TOO_LARGE input is 16777217 bytes, over the 16777216-byte (16 MiB) limit',
      '2:2 error INVALID_UTF8 input is not valid UTF-8 text',
      '2:3 error INVALID_UTF8 input contains a NUL byte: it is binary, not text',
    ]);
  });

  it('drops a UTF-8 byte order mark', () => {
    const d = new Diagnostics();
    expect(decodeSource('bom', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), d)?.text).to.equal('a');
  });

  it('decodes as a fatal TextDecoder does, ASCII-only texts (read without one) and others alike', () => {
    const asText = (bytes: Uint8Array): string | undefined => {
      try {
        const t = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
      } catch {
        return undefined;
      }
    };
    const ascii = fc.uint8Array({ min: 1, max: 0x7f, maxLength: 20_000 });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.uint8Array({ min: 1, maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => new TextEncoder().encode(s.replaceAll('\u0000', '')))), (bytes) => {
        expect(decodeSource('f', bytes, new Diagnostics())?.text).to.equal(asText(bytes));
      }),
      { numRuns: 300 },
    );
  });
});
