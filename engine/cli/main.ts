/**
 * `regelwerk <command>`: the command-line interface. Bad input exits 2 with a positioned message,
 * never a stack trace; an unexpected failure is an internal error (exit 3) and says so.
 */
import { check, evalCommand, fmt, test, type Io } from "./commands.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { BATCH_USAGE, batch } from "./batch.js";

const USAGE = `regelwerk — regulations as data, evaluated with explanations

usage:
  regelwerk check [dir]                 check regulation files (default: regulations)
  regelwerk test [dir] [--verbose]      run every example in the regulation files; report rule coverage
  regelwerk eval <context.yaml|json>    explain every decision for a student (or a list of students)
      --lang nl|en      language of the explanation (default nl)
      --article N       only the decisions of article N
      --json            machine-readable output with trace and receipt
      --regulation DIR  the regulation version folder (default: regulations/kuleuven-oer/<year>)
      --verbose         also show the rules that were considered and did not apply

${BATCH_USAGE}
  regelwerk fmt [paths] [--write] [--lang nl|en]
                                        lay out the rules of regulation files canonically (or in the
                                        other keyword language); without --write, list what would change

exit codes: 0 ok, 1 findings (errors, failed tests), 2 bad input, 3 internal error
`;

/** A number for the synchronous commands; `batch` streams, so it answers with a promise. */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return check(rest, io);
      case "test":
        return test(rest, io);
      case "eval":
        return evalCommand(rest, io);
      case "fmt":
        return fmt(rest, io);
      case "batch":
        return batch(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? EXIT.badInput : EXIT.ok;
      default:
        throw new UsageError(`unknown command '${command}'; expected check, test, eval, batch or fmt (see regelwerk --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`regelwerk: ${error.message}\n`);
      return EXIT.badInput;
    }
    io.err(`regelwerk: internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.internal;
  }
}
