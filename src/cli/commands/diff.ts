import { Diagnostics } from '../../diagnostics/diagnostics.js';
import { diffDomains, parseXml, type XmlNode } from '../../diff/index.js';
import { diffJson, formatDiffText } from '../../diff/format.js';
import { positionAt, type Source } from '../../source/source.js';
import { type Options } from '../../options.js';
import { launcherOf } from '../../kubevirt/versions.js';
import { serializeDomain } from '../../xml/serialize.js';
import { diagnosticsJson } from '../format-diagnostics.js';
import { readSource, type InputPaths } from '../inputs.js';
import type { CliIo } from '../io.js';
import { hasErrors, printDiagnostics, translate, type OutputFormat } from '../translate.js';

export interface DiffFlags {
  against: string;
  ignore: string[];
  strict: boolean;
  format: OutputFormat;
}

/** Exit codes of diff, as diff(1) has them: 2 when the two could not be compared at all. */
export const DIFF_EXIT = { SAME: 0, DIFFERENT: 1, TROUBLE: 2 } as const;

/** The --against file as a tree, or undefined with a diagnostic at the place it went wrong. */
function readTheirs(src: Source, diags: Diagnostics): XmlNode | undefined {
  const parsed = parseXml(src.text);
  if ('problem' in parsed) {
    const p = parsed.problem;
    const offset = (src.lineStarts[p.line - 1] ?? 0) + p.col - 1;
    diags.error('XML_SYNTAX', `${src.name} is not well-formed XML: ${p.message}`, positionAt(src, offset), {
      help: 'pass what `virsh dumpxml <domain>` prints (virsh -c qemu:///system dumpxml, or inside the launcher pod: virsh dumpxml)',
    });
    return undefined;
  }
  if (parsed.root.name !== 'domain') {
    const r = parsed.root;
    diags.error('NOT_A_DOMAIN', `${src.name} holds <${r.name}>, not a libvirt <domain>`, positionAt(src, (src.lineStarts[r.line - 1] ?? 0) + r.col - 1), {
      help: 'pass what `virsh dumpxml <domain>` prints',
    });
    return undefined;
  }
  return parsed.root;
}

/** One release per distinct launcher behaviour (src/kubevirt/versions.ts): v1, v2, v3 without the machine gate, v3, main. */
const REPRESENTATIVE_VERSIONS = ['1.5', '1.7.0', '1.8.0', '1.9', 'main'];

/**
 * The other launcher versions under which our domain has no difference from theirs: when the only
 * differences are the reservation's, the user is debugging another release's launcher.
 */
function versionsThatMatch(io: CliIo, paths: InputPaths, opts: Options, theirs: XmlNode, flags: DiffFlags): string[] {
  const mine = launcherOf(opts).release;
  const out: string[] = [];
  for (const v of REPRESENTATIVE_VERSIONS) {
    if (launcherOf({ kubevirtVersion: v }).release === mine) continue;
    const domain = translate(io, paths, { ...opts, kubevirtVersion: v }).result?.domain;
    if (!domain) continue;
    const ours = parseXml(serializeDomain(domain));
    if ('problem' in ours) continue;
    if (diffDomains(ours.root, theirs, { ignore: flags.ignore, strict: flags.strict }).shown.length === 0) out.push(v);
  }
  return out;
}

/**
 * diff: renders the inputs and compares the domain with --against by meaning. Exit 0 when the same,
 * 1 when they differ, 2 when they could not be compared (an input problem; usage errors too).
 */
export function diffCommand(io: CliIo, paths: InputPaths, opts: Options, flags: DiffFlags): number {
  const t = translate(io, paths, opts);
  const theirsDiags = new Diagnostics();
  const src = readSource(io, flags.against, theirsDiags);
  const theirs = src ? readTheirs(src, theirsDiags) : undefined;
  t.diagnostics.push(...theirsDiags.list);
  if (src) t.sources.set(src.name, src);
  const domain = t.result?.domain;
  if (!domain || !theirs || hasErrors(t.diagnostics)) {
    if (flags.format === 'json') io.stdout(`${JSON.stringify({ same: null, diagnostics: diagnosticsJson(t.diagnostics) }, null, 2)}\n`);
    else printDiagnostics(io, t, 'text');
    return DIFF_EXIT.TROUBLE;
  }
  const ours = parseXml(serializeDomain(domain));
  if ('problem' in ours) throw new Error(`bug: our own XML does not parse: ${ours.problem.message}`);
  const report = diffDomains(ours.root, theirs, { ignore: flags.ignore, strict: flags.strict });
  const matching = report.shown.length ? versionsThatMatch(io, paths, opts, theirs, flags) : [];
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify({ ...diffJson(report), matchingKubevirtVersions: matching, diagnostics: diagnosticsJson(t.diagnostics) }, null, 2)}\n`);
  } else {
    printDiagnostics(io, t, 'text');
    io.stdout(formatDiffText(report, src!.name));
    if (matching.length) {
      io.stdout(
        `note: rendered as the KubeVirt ${matching.join(' or ')} virt-launcher, the domain matches ${src!.name}: ` +
          `the launcher's NIC-hotplug reservation differs between releases; try --kubevirt-version ${matching[0]}\n`,
      );
    }
  }
  return report.shown.length ? DIFF_EXIT.DIFFERENT : DIFF_EXIT.SAME;
}
