/**
 * `regelwerk <command>`: the command-line interface. Bad input exits 2 with a positioned message,
 * never a stack trace; an unexpected failure is an internal error (exit 3) and says so.
 */
import { check, evalCommand, fmt, test, type Io } from "./commands.js";
import { cohortCommand } from "./cohort.js";
import { diffCommand } from "./diff.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { serve } from "./serve.js";
import { users } from "./users.js";
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

  regelwerk serve [--port N] [--root DIR] [--db FILE] [--demo]
                                        the editor server on 127.0.0.1 (--demo: a temporary copy of
                                        the regulations and one-time accounts, printed)
  regelwerk users add <name> --role R [--faculty F] [--db FILE]   (password on standard input)
  regelwerk users list|disable <name> [--db FILE]
                                        accounts of the editor server
  regelwerk diff <old-version-dir> <new-version-dir> [--lang nl|en] [--json|--html]
                                        what changed between two versions, per article; exit 0 none,
                                        1 differences, 2 trouble
      --cohort FILE.ndjson | --generate N [--seed S]
                                        also evaluate every student under both versions: per decision,
                                        the outcome transitions with counts and example students
  regelwerk cohort --size N [--seed S] [--faculty F] [--year YYYY-YYYY]
                                        generated valid students as NDJSON (deterministic for a seed)

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
      case "serve":
        return serve(rest, io);
      case "users":
        return users(rest, io);
      case "diff":
        return diffCommand(rest, io);
      case "cohort":
        return cohortCommand(rest, io);
      case "batch":
        return batch(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? EXIT.badInput : EXIT.ok;
      default:
        throw new UsageError(`unknown command '${command}'; expected check, test, eval, batch, fmt, diff, cohort, serve or users (see regelwerk --help)`);
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
