// The ANSI styles diagnostics use, and nothing when colour is off. In place of chalk, whose colour
// detection loads node:tty and node:os on every start-up, colour or not (issue #6: start-up time);
// whether to colour is decided once, by colorLevel in format-diagnostics.ts.

export interface Style {
  bold(s: string): string;
  boldRed(s: string): string;
  boldYellow(s: string): string;
  red(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const sgr = (open: number, close: number) => (s: string): string => `\u001b[${open}m${s}\u001b[${close}m`;
const bold = sgr(1, 22);
const red = sgr(31, 39);
const yellow = sgr(33, 39);

const COLOUR: Style = {
  bold,
  boldRed: (s) => bold(red(s)),
  boldYellow: (s) => bold(yellow(s)),
  red,
  blue: sgr(34, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
};

const same = (s: string): string => s;
const PLAIN: Style = { bold: same, boldRed: same, boldYellow: same, red: same, blue: same, cyan: same, green: same };

export function style(level: 0 | 1): Style {
  return level ? COLOUR : PLAIN;
}
