import { expect } from 'chai';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { parseRoots } from '../../src/source/documents.js';
import { embeddedSource } from '../../src/source/embedded-source.js';
import { positionAt } from '../../src/source/source.js';
import { at, source } from './helpers.js';

/** Where each needle of the embedded text lands in the outer file. */
function places(outer: string, key: string, needles: string[]): string[] {
  const diags = new Diagnostics();
  const root = parseRoots(source('pod.yaml', outer), diags)[0]!;
  const inner = embeddedSource(root.get(key)!)!;
  expect(diags.list).to.deep.equal([]);
  return needles.map((n) => at(positionAt(inner, inner.text.indexOf(n))));
}

describe('embeddedSource', () => {
  it('maps a block literal character for character, indentation removed', () => {
    const outer = 'a: 1\nk: |-\n  [{\n      "path": "/dev/vhost-vdpa-1"\n  }]\n';
    expect(places(outer, 'k', ['[', '"path"', '/dev', '}]'])).to.deep.equal(['pod.yaml:3:3', 'pod.yaml:4:7', 'pod.yaml:4:16', 'pod.yaml:5:3']);
  });

  it('maps a double-quoted JSON string through its escapes (kubectl get -o json)', () => {
    const outer = '{"k": "[{\\n  \\"path\\": \\"/dev/x\\"}]"}\n';
    // the decoded text is [{\n  "path": "/dev/x"}]
    expect(places(outer, 'k', ['[', '"path"', '/dev'])).to.deep.equal(['pod.yaml:1:8', 'pod.yaml:1:14', 'pod.yaml:1:26']);
  });

  it('maps a double-quoted string folded over lines, as go-yaml writes long annotations', () => {
    const outer = 'k: "[{\\"name\\": \\"a\\",\n  \\"path\\": \\"/dev/x\\"}]"\n';
    const diags = new Diagnostics();
    const node = parseRoots(source('pod.yaml', outer), diags)[0]!.get('k')!;
    const inner = embeddedSource(node)!;
    expect(inner.text).to.equal('[{"name": "a", "path": "/dev/x"}]');
    expect(at(positionAt(inner, inner.text.indexOf('"path"')))).to.equal('pod.yaml:2:3');
    expect(at(positionAt(inner, inner.text.indexOf(', ')))).to.equal('pod.yaml:1:22');
  });

  it("maps single-quoted '' and plain scalars", () => {
    expect(places("k: '{\"a\": \"it''s\", \"b\": 1}'\n", 'k', ['"b"'])).to.deep.equal(['pod.yaml:1:20']);
    expect(places('k: x[1, 2]\n', 'k', ['2'])).to.deep.equal(['pod.yaml:1:9']);
  });

  it('points every character at the scalar when the style cannot be retraced (folded block)', () => {
    expect(places('k: >\n  one\n  two\n', 'k', ['one', 'two'])).to.deep.equal(['pod.yaml:1:4', 'pod.yaml:1:4']);
  });

  it('is undefined for a non-string', () => {
    const diags = new Diagnostics();
    const root = parseRoots(source('x.yaml', 'k: 12\n'), diags)[0]!;
    expect(embeddedSource(root.get('k')!)).to.equal(undefined);
  });
});
