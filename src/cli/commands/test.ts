import { createTwoFilesPatch } from 'diff';
import { join, relative } from 'node:path';
import { FIXTURE_FILES } from '../inputs.js';
import { fixtureIo, type Captured } from '../fixture-io.js';
import type { CliIo } from '../io.js';

/** Files of a fixture directory besides its inputs (README: "Fixtures"). */
export const EXPECTED = { stdout: ['expected.xml', 'expected.out'], stderr: 'expected.err', code: 'expected.code', args: 'args', stdin: 'stdin.yaml' };

export interface FixtureResult {
  dir: string;
  ok: boolean;
  /** unified diffs of what differs */
  diffs: string[];
  updated: boolean;
}

function isFixture(io: CliIo, dir: string): boolean {
  const files = io.listDir(dir);
  if (files.includes(EXPECTED.stdin) || FIXTURE_FILES.vmi.some((f) => files.includes(f))) return true;
  // a whole command line that needs no VMI (vdpa-xml inventory --sysfs-root ...)
  const first = files.includes(EXPECTED.args) ? fixtureArgs(io, dir)[0] : undefined;
  return first !== undefined && !first.startsWith('-');
}

/** Every fixture directory under root (root included), sorted by path. */
export function findFixtures(io: CliIo, root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (isFixture(io, dir)) out.push(dir);
    for (const name of io.listDir(dir)) {
      const p = join(dir, name);
      if (!name.startsWith('.') && name !== 'node_modules' && io.isDirectory(p)) walk(p);
    }
  };
  walk(root);
  return out.sort();
}

function readText(io: CliIo, path: string): string | undefined {
  try {
    return new TextDecoder().decode(io.readFile(path));
  } catch {
    return undefined;
  }
}

/** The extra render arguments of a fixture: its args file, whitespace-separated, # comments skipped. */
function fixtureArgs(io: CliIo, dir: string): string[] {
  const text = readText(io, join(dir, EXPECTED.args)) ?? '';
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Renders one fixture in-process, as `vdpa-xml render . <args>` run inside its directory, and
 * compares stdout, stderr and the exit code with its expected files (or rewrites them).
 */
export function runFixture(
  io: CliIo,
  dir: string,
  run: (argv: readonly string[], io: CliIo) => number,
  update: boolean,
): FixtureResult {
  const files = io.listDir(dir);
  const stdinFile = files.includes(EXPECTED.stdin) ? EXPECTED.stdin : undefined;
  const args = fixtureArgs(io, dir);
  const argv = args[0] && !args[0].startsWith('-') ? args : ['render', stdinFile ? '-' : '.', ...args];
  const out: Captured = { stdout: '', stderr: '' };
  const code = run(argv, fixtureIo(io, dir, stdinFile, out));
  // the file the fixture has, unless an expected domain became an error's output; else XML on a
  // success goes to expected.xml and any other stdout (a report, JSON) to expected.out
  const existing = EXPECTED.stdout.find((f) => files.includes(f));
  const guess = code === 0 && out.stdout.trimStart().startsWith('<') ? 'expected.xml' : 'expected.out';
  const stdoutName = existing === 'expected.xml' && code !== 0 ? 'expected.out' : (existing ?? guess);
  if (update) return updateFixture(io, dir, files, { ...out, code, stdoutName });
  const expectedStdoutName = existing ?? guess;
  const expectedStdout = readText(io, join(dir, expectedStdoutName)) ?? '';
  const expectedStderr = readText(io, join(dir, EXPECTED.stderr)) ?? '';
  const codeText = readText(io, join(dir, EXPECTED.code));
  const expectedCode = codeText === undefined ? undefined : Number(codeText.trim());
  const diffs: string[] = [];
  if (out.stdout !== expectedStdout) diffs.push(createTwoFilesPatch(join(dir, expectedStdoutName), 'actual stdout', expectedStdout, out.stdout));
  if (out.stderr !== expectedStderr) diffs.push(createTwoFilesPatch(join(dir, EXPECTED.stderr), 'actual stderr', expectedStderr, out.stderr));
  if (expectedCode === undefined || !Number.isInteger(expectedCode)) {
    diffs.push(`${join(dir, EXPECTED.code)}: ${codeText === undefined ? 'missing' : `'${codeText.trim()}' is not an exit code`}; the run exited ${code} (vdpa-xml test --update writes it)\n`);
  } else if (code !== expectedCode) diffs.push(`exit code ${code}, expected ${expectedCode}\n`);
  return { dir, ok: diffs.length === 0, diffs, updated: false };
}

/**
 * --update: writes what the run printed and its exit code, and removes the expected files that no
 * longer apply (a fixture that became an error loses its expected.xml, one that renders again its
 * expected.err; output that moved between expected.xml and expected.out leaves the other).
 */
function updateFixture(io: CliIo, dir: string, files: readonly string[], run: Captured & { code: number; stdoutName: string }): FixtureResult {
  const want = new Map<string, string>([[EXPECTED.code, `${run.code}\n`]]);
  if (run.stdout) want.set(run.stdoutName, run.stdout);
  if (run.stderr) want.set(EXPECTED.stderr, run.stderr);
  for (const name of [...EXPECTED.stdout, EXPECTED.stderr]) {
    if (files.includes(name) && !want.has(name)) io.removeFile(join(dir, name));
  }
  for (const [name, text] of want) {
    if (readText(io, join(dir, name)) !== text) io.writeFileAtomic(join(dir, name), text);
  }
  return { dir, ok: true, diffs: [], updated: true };
}

/**
 * `vdpa-xml test [dir]`: a line per fixture, a diff per failure, a closing count (or one JSON
 * document with --format json). Exit 1 if any failed, 2 when dir is not a directory.
 */
export function testCommand(
  io: CliIo,
  root: string,
  update: boolean,
  run: (argv: readonly string[], io: CliIo) => number,
  format: 'text' | 'json' = 'text',
): number {
  if (!io.isDirectory(root)) {
    io.stderr(`error: ${root} is not a directory\n`);
    return 2;
  }
  const dirs = findFixtures(io, root);
  if (dirs.length === 0) {
    io.stderr(`error: no fixture directories under ${root} (a fixture holds vmi.yaml or stdin.yaml)\n`);
    return 1;
  }
  const results: { dir: string; ok: boolean; updated: boolean; diffs: string[] }[] = [];
  for (const dir of dirs) {
    const r = runFixture(io, dir, run, update);
    const name = relative('.', dir) || '.';
    results.push({ dir: name, ok: r.ok, updated: r.updated, diffs: r.diffs });
    if (format === 'json') continue;
    if (r.updated) io.stdout(`updated ${name}\n`);
    else if (r.ok) io.stdout(`ok      ${name}\n`);
    else io.stdout(`FAIL    ${name}\n${r.diffs.join('')}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ fixtures: results, passed: dirs.length - failed, failed }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  io.stdout(`fixtures: ${dirs.length - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
