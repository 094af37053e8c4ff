// The project's fixture directories as conformance cases, read the way `vdpa-xml test` renders
// them: `render . <args>` inside the directory (or `render - <args>` fed stdin.yaml), with the
// CLI's own file conventions (src/cli/inputs.ts) so new kinds of input are picked up as they come.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findFixtures } from '../../src/cli/commands/test.js';
import { expandInputPaths, loadInputs, type InputPaths } from '../../src/cli/inputs.js';
import { nodeIo } from '../../src/cli/io.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { type Options } from '../../src/options.js';
import type { CaseInputs } from './generate.js';

function fixtureArgs(dir: string): string[] {
  const file = join(dir, 'args');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The value of every `--flag value` / `--flag=value` occurrence. */
function values(args: readonly string[], flag: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === flag && args[i + 1] !== undefined) out.push(args[++i]!);
    else if (a.startsWith(`${flag}=`)) out.push(a.slice(flag.length + 1));
  }
  return out;
}

/** The render options an args list sets (the CLI flags that change the domain). */
export function optionsFromArgs(args: readonly string[]): Partial<Options> {
  const o: Partial<Options> = {};
  const last = (flag: string): string | undefined => values(args, flag).pop();
  const hr = last('--hotplug-reserve');
  if (hr === 'kubevirt' || hr === 'none') o.hotplugReserve = hr;
  const mac = last('--mac');
  if (mac === 'stable' || mac === 'omit') o.mac = mac;
  const binding = last('--vdpa-binding');
  if (binding) o.vdpaBindingName = binding;
  const prefix = last('--resource-prefix');
  if (prefix) o.resourcePrefix = prefix;
  const version = last('--kubevirt-version');
  if (version) o.kubevirtVersion = version;
  const sidecar = last('--vdpa-sidecar');
  if (sidecar === 'kubevirt' || sidecar === 'vdpa-xml') o.vdpaSidecar = sidecar;
  const container = last('--sidecar-container');
  if (container) o.sidecarContainer = container;
  return o;
}

export function loadFixtures(root: string): CaseInputs[] {
  if (!existsSync(root)) return [];
  const out: CaseInputs[] = [];
  const io = nodeIo();
  // the fixture directories `vdpa-xml test` finds (nested ones included)
  for (const dir of findFixtures(io, root)) {
    const name = relative(root, dir).replace(/[/\\]/g, '-') || 'root';
    const files = readdirSync(dir);
    let args = fixtureArgs(dir);
    if (args[0] && !args[0].startsWith('-')) {
      // a fixture of another command (explain, diff...); `render` itself is fine
      if (args[0] !== 'render') continue;
      args = args.slice(1).filter((a) => a !== '.' && a !== '-');
    }
    const stdin = files.includes('stdin.yaml');
    if (!stdin && !files.some((f) => /^(vmi|vm)\.(ya?ml|json)$/.test(f))) continue;
    const rel = (p: string): string => join(dir, p);
    const paths: InputPaths = { input: stdin ? rel('stdin.yaml') : dir, nads: values(args, '--nad').map(rel) };
    const single = { env: '--env', networkStatus: '--network-status', devicePluginConfig: '--device-plugin-config', hostDevices: '--host-devices' } as const;
    for (const [key, flag] of Object.entries(single) as [keyof typeof single, string][]) {
      const v = values(args, flag).pop();
      if (v !== undefined) paths[key] = rel(v);
    }
    const diags = new Diagnostics();
    const expanded = expandInputPaths(io, paths, diags);
    const inputs = loadInputs(io, paths, diags);
    const c: CaseInputs = { name: `fixture-${name}`, vmiFile: 'vmi.yaml', vmi: '', nads: [], args, fixtureDir: dir };
    if (inputs) c.prebuilt = inputs;
    else c.loadError = diags.list.map((d) => d.message).join('; ') || 'cannot read the fixture';
    // the files, for a mismatch report
    for (const p of [expanded?.input, ...(expanded?.nads ?? []), expanded?.env, expanded?.networkStatus, expanded?.devicePluginConfig, expanded?.hostDevices]) {
      if (p && existsSync(p) && statSync(p).isFile()) c.files = { ...c.files, [p.slice(dir.length + 1) || p]: readFileSync(p, 'utf8') };
    }
    out.push(c);
  }
  return out;
}
