/** Command-line options through `node:util.parseArgs`, its errors turned into usage errors (exit 2). */
import { parseArgs as parseNodeArgs } from "node:util";
import { UsageError } from "./exit-codes.js";

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

type OptionSpec = Record<string, { type: "string" | "boolean" }>;

/**
 * What a command parses: its options with a value, its flags, and what it takes besides. The table
 * is what the command parses and what the help test reads: an option missing from `--help` fails it.
 */
export interface OptionTable {
  readonly valued: readonly string[];
  readonly flags: readonly string[];
  readonly positionals: readonly string[] | "many";
}

export function parseOptions(argv: readonly string[], table: OptionTable): ParsedArgs {
  return parseArgs(argv, table.valued, table.flags, table.positionals);
}

/**
 * `positionals` names what the command takes (`["context file"]`); more than that is refused rather
 * than ignored, or `Infinity` for a list of paths. An option given twice is refused too: which of
 * the two was meant cannot be guessed.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[], positionals: readonly string[] | "many" = "many"): ParsedArgs {
  const spec: OptionSpec = {};
  for (const name of valued) spec[name] = { type: "string" };
  for (const name of flags) spec[name] = { type: "boolean" };
  let parsed: ReturnType<typeof parseNodeArgs<{ args: string[]; options: OptionSpec; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: spec, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, [...valued, ...flags]));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once`);
    seen.add(token.name);
  }
  if (positionals !== "many" && parsed.positionals.length > positionals.length) {
    const extra = parsed.positionals.slice(positionals.length).map((p) => `'${p}'`).join(", ");
    const takes = positionals.length === 0 ? "no arguments" : `one ${positionals.join(" and one ")}`;
    throw new UsageError(`unexpected argument ${extra}: this command takes ${takes}`);
  }
  const options = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) if (value !== undefined && value !== false) options.set(name, value === true ? true : String(value));
  return { positionals: parsed.positionals, options };
}

/** parseArgs says what went wrong in its own words and codes; ours name the option and the choices. */
function usageMessage(error: unknown, known: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  const choices = known.length > 0 ? `; expected one of ${known.map((o) => `--${o}`).join(", ")}` : "; this command takes no options";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}${choices}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option} needs a value`;
  return message;
}
