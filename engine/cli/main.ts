/**
 * `regelwerk <command>`: the command-line interface. Bad input exits 2 with a positioned message,
 * never a stack trace; an unexpected failure is an internal error (exit 3) and says so.
 */
import { ENGINE_VERSION } from "../version.js";
import { chooseColour } from "./colour.js";
import { EXIT, UsageError, failed } from "./exit-codes.js";
import type { Io } from "./io.js";
import { COMMANDS } from "./registry.js";
import { USAGE } from "./usage.js";

export type { Io } from "./io.js";

/** A number for the synchronous commands; `batch` streams, so it answers with a promise. */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
  // --no-color is for every command: taken out here, so that no command has to know it.
  const noColor = argv.includes("--no-color");
  const args = argv.filter((a) => a !== "--no-color");
  const json = args.includes("--json");
  const colour = chooseColour(io.terminal, noColor);
  const withColour: Io = { out: io.out, err: io.err, colour: { out: colour.out && !json, err: colour.err } };
  if (!json) return run(args, withColour);
  // With --json, standard output is JSON whatever happens: a failure becomes an error object.
  let wrote = false;
  let errors = "";
  const finish = (code: number): number => {
    if (code !== EXIT.ok && !wrote) io.out(JSON.stringify({ error: { exit: code, message: errors.trimEnd() } }, null, 2) + "\n");
    return code;
  };
  const code = run(args, { ...withColour, out: (text) => ((wrote = true), io.out(text)), err: (text) => ((errors += text), io.err(text)) });
  return typeof code === "number" ? finish(code) : code.then(finish);
}

function run(argv: readonly string[], io: Io): number | Promise<number> {
  const [name, ...rest] = argv;
  try {
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return command.run(rest, io);
    switch (name) {
      case "--version":
      case "-v":
        io.out(`regelwerk ${ENGINE_VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return name === undefined ? EXIT.badInput : EXIT.ok;
      default: {
        const names = COMMANDS.map((c) => c.name);
        throw new UsageError(`unknown command '${name}'; expected ${names.slice(0, -1).join(", ")} or ${names.at(-1)} (see regelwerk --help)`);
      }
    }
  } catch (error) {
    return failed(error, io.err);
  }
}
