/** Where a command writes, and the helpers every command shares to write diagnostics and read options. */
import type { Diagnostic, Lang } from "../../dsl/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import type { ColourChoice, Terminal } from "./colour.js";
import { severity } from "./colour.js";
import { UsageError } from "./exit-codes.js";
import { renderDiagnostic } from "./render-diagnostics.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether the output streams are terminals (bin/regelwerk.js says so); main turns it into `colour`. */
  readonly terminal?: Terminal;
  /** Colour per stream, as main decided; absent means none. */
  readonly colour?: ColourChoice;
  /**
   * After `out`: null while the output takes more, else a promise for when it has room again
   * (bin/regelwerk.js gives it for a pipe to a slower reader). A command that writes much waits on
   * it, so that it never buffers its whole output in memory.
   */
  readonly outputFull?: () => Promise<void> | null;
}

/** Errors and warnings go to standard error: standard output stays the command's result. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io, texts: ReadonlyMap<string, string> = new Map()): void {
  const colour = io.colour?.err === true;
  for (const d of diagnostics) io.err(renderDiagnostic(d, texts.get(d.source) ?? fs.read(d.source), (word) => severity(colour, word)) + "\n");
}

export function langOption(value: string | true | undefined): Lang {
  if (value === undefined) return "nl";
  if (value === "nl" || value === "en") return value;
  throw new UsageError(`--lang ${String(value)}: expected nl or en`);
}
