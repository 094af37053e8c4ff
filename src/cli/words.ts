import { INPUTS, nameInputs } from '../options.js';

/**
 * Core messages name inputs as `{input:NAME}` (options.ts); on the command line each is the flag
 * that passes it, so the help says "pass it with --nad".
 */
export function cliWords(text: string): string {
  return nameInputs(text, (name) => INPUTS[name].flag);
}
