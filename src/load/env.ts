import type { Diagnostics, Position } from '../diagnostics/diagnostics.js';
import { positionAt, type Source } from '../source/source.js';

/** One variable of an env dump, with the line it came from. */
export interface EnvVar {
  key: string;
  value: string;
  /** the line's start */
  pos: Position;
  /** where the value starts, so positions inside it can be computed */
  valueOffset: number;
}

export interface EnvDump {
  src: Source;
  vars: Map<string, EnvVar>;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Reads what `kubectl exec POD -- env` prints: KEY=VALUE lines (the value may contain '=' and JSON).
 * `export K=V` and `declare -x K="V"` (bash's `export -p`) are accepted too; blank and # lines are
 * skipped. A later line for the same key wins, as in a shell.
 */
export function readEnv(src: Source, diags: Diagnostics): EnvDump {
  const vars = new Map<string, EnvVar>();
  const lines = src.text.split('\n');
  let offset = 0;
  for (const rawLine of lines) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    let start = lineStart + (line.length - trimmed.length);
    let body = trimmed;
    for (const prefix of ['declare -x ', 'export ']) {
      if (body.startsWith(prefix)) {
        start += prefix.length;
        body = body.slice(prefix.length);
        break;
      }
    }
    const eq = body.indexOf('=');
    const key = eq === -1 ? body : body.slice(0, eq);
    if (eq === -1 || !KEY.test(key)) {
      if (eq === -1 && KEY.test(key) && trimmed.startsWith('declare -x ')) continue; // declared without a value
      diags.error('ENV_SYNTAX', eq === -1 ? `env line is not KEY=VALUE: '${truncate(line)}'` : `'${truncate(key)}' is not an environment variable name`, positionAt(src, start, lineStart + line.length), {
        help: 'pass what `kubectl exec <launcher-pod> -- env` prints: one KEY=VALUE a line',
      });
      continue;
    }
    let value = body.slice(eq + 1);
    let valueOffset = start + eq + 1;
    const unq = unquote(value);
    if (unq !== undefined) {
      value = unq;
      valueOffset += 1;
    }
    vars.set(key, { key, value, pos: positionAt(src, start, lineStart + line.length), valueOffset });
  }
  return { src, vars };
}

/** Strips the double or single quotes `declare -x` and `export -p` put around values. */
function unquote(v: string): string | undefined {
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1);
  return undefined;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
