import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { parseRoots } from './documents.js';
import { positionAt, type Source } from './source.js';
import type { YNode } from './ynode.js';

/**
 * The one YAML/JSON document of an input that holds a single value (a network-status file, a
 * device-plugin config, a host inventory). An empty input, a null one or a second document is reported.
 */
export function parseSingleRoot(src: Source, what: string, diags: Diagnostics): YNode | undefined {
  const before = diags.errorCount;
  const roots = parseRoots(src, diags);
  // a document that is only `null` (or `~`) holds nothing either; readers would skip it silently
  if (roots.length === 0 || (roots.length === 1 && roots[0]!.isNull)) {
    if (diags.errorCount === before) {
      diags.error('MISSING_FIELD', `${what} is empty`, roots[0]?.pos ?? positionAt(src, 0), { help: `pass the file that holds the ${what}` });
    }
    return undefined;
  }
  for (const extra of roots.slice(1)) {
    diags.error('WRONG_TYPE', `a second document in the ${what}`, extra.pos, {
      help: `the ${what} is one JSON or YAML document`,
      related: [{ message: 'first document here', pos: roots[0]!.pos }],
    });
  }
  return roots[0];
}
