import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../src/cli/io.js';
import { Diagnostics } from '../src/diagnostics/diagnostics.js';
import { makeSource } from '../src/source/source.js';
import { parseObjects } from '../src/source/documents.js';
import { readVmi } from '../src/load/vmi.js';
import type { Vmi } from '../src/model/vmi.js';

/** An in-memory CliIo: files by path, captured output, atomic writes recorded. */
export function memoryIo(files: Record<string, string>, stdin = ''): CliIo & { out: string; err: string; written: Record<string, string>; removed: string[] } {
  const io = {
    out: '',
    err: '',
    written: {} as Record<string, string>,
    removed: [] as string[],
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
    readFile(p: string): Uint8Array {
      const text = files[p];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    readStdin: () => new TextEncoder().encode(stdin),
    isDirectory: (p: string) => Object.keys(files).some((f) => f.startsWith(`${p}/`)),
    readLink: () => undefined,
    listDir: (p: string) => [...new Set(Object.keys(files).filter((f) => f.startsWith(`${p}/`)).map((f) => f.slice(p.length + 1).split('/')[0]!))].sort(),
    writeFileAtomic(p: string, t: string) {
      io.written[p] = t;
    },
    removeFile(p: string) {
      io.removed.push(p);
    },
    env: {} as Record<string, string | undefined>,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return io;
}

/** Reads the first VMI of a YAML text, with the diagnostics it produced. */
export function vmiFrom(yaml: string): { vmi: Vmi | undefined; diags: Diagnostics } {
  const diags = new Diagnostics();
  const objs = parseObjects(makeSource('vmi.yaml', yaml), diags);
  const vmi = objs[0] ? readVmi(objs[0], diags) : undefined;
  return { vmi, diags };
}

/** Diagnostics as `line:col code message` lines, the shape unit tests compare whole. */
export function brief(d: Diagnostics): string[] {
  return d.list.map((x) => `${x.pos ? `${x.pos.line}:${x.pos.col}` : '-'} ${x.severity} ${x.code} ${x.message}`);
}

/** Every file under dir whose name matches, sorted. */
export function filesMatching(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...filesMatching(p, name));
    else if (name.test(entry)) out.push(p);
  }
  return out;
}

/** Every YAML and JSON file under dir, sorted, for the readers' differential tests. */
export function yamlFiles(dir: string): string[] {
  return filesMatching(dir, /\.(ya?ml|json)$/);
}
