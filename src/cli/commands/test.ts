import { createTwoFilesPatch } from 'diff';
import { join, relative } from 'node:path';
import { FIXTURE_FILES } from '../inputs.js';
import { fixtureIo, type Captured } from '../fixture-io.js';
import type { CliIo } from '../io.js';

/** Files of a fixture directory besides its inputs (README: "Fixtures"). */
export const EXPECTED = { stdout: ['expected.xml', 'expected.out'], stderr: 'expected.err', args: 'args', stdin: 'stdin.yaml' };

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
  const stdoutName = EXPECTED.stdout.find((f) => files.includes(f)) ?? (code === 0 && out.stdout.trimStart().startsWith('<') ? 'expected.xml' : 'expected.out');
  const expectedStdout = readText(io, join(dir, stdoutName)) ?? '';
  const expectedStderr = readText(io, join(dir, EXPECTED.stderr)) ?? '';
  const expectedCode = files.some((f) => EXPECTED.stdout.includes(f)) ? 0 : 1;
  if (update) {
    if (out.stdout) io.writeFileAtomic(join(dir, stdoutName), out.stdout);
    if (out.stderr) io.writeFileAtomic(join(dir, EXPECTED.stderr), out.stderr);
    return { dir, ok: true, diffs: [], updated: true };
  }
  const diffs: string[] = [];
  if (out.stdout !== expectedStdout) diffs.push(createTwoFilesPatch(join(dir, stdoutName), 'actual stdout', expectedStdout, out.stdout));
  if (out.stderr !== expectedStderr) diffs.push(createTwoFilesPatch(join(dir, EXPECTED.stderr), 'actual stderr', expectedStderr, out.stderr));
  if (code !== expectedCode) diffs.push(`exit code ${code}, expected ${expectedCode}\n`);
  return { dir, ok: diffs.length === 0, diffs, updated: false };
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
