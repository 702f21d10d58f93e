/**
 * From the arguments to a command's run: --no-color and --json taken out for every command, colour
 * chosen, --help (also after a command: its part of the text) and --version answered, an unknown command refused with the list. Bad input exits 2
 * with a positioned message, never a stack trace; an unexpected failure is an internal error (exit 3).
 * Both ways in use it: main (every command at hand) and the installed command (only the one asked for).
 */
import { ENGINE_VERSION } from "../version.js";
import { chooseColour } from "./colour.js";
import { EXIT, UsageError, failed } from "./exit-codes.js";
import type { Io } from "./io.js";
import { COMMANDS, type Run } from "./registry.js";
import { asksHelp, commandUsage, USAGE } from "./usage.js";

/** The command's name: the first argument once --no-color is taken out. */
export function commandName(argv: readonly string[]): string | undefined {
  return argv.find((a) => a !== "--no-color");
}

/** Run `argv` with `run`, the run function of the command `commandName(argv)` names (undefined if none). */
export function dispatch(argv: readonly string[], io: Io, run: Run | undefined): number | Promise<number> {
  // --no-color is for every command: taken out here, so that no command has to know it.
  const noColor = argv.includes("--no-color");
  const args = argv.filter((a) => a !== "--no-color");
  const json = args.includes("--json");
  const colour = chooseColour(io.terminal, noColor);
  const withColour: Io = { out: io.out, err: io.err, colour: { out: colour.out && !json, err: colour.err }, ...(io.outputFull ? { outputFull: io.outputFull } : {}) };
  if (!json) return runCommand(args, withColour, run);
  // With --json, standard output is JSON whatever happens: a failure becomes an error object.
  let wrote = false;
  let errors = "";
  const finish = (code: number): number => {
    if (code !== EXIT.ok && !wrote) io.out(JSON.stringify({ error: { exit: code, message: errors.trimEnd() } }, null, 2) + "\n");
    return code;
  };
  const code = runCommand(args, { ...withColour, out: (text) => ((wrote = true), io.out(text)), err: (text) => ((errors += text), io.err(text)) }, run);
  return typeof code === "number" ? finish(code) : code.then(finish);
}

function runCommand(argv: readonly string[], io: Io, run: Run | undefined): number | Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name !== undefined && asksHelp(rest) && COMMANDS.some((c) => c.name === name)) {
      io.out(`usage:\n${commandUsage(name)}\nregelwerk --help: every command, the exit codes and colour\n`);
      return EXIT.ok;
    }
    if (run) return run(rest, io);
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
