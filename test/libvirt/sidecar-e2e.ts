// The vdpa-xml sidecar's acceptance test (issue 14), against the real libvirtd: the sidecar runs as
// a real process on a temporary socket, and this runner acts as virt-launcher (KubeVirt 1.9
// pkg/hooks/manager.go, virtwrap manager.go): Info with a 1 s deadline, v1alpha3 chosen over
// v1alpha2, then OnDefineDomain on every define of the launcher's placeholder sequence
// (launcher.ts launcherDefine), each domain sent as KubeVirt serializes it (tab-indented). The
// final `virsh dumpxml` must have the device addresses `vdpa-xml render --vdpa-sidecar vdpa-xml`
// prints, and the vDPA interfaces the source, MAC and queues it prints, for every fixture whose VMI
// uses the binding and for generated VMIs whose vDPA interfaces use `binding: {name: vdpa-xml}`.
// Also one bad input through the process: its gRPC error, and the sidecar serving on after it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { buildDomain, type InterfaceDecision } from '../../src/build/index.js';
import { launcherProfile } from '../../src/kubevirt/versions.js';
import { DEFAULT_OPTIONS, type Options } from '../../src/options.js';
import { runPipeline, type InputTexts } from '../../src/pipeline.js';
import { formatPciAddress } from '../../src/model/pci-address.js';
import { makeSource } from '../../src/source/source.js';
import { serializeDomain } from '../../src/xml/serialize.js';
import { call, connect, imageNodeFlags, startSidecar, SUPPORTED_VERSIONS, type HookClient, type Sidecar } from '../sidecar/harness.js';
import { deviceFacts, diffFacts } from './compare.js';
import { loadFixtures, optionsFromArgs } from './fixtures.js';
import { generateCases, type CaseInputs } from './generate.js';
import { launcherDefine } from './launcher.js';
import { cleanupStale, Libvirt, virshSync } from './virsh.js';
import { attr, child, elements, parseXml, type XmlElement } from './xml.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const GENERATED_BINDING = 'vdpa-xml';

function startLibvirt(): 'kvm' | 'qemu' | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const up = spawnSync('bash', [join(REPO, 'scripts/libvirt-up.sh')], { encoding: 'utf8' });
  if (up.status !== 0) return undefined;
  const caps = virshSync(['capabilities']);
  if (caps.code !== 0) return undefined;
  return /<domain type=['"]kvm['"]/.test(caps.stdout) ? 'kvm' : 'qemu';
}

/** A generated VMI with its vDPA interfaces moved to the binding plugin: `binding: {name: vdpa-xml}` (no model: the plugin writes virtio). */
function toBinding(c: CaseInputs): CaseInputs | undefined {
  const vmi = parseYaml(c.vmi) as Record<string, any>;
  const ifaces = (vmi.spec?.domain?.devices?.interfaces ?? []) as Record<string, unknown>[];
  let n = 0;
  for (const i of ifaces) {
    if (!('vdpa' in i)) continue;
    delete i.vdpa;
    delete i.model;
    i.binding = { name: GENERATED_BINDING };
    n++;
  }
  if (!n) return undefined;
  return { ...c, name: `${c.name}-binding`, vmi: stringify(vmi), args: ['--vdpa-binding', GENERATED_BINDING] };
}

/**
 * The launcher pod's network-info for the case: one entry per interface of the binding, from the
 * devices the pipeline resolved, with the pod interface's MAC when the case's inputs had one
 * (network-info carries it from KubeVirt 1.8).
 */
function networkInfo(decisions: readonly InterfaceDecision[], withMac: boolean): string {
  const interfaces = decisions
    .filter((d) => d.hook === 'vdpa-xml' && d.device?.path)
    .map((d) => ({
      network: d.name,
      deviceInfo: { type: 'vdpa', version: '1.1.0', vdpa: { driver: 'vhost', path: d.device!.path, 'pci-address': formatPciAddress(d.device!.hostAddress) } },
      ...(withMac && d.device!.podMac ? { mac: d.device!.podMac.value } : {}),
    }))
    .sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : 0));
  return JSON.stringify({ interfaces });
}

/** json.Marshal of the VMI as virt-launcher has it: no TypeMeta from a typed cache, status filled in. */
function vmiJson(yamlText: string): Buffer {
  const obj = parseYaml(yamlText) as Record<string, any>;
  // a VirtualMachine's launcher gets the VMI virt-controller made from its template
  const vmi: Record<string, any> =
    obj.kind === 'VirtualMachine'
      ? { metadata: { ...obj.metadata, annotations: obj.spec?.template?.metadata?.annotations }, spec: obj.spec?.template?.spec }
      : obj;
  delete vmi.kind;
  delete vmi.apiVersion;
  vmi.status = { phase: 'Scheduled', nodeName: 'node-0', qosClass: 'Burstable', interfaces: [], launcherContainerImageVersion: 'quay.io/kubevirt/virt-launcher:v1.9.0' };
  return Buffer.from(JSON.stringify(vmi));
}

/** The domain as KubeVirt sends it to a hook: xml.MarshalIndent(spec, "", "\t"). */
const tabs = (xml: string): string => xml.replace(/^( +)/gm, (m) => '\t'.repeat(m.length / 2));

/** What the guest NIC is made of, per vDPA interface alias: compared besides the addresses (no queues is libvirt's 1, which dumpxml leaves out). */
function vdpaNics(domain: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of elements(child(domain, 'devices')!, 'interface')) {
    if (attr(el, 'type') !== 'vdpa') continue;
    const alias = attr(child(el, 'alias') ?? { tag: '', attrs: [], children: [] }, 'name') ?? '?';
    const parts = [`source=${attr(child(el, 'source')!, 'dev')}`, `mac=${child(el, 'mac') ? attr(child(el, 'mac')!, 'address') : '-'}`, `queues=${(child(el, 'driver') && attr(child(el, 'driver')!, 'queues')) || '1'}`];
    out.set(alias, parts.join(' '));
  }
  return out;
}

interface Sidecars {
  /** `version`: the KubeVirt release the sidecar is told it serves (--kubevirt-version), default its own */
  get(binding: string, networkInfoPath: string, version?: string): Promise<{ sidecar: Sidecar; client: HookClient }>;
  stopAll(): Promise<void>;
}

/** One sidecar process per binding name and KubeVirt version, started as virt-launcher finds it: Info within 1 s, then the version it prefers. */
function sidecars(problems: string[]): Sidecars {
  const running = new Map<string, Promise<{ sidecar: Sidecar; client: HookClient }>>();
  return {
    get(binding, networkInfoPath, kubevirtVersion) {
      const key = `${binding} ${kubevirtVersion ?? ''}`;
      let s = running.get(key);
      if (!s) {
        s = (async () => {
          const release = kubevirtVersion ? ['--kubevirt-version', kubevirtVersion] : [];
          // as the image runs it: its ENTRYPOINT's V8 flags (deploy/sidecar/Containerfile)
          const sidecar = await startSidecar({ nodeFlags: imageNodeFlags(), args: ['--vdpa-binding', binding, '--network-info', networkInfoPath, ...release] });
          const info = await call(connect('info', sidecar.socket), 'Info', {}, 1000);
          if (info.err) throw new Error(`Info failed within 1 s: ${info.err.message}`);
          const version = SUPPORTED_VERSIONS.find((v) => (info.res.versions as string[]).includes(v));
          if (version !== 'v1alpha3') problems.push(`sidecar ${binding}: virt-launcher would choose ${version}, not v1alpha3`);
          return { sidecar, client: connect('v1alpha3', sidecar.socket) };
        })();
        running.set(key, s);
      }
      return s;
    },
    async stopAll() {
      for (const s of running.values()) {
        const { sidecar, client } = await s;
        await call(client, 'Shutdown', {});
        const exit = await sidecar.exited;
        if (exit.code !== 0) problems.push(`a sidecar exited ${exit.code} after Shutdown: ${sidecar.stderr().slice(-500)}`);
        sidecar.cleanup();
      }
    },
  };
}

interface Outcome {
  name: string;
  problems: string[];
  calls: number;
}

/**
 * The launchers each case is driven as: 1.9 (v3: placeholders for fewer than 4 interfaces, extra
 * root ports), 1.7.0 (v2: max(8 - ports in use, 3) placeholders, so the vDPA NICs land before
 * many) and 1.5 (v1: 4 - interfaces placeholders).
 */
const VERSIONS = ['1.9', '1.7.0', '1.5'];

async function runCase(lv: Libvirt, side: Sidecars, work: string, c: CaseInputs): Promise<Outcome | undefined> {
  const inputs: InputTexts = c.prebuilt ?? {
    main: makeSource(c.vmiFile, c.vmi),
    nads: c.nads.map((n) => makeSource(n.file, n.text)),
    ...(c.env !== undefined ? { env: makeSource('env.txt', c.env) } : {}),
  };
  const out: Outcome = { name: c.name, problems: [], calls: 0 };
  for (const version of VERSIONS) {
    const opts: Options = { ...DEFAULT_OPTIONS, ...optionsFromArgs(c.args), vdpaSidecar: 'vdpa-xml', hotplugReserve: 'kubevirt', kubevirtVersion: version };
    const ours = runPipeline(inputs, opts);
    if (!ours.decisions.some((d) => d.hook === 'vdpa-xml' && !d.absent)) return undefined;
    if (!ours.domain) {
      // refused by the model (slots exhausted...): not a case for the sidecar
      if (version === VERSIONS[0]) return { ...out, problems: [`skip: vdpa-xml refuses the VMI (${ours.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).join(', ')})`] };
      continue;
    }
    const niPath = join(work, `network-info-${opts.vdpaBindingName}`);
    writeFileSync(niPath, networkInfo(ours.decisions, launcherProfile(version)!.networkInfoMac));
    const { client } = await side.get(opts.vdpaBindingName, niPath, version);
    const vmiBytes = vmiJson(inputs.main.text);
    const converter = buildDomain(ours.loaded.vmi!, ours.decisions).domain;
    const profile = launcherProfile(version)!;
    const run = await launcherDefine(lv, `sc-${c.name}`, converter, ours.loaded.vmi!, profile, async (xml) => {
      out.calls++;
      const r = await call(client, 'OnDefineDomain', { domainXML: Buffer.from(tabs(xml)), vmi: vmiBytes });
      return r.err ? { error: `${r.err.code} ${r.err.details}` } : { xml: (r.res.domainXML as Buffer).toString('utf8') };
    });
    const label = `KubeVirt ${profile.name} (${run.plan.placeholders} placeholders, ${run.plan.extraPorts} extra ports)`;
    if (!run.result.xml) {
      out.problems.push(`${label}: libvirt or the sidecar refused a define: ${run.result.error}`);
      continue;
    }
    const final = parseXml(run.result.xml);
    const expected = parseXml(serializeDomain(ours.domain));
    const diff = diffFacts(deviceFacts(expected), deviceFacts(final), { order: true });
    const [want, got] = [vdpaNics(expected), vdpaNics(final)];
    for (const [alias, w] of want) if (got.get(alias) !== w) diff.push(`  interface ${alias}: ours ${w} | libvirt ${got.get(alias) ?? 'missing'}`);
    for (const alias of got.keys()) if (!want.has(alias)) diff.push(`  interface ${alias}: libvirt has a vDPA NIC we do not`);
    if (diff.length) out.problems.push(`${label}:`, ...diff);
  }
  return out;
}

/** A bad input through the real process: the gRPC error virt-launcher would log, and the next call served. */
async function badInput(side: Sidecars, work: string, problems: string[]): Promise<void> {
  const niPath = join(work, 'network-info-vdpa');
  const { client } = await side.get('vdpa', niPath);
  writeFileSync(niPath, '');
  const r = await call(client, 'OnDefineDomain', { domainXML: Buffer.from('<domain type="kvm"><devices></devices></domain>'), vmi: Buffer.from('{"kind":"VirtualMachineInstance"}') });
  const want = `network-info is not filled in yet: virt-controller writes it once the pod is Ready; virt-handler retries (${niPath} is empty)`;
  if (r.err?.code !== 9 || r.err.details !== want) problems.push(`empty network-info: expected FAILED_PRECONDITION "${want}", got ${r.err?.code} ${r.err?.details}`);
  const info = await call(connect('info', (await side.get('vdpa', niPath)).sidecar.socket), 'Info', {}, 1000);
  if (info.err) problems.push(`the sidecar stopped serving after an error: ${info.err.message}`);
  else console.log(`bad input: the sidecar answered FAILED_PRECONDITION "${r.err?.details}" and kept serving`);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--generated');
  const count = at >= 0 ? Number(process.argv[at + 1]) : Infinity;
  const domainType = startLibvirt();
  if (!domainType) {
    if (process.env.CI === 'true' || process.env.CI === '1') {
      console.error('sidecar e2e: FAILED: no libvirtd (run as root with libvirt installed; see npm run test:libvirt)');
      process.exit(1);
    }
    console.log('sidecar e2e: skipped (no libvirtd: not root, or libvirt not installed)');
    process.exit(0);
  }
  process.chdir(REPO);
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'vdpa-xml-sidecar-e2e-'));
  cleanupStale();
  const lv = new Libvirt(join(work, 'libvirt'), domainType);
  const global: string[] = [];
  const side = sidecars(global);
  const fixtures = loadFixtures(join(REPO, 'fixtures')).filter((c) => c.prebuilt && /binding:\s*\n?\s*name:/.test(c.prebuilt.main.text));
  const generated: CaseInputs[] = [];
  for (const c of generateCases(400, 20261201)) {
    if (generated.length >= count) break;
    const b = toBinding(c);
    if (b) generated.push(b);
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let calls = 0;
  let fixturesChecked = 0;
  for (const c of [...fixtures, ...generated]) {
    const o = await runCase(lv, side, work, c);
    if (!o) continue;
    if (o.problems[0]?.startsWith('skip:')) {
      skipped++;
      continue;
    }
    calls += o.calls;
    if (o.problems.length) {
      failed++;
      console.log(`MISMATCH ${o.name}:\n${o.problems.join('\n')}`);
    } else {
      passed++;
      if (c.fixtureDir) fixturesChecked++;
    }
  }
  await badInput(side, work, global);
  await side.stopAll();
  rmSync(work, { recursive: true, force: true });
  for (const p of global) console.log(`PROBLEM ${p}`);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `sidecar e2e: ${passed}/${passed + failed} identical to render --vdpa-sidecar vdpa-xml (${fixturesChecked} fixtures, ${passed + failed - fixturesChecked} generated` +
      `${skipped ? `; ${skipped} refused by vdpa-xml, skipped` : ''}; ${calls} OnDefineDomain calls to the real sidecar; ${secs}s)`,
  );
  process.exit(failed || global.length || passed < 50 ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(`sidecar e2e: runner crashed: ${(e as Error).stack ?? String(e)}`);
  process.exit(2);
});
