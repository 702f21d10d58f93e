/**
 * Colour on a terminal, and only there: standard output is coloured when it is a terminal, standard
 * error likewise for itself. `NO_COLOR` (any value but empty, no-color.org) and `--no-color` turn it
 * off; `FORCE_COLOR` (any value but empty or "0") turns it on when piped. `--no-color` wins over
 * both: what is typed on the command line is the most specific wish. Every escape code of the CLI
 * is in this file.
 */
import type { Emphasis, Style } from "../index.js";

/** What the process knows about where its output goes; absent (tests, embedding) means no terminal. */
export interface Terminal {
  readonly out: boolean;
  readonly err: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface ColourChoice {
  readonly out: boolean;
  readonly err: boolean;
}

export const NO_COLOUR: ColourChoice = { out: false, err: false };

export function chooseColour(terminal: Terminal | undefined, noColorFlag: boolean): ColourChoice {
  if (!terminal || noColorFlag) return NO_COLOUR;
  const force = terminal.env.FORCE_COLOR;
  if (force !== undefined && force !== "" && force !== "0") return { out: true, err: true };
  const none = terminal.env.NO_COLOR;
  if (none !== undefined && none !== "") return NO_COLOUR;
  return { out: terminal.out, err: terminal.err };
}

const SGR = { red: "31", green: "32", yellow: "33", blue: "34", magenta: "35", cyan: "36", bold: "1", dim: "2" } as const;
type Colour = keyof typeof SGR;

function paint(colour: Colour, text: string): string {
  return `\u001b[${SGR[colour]}m${text}\u001b[0m`;
}

const EMPHASIS: Readonly<Record<Emphasis, Colour>> = {
  allowed: "green",
  refused: "red",
  required: "blue",
  warning: "yellow",
  not_applicable: "dim",
  discretionary: "cyan",
  determined: "cyan",
  undetermined: "magenta",
  conflict: "red",
  heading: "bold",
  muted: "dim",
};

/** The style the explanations are rendered with: colours by outcome, or none. */
export function outcomeStyle(on: boolean): Style | undefined {
  return on ? (emphasis, text) => paint(EMPHASIS[emphasis], text) : undefined;
}

/** "error" red, "warning" yellow in a diagnostic's `file:line:col: severity code message`. */
export function severity(on: boolean, word: "error" | "warning" | "info"): string {
  if (!on) return word;
  return word === "error" ? paint("red", word) : word === "warning" ? paint("yellow", word) : paint("dim", word);
}

/** ✓ green, ✗ red: a test that passed or failed. */
export function mark(on: boolean, passed: boolean): string {
  const text = passed ? "✓" : "✗";
  return on ? paint(passed ? "green" : "red", text) : text;
}
