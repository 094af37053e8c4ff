import { expect } from 'chai';
import { callgrindTotal, SEED_SEARCH, selfCost } from '../../bench/instructions.js';

describe('bench/instructions', () => {
  it("reads a callgrind file's total", () => {
    expect(callgrindTotal('# callgrind format\nversion: 1\nevents: Ir\nsummary: 151459918\n\nfn=(1) main\n')).to.equal(151459918);
    expect(callgrindTotal('events: Ir\ntotals: 42\n')).to.equal(42);
    expect(callgrindTotal('events: Ir\n')).to.equal(undefined);
  });

  it("sums the self cost of V8's hash-seed search in callgrind_annotate's listing", () => {
    const listing = [
      '--------------------------------------------------------------------------------',
      'Ir                   file:function',
      '--------------------------------------------------------------------------------',
      '11,008,127 ( 7.27%)  ???:int v8::internal::Deserializer<v8::internal::Isolate>::ReadSingleBytecodeData [/usr/bin/node]',
      " 9,583,555 ( 6.33%)  ???:detail::sprp(unsigned long long, unsigned long long) [/usr/bin/node]",
      "    12,000 ( 0.01%)  ???:detail::sprp(unsigned long long, unsigned long long)'2 [/usr/bin/node]",
      ' 5,067,659 ( 3.35%)  ???:Cr_z_adler32_z [/usr/bin/node]',
    ].join('\n');
    expect(selfCost(listing, SEED_SEARCH)).to.equal(9_595_555);
    expect(selfCost(listing, 'no such function')).to.equal(0);
  });
});
