/**
 * `regelwerk <command>`: the command-line interface. Bad input exits 2 with a positioned message,
 * never a stack trace; an unexpected failure is an internal error (exit 3) and says so.
 */
import { articles } from "./articles.js";
import { check, evalCommand, fmt, test, type Io } from "./commands.js";
import { ENGINE_VERSION } from "../index.js";
import { EXIT, UsageError } from "./exit-codes.js";

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
  regelwerk fmt [paths] [--write] [--check] [--lang nl|en]
                                        lay out the rules of regulation files canonically (or in the
                                        other keyword language); without --write, list what would change
  regelwerk --version                   the engine's version
  regelwerk --help                      this text

Errors and warnings go to standard error; colour only on a terminal (NO_COLOR turns it off).
exit codes: 0 ok, 1 findings (errors, failed tests), 2 bad input, 3 internal error
`;

export function main(argv: readonly string[], io: Io): number {
  if (!argv.includes("--json")) return run(argv, io);
  // With --json, standard output is JSON whatever happens: a failure becomes an error object.
  let wrote = false;
  let errors = "";
  const code = run(argv, { out: (text) => ((wrote = true), io.out(text)), err: (text) => ((errors += text), io.err(text)) });
  if (code !== EXIT.ok && !wrote) io.out(JSON.stringify({ error: { exit: code, message: errors.trimEnd() } }, null, 2) + "\n");
  return code;
}

function run(argv: readonly string[], io: Io): number {
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
      case "fmt":
        return fmt(rest, io);
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
        throw new UsageError(`unknown command '${command}'; expected check, test, eval, articles or fmt (see regelwerk --help)`);
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
