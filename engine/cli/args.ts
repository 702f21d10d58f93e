/** A small argument parser: positionals and `--flag value` / `--flag` options, checked against a list. */
import { UsageError } from "./exit-codes.js";

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else if (flags.includes(name)) options.set(name, true);
    else throw new UsageError(`unknown option --${name}; expected one of ${[...valued, ...flags].map((o) => `--${o}`).join(", ")}`);
  }
  return { positionals, options };
}
