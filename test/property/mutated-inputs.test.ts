import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { envMutation, mutateEnv, mutateYaml, yamlMutation } from './mutations.js';
import { propertyRuns } from './seed.js';

// Issue #6: whatever the inputs hold (VMI, NAD, env dump, network-status, device-plugin config,
// host inventory), the CLI either renders well-formed XML (exit 0) or says what is wrong with at
// least one diagnostic pointing at a file and line (exit 1): never a thrown exception, a stack
// trace, an internal error or a hang. Inputs are structure-aware mutations of real fixtures
// (values swapped for hostile ones, keys renamed, items deleted or repeated through aliases, the
// _INFO JSON edited as a tree) plus byte-level damage (truncation, random bytes, deep nesting,
// alias bombs), run through the real entry point `run(argv, io)` as render (files, fixture
// directory, stdin, --format json), check and explain.
//
// The seed is fixed so `npm test` is deterministic; VDPA_PROPERTY_SEED and VDPA_PROPERTY_SCALE
// explore further (./seed.ts). A failure prints the seed, the shrunk counterexample and the files it produced.

const { numRuns: RUNS, seed: SEED } = propertyRuns(2500);

const FIXTURE_DIRS = [
  'seed', 'vdpa-sriov-bridge', 'vdpa-interface-options', 'disks-every-kind', 'pc-machine', 'vdpa-masquerade',
  'seed-network-status', 'seed-network-info', 'seed-pod-network-status', 'seed-device-plugin',
];
/** The option that names each input file when it is passed by name rather than in a directory. */
const FLAGS: Record<string, string> = {
  'nad.yaml': '--nad', 'env.txt': '--env', 'network-status.json': '--network-status', 'network-info': '--network-status',
  'pod.yaml': '--network-status', 'device-plugin-config.yaml': '--device-plugin-config', 'host-devices.json': '--host-devices',
};
const FIXTURES = FIXTURE_DIRS.map((dir) =>
  readdirSync(`fixtures/${dir}`)
    .filter((f) => f === 'vmi.yaml' || FLAGS[f])
    .sort((a, b) => (a === 'vmi.yaml' ? -1 : b === 'vmi.yaml' ? 1 : a < b ? -1 : 1))
    .map((name) => ({ name, text: readFileSync(`fixtures/${dir}/${name}`, 'utf8') })),
);

const fileMutation = fc.record({ file: fc.nat(), yaml: yamlMutation, env: envMutation });

const scenario = fc.record({
  fixture: fc.nat({ max: FIXTURES.length - 1 }),
  mutations: fc.array(fileMutation, { minLength: 1, maxLength: 3 }),
  omit: fc.option(fc.nat(), { nil: undefined, freq: 4 }),
  form: fc.constantFrom('files' as const, 'dir' as const, 'stdin' as const, 'json' as const),
  command: fc.constantFrom('render' as const, 'render' as const, 'render' as const, 'render' as const, 'check' as const, 'explain' as const),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** An in-memory io over raw bytes (the test helpers' memoryIo takes text, which cannot hold invalid UTF-8). */
function bytesIo(files: Record<string, Uint8Array>, stdin: Uint8Array): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile(p: string): Uint8Array {
      const b = files[p];
      if (!b) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return b;
    },
    readStdin: () => stdin,
    isDirectory: (p: string) => Object.keys(files).some((f) => f.startsWith(`${p}/`)),
    listDir: (p: string) => Object.keys(files).filter((f) => f.startsWith(`${p}/`)).map((f) => f.slice(p.length + 1)).sort(),
    readLink: () => undefined,
    writeFileAtomic: () => {
      throw new Error('the property test passes no -o');
    },
    removeFile: () => {
      throw new Error('the property test removes nothing');
    },
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return io;
}

interface Run {
  argv: string[];
  files: Record<string, Uint8Array>;
  stdin: Uint8Array;
  /** what exit 0 must have printed: XML, the domain model as JSON, or text (check, explain) */
  output: 'xml' | 'json' | 'text';
}

function build(s: Scenario): Run {
  const inputs = FIXTURES[s.fixture]!;
  const enc = new TextEncoder();
  const bytes: Uint8Array[] = inputs.map((f) => enc.encode(f.text));
  for (const m of s.mutations) {
    const i = m.file % inputs.length;
    const { name, text } = inputs[i]!;
    bytes[i] = name === 'env.txt' ? mutateEnv(text, m.env) : mutateYaml(text, m.yaml);
  }
  const files: Record<string, Uint8Array> = {};
  const flags: string[] = [];
  inputs.forEach((f, i) => {
    // any input but the VMI may be left out
    if (i > 0 && s.omit !== undefined && s.omit % inputs.length === i) return;
    files[`in/${f.name}`] = bytes[i]!;
    if (i > 0) flags.push(FLAGS[f.name]!, `in/${f.name}`);
  });
  const cmd = s.command;
  const output = cmd !== 'render' ? 'text' : s.form === 'json' ? 'json' : 'xml';
  switch (s.form) {
    case 'dir':
      return { argv: [cmd, 'in'], files, stdin: new Uint8Array(), output };
    case 'stdin':
      return { argv: [cmd, '-', ...flags], files, stdin: files['in/vmi.yaml']!, output };
    case 'json':
      return { argv: [cmd, 'in/vmi.yaml', ...flags, ...(cmd === 'render' ? ['--format', 'json'] : [])], files, stdin: new Uint8Array(), output };
    default:
      return { argv: [cmd, 'in/vmi.yaml', ...flags], files, stdin: new Uint8Array(), output };
  }
}

/** Why an XML text is not a well-formed <domain> document, or undefined. */
function notWellFormed(xml: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  let root: string | undefined;
  parser.on('error', (e) => void (error ??= e.message));
  parser.on('opentag', (t) => void (root ??= t.name));
  parser.write(xml).close();
  return error ?? (root === 'domain' ? undefined : `root element is ${String(root)}`);
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const POSITIONED_ERROR = /^(in\/[^:\n]+|<stdin>):\d+:\d+: error\[[A-Z0-9_]+\]: /m;

/** Checks one run's outcome against the property; throws with the reason, else returns the exit code. */
function check(r: Run): number {
  const json = r.output === 'json';
  const io = bytesIo(r.files, r.stdin);
  let code: number;
  try {
    code = run(r.argv, io);
  } catch (e) {
    throw new Error(`run() threw: ${(e as Error).stack ?? String(e)}`);
  }
  if (STACK_LINE.test(io.err) || STACK_LINE.test(io.out)) throw new Error(`a stack trace was printed:\n${io.err}`);
  if (/internal error/.test(io.err)) throw new Error(`an internal error was reported:\n${io.err}`);
  if (code === 0) {
    if (/error\[/.test(io.err)) throw new Error(`exit 0 with an error diagnostic:\n${io.err}`);
    if (json) {
      expect(JSON.parse(io.out)).to.have.property('name');
    } else if (r.output === 'xml') {
      const why = notWellFormed(io.out);
      if (why) throw new Error(`exit 0 but the XML is not well-formed (${why}):\n${io.out}`);
    }
  } else if (code === 1) {
    // explain still shows how far each interface got
    if (io.out !== '' && r.argv[0] !== 'explain') throw new Error('exit 1 but stdout was written');
    if (json) {
      const diags = (JSON.parse(io.err) as { diagnostics: { severity: string; file?: string; line?: number }[] }).diagnostics;
      if (!diags.some((d) => d.severity === 'error' && d.file && (d.line ?? 0) >= 1)) throw new Error(`exit 1 without a positioned error:\n${io.err}`);
    } else if (!POSITIONED_ERROR.test(io.err)) {
      throw new Error(`exit 1 without an error at file:line:col:\n${io.err}`);
    }
  } else {
    throw new Error(`exit code ${code}:\n${io.err}`);
  }
  return code;
}

describe('property: mutated inputs never crash the CLI', function () {
  this.timeout(300_000);

  it(`${RUNS} mutated inputs give XML or positioned diagnostics (seed ${SEED})`, () => {
    const outcomes = { rendered: 0, refused: 0 };
    fc.assert(
      fc.property(scenario, (s) => {
        const r = build(s);
        try {
          outcomes[check(r) === 0 ? 'rendered' : 'refused']++;
        } catch (e) {
          const dec = new TextDecoder();
          const files = Object.entries(r.files).map(([p, b]) => `--- ${p}\n${dec.decode(b.subarray(0, 3000))}`).join('\n');
          throw new Error(`${(e as Error).message}\nargv: ${r.argv.join(' ')}\n${files}`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // mutations that were all refused at the first byte would prove little: both outcomes must be common
    expect(outcomes.rendered, JSON.stringify(outcomes)).to.be.greaterThan(RUNS / 20);
    expect(outcomes.refused, JSON.stringify(outcomes)).to.be.greaterThan(RUNS / 4);
  });
});
