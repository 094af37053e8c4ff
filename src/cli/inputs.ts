import { join } from 'node:path';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { decodeSource, type Source } from '../source/source.js';
import type { InputTexts } from '../pipeline.js';
import type { CliIo } from './io.js';

/** What a fixture directory holds, by file name (README: "Input conventions"). */
export const FIXTURE_FILES = {
  vmi: ['vmi.yaml', 'vmi.yml', 'vmi.json', 'vm.yaml', 'vm.yml', 'vm.json'],
  nad: /^nad.*\.(ya?ml|json)$/,
  /** context objects: instancetypes, preferences, PVCs, DataVolumes, DataSources, VolumeSnapshots (-f) */
  file: /^(instancetype|preference|pvc|datavolume|datasource|volumesnapshot|context).*\.(ya?ml|json)$/,
  env: ['env.txt', 'env'],
  networkStatus: ['network-status.json', 'network-status.yaml', 'network-info', 'network-info.json', 'pod.yaml', 'pod.json'],
  devicePluginConfig: ['device-plugin-config.yaml', 'device-plugin-config.json'],
  hostDevices: ['host-devices.json'],
  kubevirtConfig: ['kubevirt.yaml', 'kubevirt.json'],
};

/** Inputs that are one optional file each, by their InputPaths key. */
const SINGLE_FILES = ['env', 'networkStatus', 'devicePluginConfig', 'hostDevices', 'kubevirtConfig'] as const;

export interface InputPaths {
  input: string;
  nads: string[];
  /** -f: context objects of any kind (instancetypes, preferences, PVCs, DataVolumes, NADs) */
  files?: string[];
  env?: string;
  networkStatus?: string;
  devicePluginConfig?: string;
  hostDevices?: string;
  kubevirtConfig?: string;
}

/** Reads one input (a path or - for stdin) into a Source, reporting a read failure as a diagnostic. */
export function readSource(io: CliIo, path: string, diags: Diagnostics): Source | undefined {
  let bytes: Uint8Array;
  const name = path === '-' ? '<stdin>' : path;
  try {
    bytes = path === '-' ? io.readStdin() : io.readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'it is a directory' : err.message;
    diags.error('READ_FAILED', `cannot read ${name}: ${why}`, undefined, { help: 'check the path' });
    return undefined;
  }
  return decodeSource(name, bytes, diags);
}

/** Expands a fixture directory into its files; explicit --nad and --env add to and override them. */
export function expandInputPaths(io: CliIo, paths: InputPaths, diags: Diagnostics): InputPaths | undefined {
  if (paths.input === '-' || !io.isDirectory(paths.input)) return paths;
  const dir = paths.input;
  const files = io.listDir(dir);
  const vmi = FIXTURE_FILES.vmi.find((f) => files.includes(f));
  if (!vmi) {
    diags.error('READ_FAILED', `directory ${dir} has no ${FIXTURE_FILES.vmi.join(' / ')}`, undefined, {
      help: 'a fixture directory holds vmi.yaml, nad*.yaml and env.txt (see README, "Input conventions")',
    });
    return undefined;
  }
  const out: InputPaths = {
    input: join(dir, vmi),
    nads: [...files.filter((f) => FIXTURE_FILES.nad.test(f)).map((f) => join(dir, f)), ...paths.nads],
    files: [...files.filter((f) => FIXTURE_FILES.file.test(f)).map((f) => join(dir, f)), ...(paths.files ?? [])],
  };
  for (const key of SINGLE_FILES) {
    const p = paths[key] ?? FIXTURE_FILES[key].map((f) => (files.includes(f) ? join(dir, f) : undefined)).find(Boolean);
    if (p) out[key] = p;
  }
  return out;
}

/** Reads every input named; undefined when any could not be read (diagnostics say why). */
export function loadInputs(io: CliIo, paths: InputPaths, diags: Diagnostics): InputTexts | undefined {
  const expanded = expandInputPaths(io, paths, diags);
  if (!expanded) return undefined;
  const main = readSource(io, expanded.input, diags);
  const nads = expanded.nads.map((p) => readSource(io, p, diags));
  const files = (expanded.files ?? []).map((p) => readSource(io, p, diags));
  const inputs: InputTexts = { main: main!, nads: nads as Source[], files: files as Source[] };
  let failed = !main || nads.some((n) => !n) || files.some((n) => !n);
  for (const key of SINGLE_FILES) {
    const p = expanded[key];
    if (p === undefined) continue;
    const src = readSource(io, p, diags);
    if (src) inputs[key] = src;
    else failed = true;
  }
  return failed ? undefined : inputs;
}

export function sourcesOf(inputs: InputTexts | undefined): Map<string, Source> {
  const m = new Map<string, Source>();
  if (!inputs) return m;
  for (const s of [inputs.main, ...inputs.nads, ...(inputs.files ?? []), ...SINGLE_FILES.map((k) => inputs[k])]) if (s) m.set(s.name, s);
  return m;
}
