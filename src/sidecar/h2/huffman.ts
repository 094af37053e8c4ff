/**
 * HPACK's Huffman code (RFC 7541 §5.2, Appendix B), decoding only: header strings arrive
 * Huffman-coded whenever that is shorter (grpc-go's and nghttp2's encoders both do so), while this
 * server writes its few header values as plain literals (hpack.ts).
 *
 * The code of Appendix B is canonical: codes of one length are consecutive, in symbol order, and
 * each length's first code follows the last of the length before. So the 257 code lengths (256
 * octets and EOS) determine it, and the table below holds only those, one character per symbol
 * (the length plus 48, so '5' is 5 bits and 'N' is 30). test/unit/sidecar-hpack.test.ts checks
 * the RFC's examples (Appendix C.4, C.6) and every octet against a real encoder's output.
 */
const LENGTHS =
  '=GLLLLLLLHNLLNLLLLLLLLNLLLLLLLLL6::<=68;::8;8666555666666678?6<:=67777777777777777777777878=C=>6?56565666577666567655677777?;>=LDFDDFFFGFGGGGGHGHHFGHGGGGEFGFGGHFEDFFGGEGFFHEFGGEEFEGFGGDFFFGFFGJJDCFGFIJJJKKJHICEJKKJKHEEJJLKKKDHDEFEEGFFIIHHJGJKJJKKKKKLKKKKKJN';

const EOS = 256;
const MAX_BITS = 30;

interface Canonical {
  /** per length: the first code of that length, and how many codes have it */
  first: Int32Array;
  count: Int32Array;
  /** per length: where its symbols start in `symbols` */
  offset: Int32Array;
  /** the symbols sorted by (length, symbol) */
  symbols: Uint16Array;
}

let canonical: Canonical | undefined;

function build(): Canonical {
  const count = new Int32Array(MAX_BITS + 1);
  for (let s = 0; s <= EOS; s++) count[LENGTHS.charCodeAt(s) - 48]!++;
  const first = new Int32Array(MAX_BITS + 1);
  const offset = new Int32Array(MAX_BITS + 1);
  let code = 0;
  let at = 0;
  for (let len = 1; len <= MAX_BITS; len++) {
    first[len] = code;
    offset[len] = at;
    code = (code + count[len]!) << 1;
    at += count[len]!;
  }
  const symbols = new Uint16Array(EOS + 1);
  const next = offset.slice();
  for (let s = 0; s <= EOS; s++) symbols[next[LENGTHS.charCodeAt(s) - 48]!++] = s;
  return { first, count, offset, symbols };
}

/**
 * Decodes a Huffman-coded string literal. Returns the octets, or a reason it is not a valid
 * encoding: the EOS symbol inside it, or padding longer than 7 bits or not all ones (§5.2: a
 * decoding error either way).
 */
export function huffmanDecode(input: Uint8Array): Uint8Array | { error: string } {
  const c = (canonical ??= build());
  // a symbol is at least 5 bits: the output is at most 8/5 of the input
  const out = new Uint8Array(Math.ceil((input.length * 8) / 5));
  let n = 0;
  let code = 0;
  let len = 0;
  // the bits of the symbol being read so far are all ones: what a valid padding looks like
  let ones = true;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    for (let b = 7; b >= 0; b--) {
      const bit = (byte >> b) & 1;
      code = (code << 1) | bit;
      len++;
      ones &&= bit === 1;
      const k = code - c.first[len]!;
      if (k >= 0 && k < c.count[len]!) {
        const sym = c.symbols[c.offset[len]! + k]!;
        if (sym === EOS) return { error: 'a Huffman-coded string holds the EOS symbol' };
        out[n++] = sym;
        code = 0;
        len = 0;
        ones = true;
      } else if (len === MAX_BITS) {
        return { error: 'a Huffman-coded string holds a code longer than any symbol' };
      }
    }
  }
  if (len > 7 || !ones) return { error: 'a Huffman-coded string ends in padding that is not the EOS prefix' };
  return out.subarray(0, n);
}
