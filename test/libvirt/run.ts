// npm run test:libvirt: proves that the PCI (and drive, virtio-serial) addresses vdpa-xml prints
// are exactly the ones libvirt 9.0 assigns, against a private libvirtd (facts.md §5-§6, issue #3).
//
// For every fixture that renders and for generated VMIs (seeded, deterministic):
//  a. `virsh define` accepts our XML as it is (rendered by default and with --hotplug-reserve none);
//  b. `dumpxml --inactive` keeps every address we wrote and adds no address-bearing device;
//  c. the converter's domain (before any address, user pciAddress kept) defined alone gets from
//     libvirt exactly the addresses we print with --hotplug-reserve none;
//  d. the converter's domain driven the way virt-launcher drives libvirt for NIC hotplug ends with
//     exactly the addresses we print by default.
// Every fixture's XML also passes `virt-xml-validate FILE domain`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDomain } from '../../src/build/index.js';
import { makeSource } from '../../src/source/source.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import type { Domain } from '../../src/model/domain.js';
import { runPipeline, type InputTexts, type PipelineResult } from '../../src/pipeline.js';
import { DEFAULT_OPTIONS, type Options } from '../../src/options.js';
import { serializeDomain } from '../../src/xml/serialize.js';
import { deviceFacts, diffFacts } from './compare.js';
import { loadFixtures, optionsFromArgs } from './fixtures.js';
import { generateCases, type CaseInputs } from './generate.js';
import { launcherDefine, rootComplexXml } from './launcher.js';
import { modelHook } from './model-hook.js';
import { launcherProfile, type LauncherProfile } from '../../src/kubevirt/versions.js';
import { cleanupStale, forLibvirt90, Libvirt, virshSync, type DefineResult } from './virsh.js';
import { parseXml } from './xml.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PLACEMENT_CODES = new Set(['PCI_SLOTS_EXHAUSTED', 'PCI_ADDRESS_CONFLICT', 'LAUNCHER_REFUSES']);

interface Flags {
  seed: number;
  count: number;
  jobs: number;
  only?: string;
  fixturesOnly: boolean;
  out: string;
}

function parseFlags(argv: string[]): Flags {
  const f: Flags = { seed: 20260611, count: 320, jobs: Math.max(2, Math.min(6, cpus().length * 2)), fixturesOnly: false, out: join(REPO, '.libvirt-mismatches') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = (): string => argv[++i] ?? '';
    if (a === '--seed') f.seed = Number(v());
    else if (a === '--count') f.count = Number(v());
    else if (a === '--jobs') f.jobs = Math.max(1, Number(v()));
    else if (a === '--only') f.only = v();
    else if (a === '--fixtures-only') f.fixturesOnly = true;
    else if (a === '--out') f.out = resolve(v());
    else if (a === '--help' || a === '-h') {
      console.log('usage: node dist/test/libvirt/run.js [--seed N] [--count N] [--jobs N] [--only NAME] [--fixtures-only] [--out DIR]');
      process.exit(0);
    }
  }
  return f;
}

const SETUP_HELP = `To run it locally (Debian 12, as root, e.g. in a container):
  apt-get install -y libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-system-arm qemu-system-misc libxml2-utils
  sudo npm run test:libvirt        # starts a private libvirtd with scripts/libvirt-up.sh
  scripts/libvirt-down.sh          # stops the libvirtd the runner started`;

function have(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

/** Refuses (CI) or skips (locally) when libvirt cannot be used here. */
function unavailable(why: string): never {
  if (process.env.CI === 'true' || process.env.CI === '1') {
    console.error(`libvirt conformance: FAILED: ${why} (CI is set, so a libvirt that cannot start is a failure)`);
    console.error(SETUP_HELP);
    process.exit(1);
  }
  console.log(SETUP_HELP);
  console.log(`libvirt conformance: skipped (${why})`);
  process.exit(0);
}

function startLibvirt(): 'kvm' | 'qemu' {
  if (process.getuid?.() !== 0) unavailable('not root: a private libvirtd must run as root');
  for (const cmd of ['virsh', 'libvirtd']) if (!have(cmd)) unavailable(`${cmd} is not installed`);
  const up = spawnSync('bash', [join(REPO, 'scripts/libvirt-up.sh')], { encoding: 'utf8' });
  if (up.status !== 0) unavailable(`scripts/libvirt-up.sh failed: ${(up.stderr || up.stdout).trim().split('\n').slice(-3).join(' / ')}`);
  const said = up.stdout.trim().split('\n').pop();
  if (said) console.log(said);
  const caps = virshSync(['capabilities']);
  if (caps.code !== 0) unavailable(`virsh cannot reach libvirtd: ${caps.stderr.trim()}`);
  // without /dev/kvm libvirt has no kvm domain type; define as qemu then (only the <domain type> changes)
  return /<domain type=['"]kvm['"]/.test(caps.stdout) ? 'kvm' : 'qemu';
}

interface Rendered {
  inputs: InputTexts;
  opts: Options;
  own: PipelineResult;
  kubevirt: PipelineResult;
  none: PipelineResult;
  /** the other launcher versions the case is driven as (generated cases): their renderings */
  versions: { profile: LauncherProfile; result: PipelineResult }[];
}

/**
 * The launcher versions every generated VMI is also driven as, one per distinct behaviour (the
 * default, 1.9, is the case's own): v1, v2, v3 without the machine gate, and main's read-back.
 */
const OTHER_VERSIONS = ['1.5', '1.7.0', '1.8.0', 'main'];

function render(c: CaseInputs): Rendered {
  const inputs: InputTexts = c.prebuilt ?? {
    main: makeSource(c.vmiFile, c.vmi),
    nads: c.nads.map((n) => makeSource(n.file, n.text)),
    ...(c.env !== undefined ? { env: makeSource('env.txt', c.env) } : {}),
  };
  const opts: Options = { ...DEFAULT_OPTIONS, ...optionsFromArgs(c.args) };
  return {
    inputs,
    opts,
    own: runPipeline(inputs, opts),
    kubevirt: runPipeline(inputs, { ...opts, hotplugReserve: 'kubevirt' }),
    none: runPipeline(inputs, { ...opts, hotplugReserve: 'none' }),
    versions: c.fixtureDir
      ? []
      : OTHER_VERSIONS.map((v) => ({ profile: launcherProfile(v)!, result: runPipeline(inputs, { ...opts, hotplugReserve: 'kubevirt', kubevirtVersion: v }) })),
  };
}

/** The domain KubeVirt's converter hands virt-launcher: built, no address but the user's. */
function converterDomain(r: Rendered): Domain {
  const env = r.kubevirt.loaded.env;
  const cr = r.kubevirt.loaded.kubevirtConfig;
  return buildDomain(r.kubevirt.loaded.vmi!, r.kubevirt.decisions, { opts: r.opts, diags: new Diagnostics(), ...(env ? { env } : {}), ...(cr ? { kubevirtConfig: cr } : {}) }).domain;
}

const errorsOf = (r: PipelineResult) => r.diagnostics.filter((d) => d.severity === 'error');

interface CaseResult {
  name: string;
  status: 'identical' | 'refused-by-both' | 'skipped' | 'failed';
  note?: string;
  problems: string[];
  artifacts: Record<string, string>;
}

async function runCase(lv: Libvirt, c: CaseInputs): Promise<CaseResult> {
  const res: CaseResult = { name: c.name, status: 'identical', problems: [], artifacts: {} };
  const art = res.artifacts;
  if (c.fixtureDir) {
    for (const [f, text] of Object.entries(c.files ?? {})) art[`input-${f.replace(/[/\\]/g, '_')}`] = text;
    art['fixture.txt'] = `${c.fixtureDir}\n`;
  } else {
    art[c.vmiFile] = c.vmi;
    for (const n of c.nads) art[n.file] = n.text;
    if (c.env !== undefined) art['env.txt'] = c.env;
  }
  if (c.args.length) art.args = `${c.args.join(' ')}\n`;
  if (c.loadError) {
    if (existsSync(join(c.fixtureDir!, 'expected.xml'))) return { ...res, status: 'failed', problems: [`the fixture cannot be read: ${c.loadError}`] };
    return { ...res, status: 'skipped', note: `expects an error (${c.loadError})` };
  }
  let r: Rendered;
  try {
    r = render(c);
  } catch (e) {
    return { ...res, status: 'failed', problems: [`render threw: ${(e as Error).stack ?? e}`] };
  }
  const nonPlacement = errorsOf(r.own).filter((d) => !PLACEMENT_CODES.has(d.code));
  if (!r.own.domain && nonPlacement.length) {
    if (c.fixtureDir) {
      // a fixture that expects XML must render here too, or the runner would hide it
      if (existsSync(join(c.fixtureDir, 'expected.xml'))) {
        return { ...res, status: 'failed', problems: [`the fixture expects XML but renders an error here: ${nonPlacement.map((d) => `${d.code} ${d.message}`).join('; ')}`] };
      }
      return { ...res, status: 'skipped', note: `expects an error (${nonPlacement[0]!.code})` };
    }
    return { ...res, status: 'failed', problems: [`the generated VMI does not render: ${nonPlacement.map((d) => `${d.code} ${d.message}`).join('; ')}`] };
  }
  const converter = converterDomain(r);
  const plainConverterXml = serializeDomain(converter);
  // the converter places every device on pcie.0 itself with placePCIDevicesOnRootComplex
  // (not on s390x, whose arch converter has no SupportPCIePlacement)
  const rootComplex = r.kubevirt.loaded.vmi!.annotations.get('kubevirt.io/placePCIDevicesOnRootComplex')?.value === 'true' && converter.arch !== 's390x';
  const converterXml = rootComplex ? rootComplexXml(plainConverterXml) : plainConverterXml;
  art['converter.xml'] = converterXml ?? plainConverterXml;
  const noneXml = r.none.domain ? serializeDomain(r.none.domain) : undefined;
  if (noneXml) art['ours-hotplug-none.xml'] = noneXml;
  const kvXml = r.kubevirt.domain ? serializeDomain(r.kubevirt.domain) : undefined;
  if (kvXml) art['ours-hotplug-kubevirt.xml'] = kvXml;

  // a and b for both renderings (the default, and --hotplug-reserve none), c's converter domain
  const ours = [
    { label: 'default', xml: kvXml },
    { label: '--hotplug-reserve none', xml: noneXml },
  ].filter((o): o is { label: string; xml: string } => o.xml !== undefined);
  // a binding plugin's interfaces: its hook sidecar adds them to every define (c's single one too)
  const cHook = modelHook(r.none);
  const hookedC = cHook && converterXml !== undefined ? await cHook(converterXml, 'c') : undefined;
  const cXml = hookedC && 'xml' in hookedC ? hookedC.xml : (converterXml ?? plainConverterXml);
  if (hookedC && 'xml' in hookedC) art['converter-hooked.xml'] = hookedC.xml;
  if (hookedC && 'error' in hookedC) res.problems.push(`c: the hook refuses the converter's domain: ${hookedC.error}`);
  const results = await lv.defineAll([{ xml: cXml, name: `${c.name}-c` }, ...ours.map((o, i) => ({ xml: o.xml, name: `${c.name}-ab${i}` }))]);
  const cRes: DefineResult = converterXml === undefined ? { error: 'the converter: No space left on the root PCI bus.' } : results[0]!;
  if (cRes.xml) art['libvirt-c.xml'] = cRes.xml;
  ours.forEach((o, i) => {
    const ab = results[i + 1]!;
    if (ab.xml) art[`libvirt-ab-${o.label === 'default' ? 'default' : 'hotplug-none'}.xml`] = ab.xml;
    if (!ab.xml) {
      res.problems.push(`a (${o.label}): virsh define refuses our XML: ${ab.error}`);
      return;
    }
    // controller order is not compared here: libvirt's parser files controllers by type, while
    // those libvirt adds are appended, so libvirt's own dumpxml is not stable under a new define;
    // c and d compare the order libvirt ends with
    const d = diffFacts(deviceFacts(parseXml(o.xml)), deviceFacts(parseXml(ab.xml)), { order: false });
    if (d.length) res.problems.push(`b (${o.label}): dumpxml --inactive differs from what we wrote:`, ...d);
  });
  // c
  compareMode(res, 'c (--hotplug-reserve none)', r.none, noneXml, cRes);
  // d
  const own = launcherProfile(r.opts.kubevirtVersion)!;
  for (const v of [{ profile: own, result: r.kubevirt }, ...r.versions]) {
    const run = await launcherDefine(lv, c.name, converter, r.kubevirt.loaded.vmi!, v.profile, modelHook(v.result));
    run.passes.forEach((p, i) => {
      art[`launcher-${v.profile.name}-${i + 1}-${p.label}-input.xml`] = p.input;
      if (p.result.xml) art[`launcher-${v.profile.name}-${i + 1}-${p.label}-libvirt.xml`] = p.result.xml;
    });
    const xml = v.result.domain ? serializeDomain(v.result.domain) : undefined;
    if (xml && v.result !== r.kubevirt) {
      art[`ours-${v.profile.name}.xml`] = xml;
      // a: libvirt takes this version's output as it is too
      const mine = await lv.define(xml, `${c.name}-${v.profile.name}-a`);
      if (!mine.xml) res.problems.push(`a (--kubevirt-version ${v.profile.name}): virsh define refuses our XML: ${mine.error}`);
    }
    compareMode(res, `d (KubeVirt ${v.profile.name} virt-launcher: ${run.plan.placeholders} placeholders, ${run.plan.extraPorts} extra ports)`, v.result, xml, run.result);
  }

  if (res.problems.length) res.status = 'failed';
  else if (!r.own.domain) {
    res.status = 'refused-by-both';
    res.note = errorsOf(r.own)[0]?.message;
  }
  return res;
}

function compareMode(res: CaseResult, label: string, ours: PipelineResult, oursXml: string | undefined, lv: DefineResult): void {
  if (!oursXml) {
    const why = errorsOf(ours).map((d) => d.message).join('; ');
    if (lv.xml) res.problems.push(`${label}: we refuse the VMI (${why}) but libvirt assigns addresses`);
    return;
  }
  if (!lv.xml) {
    res.problems.push(`${label}: libvirt refuses the domain: ${lv.error}`);
    return;
  }
  const d = diffFacts(deviceFacts(parseXml(oursXml)), deviceFacts(parseXml(lv.xml)), { order: true });
  if (d.length) res.problems.push(`${label}: libvirt assigns other addresses:`, ...d);
}

function saveMismatch(out: string, res: CaseResult): string {
  const dir = join(out, res.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(res.artifacts)) writeFileSync(join(dir, f), text);
  writeFileSync(join(dir, 'diff.txt'), `${res.problems.join('\n')}\n`);
  return dir;
}

async function pool<T, R>(items: T[], jobs: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

function validateFixtures(cases: CaseInputs[], work: string): { checked: number; failures: string[]; accommodated: { name: string; what: string; quiet: boolean }[] } {
  const failures: string[] = [];
  const accommodated: { name: string; what: string; quiet: boolean }[] = [];
  let checked = 0;
  const haveValidator = have('virt-xml-validate');
  for (const c of cases) {
    let r: Rendered;
    try {
      r = render(c);
    } catch (e) {
      failures.push(`${c.name}: render threw: ${(e as Error).message}`);
      continue;
    }
    if (!r.own.domain) continue;
    if (!haveValidator) {
      failures.push(`${c.name}: virt-xml-validate is not installed (apt-get install libvirt-clients libxml2-utils)`);
      break;
    }
    checked++;
    const file = join(work, `${c.name}-validate.xml`);
    // what libvirt 9.0 refuses is left out, and said (the same is left out before defining: virsh.ts)
    const { xml, applied } = forLibvirt90(serializeDomain(r.own.domain));
    for (const a of applied) accommodated.push({ name: c.name, ...a });
    writeFileSync(file, xml);
    const v = spawnSync('virt-xml-validate', [file, 'domain'], { encoding: 'utf8' });
    if (v.status !== 0) failures.push(`${c.name}: virt-xml-validate: ${(v.stderr || v.stdout).trim().split('\n').slice(0, 4).join(' / ')}`);
  }
  return { checked, failures, accommodated };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const domainType = startLibvirt();
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'vdpa-xml-libvirt-'));
  cleanupStale();
  const lv = new Libvirt(work, domainType);
  if (domainType === 'qemu') console.log('note: this host has no /dev/kvm, so domains are defined with <domain type=\'qemu\'> (addresses do not depend on it)');

  const fixtures = loadFixtures(join(REPO, 'fixtures'));
  let cases = [...fixtures, ...(flags.fixturesOnly ? [] : generateCases(flags.count, flags.seed))];
  if (flags.only) cases = cases.filter((c) => c.name.includes(flags.only!));

  const results = await pool(cases, flags.jobs, (c) => runCase(lv, c));
  let failed = 0;
  let identical = 0;
  let refused = 0;
  let fixturesChecked = 0;
  const skipped: string[] = [];
  rmSync(flags.out, { recursive: true, force: true });
  results.forEach((res, i) => {
    const isFixture = cases[i]!.fixtureDir !== undefined;
    if (res.status === 'skipped') {
      skipped.push(res.name);
      return;
    }
    if (isFixture) fixturesChecked++;
    if (res.status === 'identical') identical++;
    else if (res.status === 'refused-by-both') {
      identical++;
      refused++;
    } else {
      failed++;
      const dir = saveMismatch(flags.out, res);
      console.log(`MISMATCH ${res.name}: ${res.problems[0]}${res.problems.length > 1 ? ` (+${res.problems.length - 1} more lines, see ${dir}/diff.txt)` : ''}`);
    }
  });
  const validation = validateFixtures(cases.filter((c) => c.fixtureDir !== undefined), work);
  for (const f of validation.failures) console.log(`INVALID ${f}`);
  for (const a of validation.accommodated) if (!a.quiet) console.log(`left out for libvirt 9.0 in ${a.name}: ${a.what}; the rest is checked`);
  rmSync(work, { recursive: true, force: true });

  const checked = identical + failed;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (skipped.length) console.log(`skipped ${skipped.length} fixtures whose expected output is an error${skipped.length <= 5 ? `: ${skipped.join(', ')}` : ''}`);
  console.log(`virt-xml-validate: ${validation.checked - validation.failures.length}/${validation.checked} fixture domains valid`);
  const kinds = new Map<string, number>();
  for (const a of validation.accommodated) kinds.set(a.what, (kinds.get(a.what) ?? 0) + 1);
  for (const [what, n] of kinds) console.log(`left out for libvirt 9.0 in ${n} fixture domain${n === 1 ? '' : 's'}: ${what}`);
  console.log(
    `libvirt conformance: ${identical}/${checked} identical (${fixturesChecked} fixtures, ${checked - fixturesChecked} generated with seed ${flags.seed}` +
      `${refused ? `; ${refused} refused by both` : ''}; ${domainType === 'qemu' ? "defined as type 'qemu'; " : ''}${secs}s)`,
  );
  if (failed) console.log(`mismatching cases saved under ${flags.out}`);
  process.exit(failed || validation.failures.length ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(`libvirt conformance: runner crashed: ${(e as Error).stack ?? String(e)}`);
  process.exit(2);
});
