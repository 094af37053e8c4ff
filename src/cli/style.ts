// The styles diagnostics use: chalk's when colour is on, identity when it is off. chalk is loaded
// only when colour is on (a terminal, or FORCE_COLOR), so piped and CI runs never pay for loading
// it (issue #6: start-up time); whether to colour is decided by colorLevel in format-diagnostics.ts.
import { createRequire } from 'node:module';

export interface Style {
  bold(s: string): string;
  boldRed(s: string): string;
  boldYellow(s: string): string;
  red(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const same = (s: string): string => s;
const PLAIN: Style = { bold: same, boldRed: same, boldYellow: same, red: same, blue: same, cyan: same, green: same };

let colour: Style | undefined;

function chalkStyle(): Style {
  // require(esm) (Node >= 20.19) keeps this synchronous and keeps chalk out of the start-up bundle
  const { Chalk } = createRequire(import.meta.url)('chalk') as typeof import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    bold: (s) => c.bold(s),
    boldRed: (s) => c.bold.red(s),
    boldYellow: (s) => c.bold.yellow(s),
    red: (s) => c.red(s),
    blue: (s) => c.blue(s),
    cyan: (s) => c.cyan(s),
    green: (s) => c.green(s),
  };
}

export function style(level: 0 | 1): Style {
  if (!level) return PLAIN;
  colour ??= chalkStyle();
  return colour;
}
