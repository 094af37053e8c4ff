import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

// Issue #9: imports flow one way. Every folder directly under src/ (and each file directly in src/)
// is a stage with a rank; a module may import its own stage or a stage of lower rank, never a later
// one, and the stages' import graph has no cycle. The README's "Architecture" section shows the same
// list, and a test below keeps the two in step.

/** Bottom first. Stages on one line share a rank: they may not import each other in a cycle. */
export const STAGES: readonly (readonly string[])[] = [
  ['diagnostics'],
  ['source'],
  ['options.ts'],
  ['model'],
  ['kubevirt'],
  ['load'],
  ['defaults'],
  ['validate'],
  ['device-plugin'],
  ['resolve'],
  ['build'],
  ['pci'],
  ['xml'],
  ['pipeline.ts'],
  ['diff', 'explain', 'inventory', 'patch'],
  ['cli', 'sidecar'],
];

const RANK = new Map(STAGES.flatMap((names, rank) => names.map((n) => [n, rank] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The stage of a path under src/: its first folder, or the file's name for a file directly in src/. */
export function stageOf(path: string): string {
  return relative('src', path).split(sep)[0]!;
}

/** Relative imports (static, re-exports, dynamic) of one file, resolved to .ts paths. */
export function relativeImports(path: string, text: string): string[] {
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((s) => normalize(join(dirname(path), s.replace(/\.js$/, '.ts'))));
}

/** Edges between stages that break the order: a later stage imported, or an unranked stage. */
export function backEdges(files: readonly { path: string; text: string }[]): string[] {
  const bad: string[] = [];
  for (const f of files) {
    const from = stageOf(f.path);
    for (const target of relativeImports(f.path, f.text)) {
      const to = stageOf(target);
      if (to === from) continue;
      const [rf, rt] = [RANK.get(from), RANK.get(to)];
      if (rf === undefined || rt === undefined) bad.push(`${f.path}: stage ${rf === undefined ? from : to} is not in STAGES`);
      else if (rt > rf) bad.push(`${f.path} (${from}) imports ${target} (${to}), a later stage`);
    }
  }
  return bad;
}

/** A cycle in the stage graph, as a path of stage names, or undefined. */
export function stageCycle(files: readonly { path: string; text: string }[]): string[] | undefined {
  const edges = new Map<string, Set<string>>();
  for (const f of files) {
    const from = stageOf(f.path);
    for (const target of relativeImports(f.path, f.text)) {
      const to = stageOf(target);
      if (to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
    }
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string, path: string[]): string[] | undefined => {
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    if (state.get(n) === 'done') return undefined;
    state.set(n, 'open');
    for (const m of edges.get(n) ?? []) {
      const c = visit(m, [...path, n]);
      if (c) return c;
    }
    state.set(n, 'done');
    return undefined;
  };
  for (const n of edges.keys()) {
    const c = visit(n, []);
    if (c) return c;
  }
  return undefined;
}

const FILES = sources('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('stage order (imports flow one way)', () => {
  it('knows every stage under src/', () => {
    const stages = new Set(FILES.map((f) => stageOf(f.path)));
    expect([...stages].filter((s) => !RANK.has(s))).to.deep.equal([]);
  });

  it('has no import from a later stage into an earlier one', () => {
    expect(backEdges(FILES)).to.deep.equal([]);
  });

  it('has no cycle between stages', () => {
    expect(stageCycle(FILES)).to.equal(undefined);
  });

  it('keeps the files directly in src/ to a few', () => {
    expect(FILES.filter((f) => !relative('src', f.path).includes(sep)).map((f) => f.path).length).to.be.at.most(3);
  });

  it('would fail on a back-edge and on a cycle', () => {
    const planted = [
      { path: join('src', 'model', 'x.ts'), text: "import { a } from '../build/y.js';" },
      { path: join('src', 'build', 'y.ts'), text: "export { b } from '../model/x.js';" },
    ];
    expect(backEdges(planted)).to.deep.equal([`${join('src', 'model', 'x.ts')} (model) imports ${join('src', 'build', 'y.ts')} (build), a later stage`]);
    expect(stageCycle(planted)).to.deep.equal(['model', 'build', 'model']);
    const sameRank = [
      { path: join('src', 'diff', 'a.ts'), text: "import { a } from '../explain/b.js';" },
      { path: join('src', 'explain', 'b.ts'), text: "const m = await import('../diff/a.js');" },
    ];
    expect(backEdges(sameRank)).to.deep.equal([]);
    expect(stageCycle(sameRank)).to.deep.equal(['diff', 'explain', 'diff']);
  });

  it('matches the README architecture section', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('<!-- stages:begin -->'), readme.indexOf('<!-- stages:end -->'));
    const listed = [...section.matchAll(/^\| *\d+ *\| *([^|]+?) *\|/gm)].map((m) => m[1]!.split(/, */).map((s) => s.replace(/`/g, '').replace(/\/$/, '')));
    expect(listed).to.deep.equal(STAGES.map((s) => [...s]));
  });
});
