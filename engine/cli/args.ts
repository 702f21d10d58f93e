/** Command-line options through `node:util.parseArgs`, its errors turned into usage errors (exit 2). */
import { parseArgs as parseNodeArgs } from "node:util";
import { UsageError } from "./exit-codes.js";

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

type OptionSpec = Record<string, { type: "string" | "boolean" }>;

export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const spec: OptionSpec = {};
  for (const name of valued) spec[name] = { type: "string" };
  for (const name of flags) spec[name] = { type: "boolean" };
  try {
    const { values, positionals } = parseNodeArgs({ args: [...argv], options: spec, allowPositionals: true, strict: true });
    const options = new Map<string, string | true>();
    for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== false) options.set(name, value === true ? true : String(value));
    return { positionals, options };
  } catch (error) {
    throw new UsageError(usageMessage(error, [...valued, ...flags]));
  }
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
