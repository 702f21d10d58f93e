/**
 * `regelwerk <command>`: the command-line interface. Bad input exits 2 with a positioned message,
 * never a stack trace; an unexpected failure is an internal error (exit 3) and says so.
 */
import { articles } from "./articles.js";
import { coverage } from "./coverage.js";
import { check, evalCommand, fmt, test, type Io } from "./commands.js";
import { cohortCommand } from "./cohort.js";
import { diffCommand } from "./diff.js";
import { ENGINE_VERSION } from "../index.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { serve } from "./serve.js";
import { users } from "./users.js";
import { BATCH_USAGE, batch } from "./batch.js";

const USAGE = `regelwerk — regulations as data, evaluated with explanations

usage:
  regelwerk check [dir] [--quiet]       check regulation files (default: regulations); --quiet: errors only
  regelwerk test [dir|file] [--article N] [--verbose] [--lang nl|en]
                                        run the examples in the regulation files (of one file or one
                                        article); report rule coverage
  regelwerk eval <context.yaml|json|->  explain every decision for a student (or a list); - reads standard input
      --lang nl|en      language of the explanation (default nl)
      --article N       only the decisions of article N
      --json            machine-readable output with trace and receipt (an error object when it fails)
      --regulation DIR  the regulation version folder (default: regulations/kuleuven-oer/<year>)
      --verbose         the full explanation of every decision, with the rules that did not apply
      --no-trace        no trace and no "what would have to change" (faster for many students)
  regelwerk articles [--regulation DIR] list the articles, their decisions and the faculty files on each
  regelwerk coverage [--regulation DIR] [--json|--markdown]
                                        per article, the provisions of the version's provisions index
                                        encoded, quoted only and not encoded, general and faculty
${BATCH_USAGE}
  regelwerk fmt [paths] [--write] [--check] [--lang nl|en]
                                        lay out the rules of regulation files canonically (or in the
                                        other keyword language); without --write, list what would change
  regelwerk --version                   the engine's version
  regelwerk --help                      this text

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

Errors and warnings go to standard error; colour only on a terminal (NO_COLOR turns it off).
exit codes: 0 ok, 1 findings (errors, failed tests), 2 bad input, 3 internal error
`;

/** A number for the synchronous commands; `batch` streams, so it answers with a promise. */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
  if (!argv.includes("--json")) return run(argv, io);
  // With --json, standard output is JSON whatever happens: a failure becomes an error object.
  let wrote = false;
  let errors = "";
  const finish = (code: number): number => {
    if (code !== EXIT.ok && !wrote) io.out(JSON.stringify({ error: { exit: code, message: errors.trimEnd() } }, null, 2) + "\n");
    return code;
  };
  const code = run(argv, { out: (text) => ((wrote = true), io.out(text)), err: (text) => ((errors += text), io.err(text)) });
  return typeof code === "number" ? finish(code) : code.then(finish);
}

function run(argv: readonly string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return check(rest, io);
      case "test":
        return test(rest, io);
      case "eval":
        return evalCommand(rest, io);
      case "articles":
        return articles(rest, io);
      case "coverage":
        return coverage(rest, io);
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
      case "--version":
      case "-v":
        io.out(`regelwerk ${ENGINE_VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? EXIT.badInput : EXIT.ok;
      default:
        throw new UsageError(`unknown command '${command}'; expected check, test, eval, batch, articles, coverage, fmt, diff, cohort, serve or users (see regelwerk --help)`);
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
