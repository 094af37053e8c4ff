import { expect } from 'chai';
import fc from 'fast-check';
import { parseJsonText } from '../../src/source/json-text.js';
import { propertyRuns } from '../property/seed.js';

// parseJsonText's words and offsets are its own, so no expectation depends on V8's message text,
// which changed in Node 22 (it added "(line 1 column N)") and which gives no position at all for
// an unexpected token.
describe('source/json-text', () => {
  const fault = (text: string) => {
    const r = parseJsonText(text);
    return r.ok ? 'ok' : `${r.offset} ${r.message}`;
  };

  it('says where JSON stops and what it found there, in its own words', () => {
    expect(fault('{"0000:cc:00.2",:{}}')).to.equal('15 unexpected ","');
    expect(fault('{"a":x}')).to.equal('5 unexpected "x"');
    expect(fault('[1,]')).to.equal('3 unexpected "]"');
    expect(fault('{"a":1')).to.equal('6 unexpected end of text');
    expect(fault('')).to.equal('0 unexpected end of text');
    expect(fault('"abc')).to.equal('4 unexpected end of text');
    expect(fault('{"a":"\u0001"}')).to.equal('6 unexpected "\\u0001"');
    expect(fault('{"a":"\\q"}')).to.equal('7 unexpected "q"');
    expect(fault('[tru]')).to.equal('4 unexpected "]"');
    expect(fault('01')).to.equal('1 unexpected "1"');
    expect(fault('{"a":1}}')).to.equal('7 unexpected "}"');
    expect(fault(' {"a": [1, {"b": null}], "c": "\\u00e9"} ')).to.equal('ok');
  });

  it('finds the offset V8 reports wherever V8 reports one, on JSON with one character changed', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom(...',:[]{}"\\ 0-etx\u0001'))
      .map(([t, i, c]) => (t.length ? t.slice(0, i % t.length) + c + t.slice((i % t.length) + 1) : c));
    fc.assert(
      fc.property(mutated, (text) => {
        let v8: number | undefined;
        try {
          JSON.parse(text);
        } catch (e) {
          const m = /position (\d+)/.exec((e as Error).message);
          v8 = m ? Number(m[1]) : /end of JSON input/.test((e as Error).message) ? text.length : -1;
        }
        const r = parseJsonText(text);
        if (v8 === undefined) return r.ok;
        if (r.ok) return false;
        return v8 === -1 ? r.offset < text.length : r.offset === v8;
      }),
      propertyRuns(3000),
    );
  });
});
