// The flags of bin/vdpa-xml-sidecar.js, read with node:util parseArgs rather than commander, so the
// sidecar's bundle carries no commander (about 120 KB of source the idle process would hold,
// docs/sidecar-server.md "Memory and latency"). The words are commander's, so the bin's --help and
// usage errors read as `vdpa-xml sidecar`'s do (test/sidecar/cli.test.ts, sidecar.test.ts).
import { parseArgs } from 'node:util';
import { editDistance } from '../load/kinds.js';
import { SIDECAR_DESCRIPTION, SIDECAR_FLAGS, sidecarHelpAfter, type SidecarFlags } from './commands/sidecar-flags.js';

export type SidecarArgs = { flags: SidecarFlags } | { out: string } | { usageError: string };

/** commander's help width when stdout is not a terminal */
const WIDTH = 80;

/** Greedy word wrap to `width` columns, later lines indented by `indent` spaces. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** commander's layout: the terms padded to the longest, the descriptions wrapped beside them (`vdpa-xml sidecar` has no --version of its own). */
export function sidecarHelp(usage: string, withVersion = true): string {
  const items: [string, string][] = [
    ...SIDECAR_FLAGS.map((f): [string, string] => [f.flag, `${f.description} (default: ${JSON.stringify(f.default)})`]),
    ...(withVersion ? [['-V, --version', 'output the version number'] as [string, string]] : []),
    ['-h, --help', 'display help for command'],
  ];
  const termWidth = Math.max(...items.map(([t]) => t.length));
  const indent = 2 + termWidth + 2;
  const options = items.map(([t, d]) => `  ${t.padEnd(termWidth + 2)}${wrap(d, WIDTH - indent, indent)}`);
  return `Usage: ${usage} [options]\n\n${wrap(SIDECAR_DESCRIPTION, WIDTH, 0)}\n\nOptions:\n${options.join('\n')}\n${sidecarHelpAfter(usage)}\n`;
}

/**
 * commander's hint for a mistyped long option: the nearest flag within 3 edits that shares more
 * than 40% of the longer name (its suggestSimilar), so `--sockt` reads as it did.
 */
function didYouMean(rawName: string, names: readonly string[]): string {
  if (!rawName.startsWith('--')) return '';
  const word = rawName.slice(2);
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(word, name);
    const length = Math.max(word.length, name.length);
    if ((length - d) / length > 0.4 && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best ? `\n(Did you mean --${best}?)` : '';
}

/** argv (after the script) to the flags, or what to print (--help, --version), or a usage error (commander's words). */
export function parseSidecarArgs(argv: readonly string[], usage: string, version: string): SidecarArgs {
  const specs = new Map(SIDECAR_FLAGS.map((f) => [f.flag.split(' ')[0]!.slice(2), f]));
  const options = Object.fromEntries([...specs.keys()].map((name) => [name, { type: 'string' as const }]));
  const { tokens } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: { ...options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } },
  });
  const flags = Object.fromEntries(SIDECAR_FLAGS.map((f) => [f.key, f.default])) as unknown as SidecarFlags;
  const positionals: string[] = [];
  // commander acts on --help and --version where it meets them, after the options before them
  for (const t of tokens) {
    if (t.kind === 'option-terminator') continue;
    if (t.kind === 'positional') {
      positionals.push(t.value);
      continue;
    }
    if (t.name === 'help') return { out: sidecarHelp(usage) };
    if (t.name === 'version') return { out: `${version}\n` };
    const spec = specs.get(t.name);
    if (!spec || !t.rawName.startsWith('--')) {
      const given = `${t.rawName}${t.inlineValue ? `=${t.value}` : ''}`;
      return { usageError: `error: unknown option '${given}'${didYouMean(given, [...specs.keys(), 'version', 'help'])}` };
    }
    if (t.value === undefined) return { usageError: `error: option '${spec.flag}' argument missing` };
    const why = spec.check?.(t.value);
    if (why) return { usageError: `error: option '${spec.flag}' argument '${t.value}' is invalid. ${why}` };
    flags[spec.key] = t.value;
  }
  if (positionals.length) return { usageError: `error: too many arguments. Expected 0 arguments but got ${positionals.length}.` };
  return { flags };
}
