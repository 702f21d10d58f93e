/**
 * `regelwerk <command>`: the command-line interface. Bad input exits 2 with a positioned message,
 * never a stack trace; an unexpected failure is an internal error (exit 3) and says so.
 */
import { articles } from "./articles.js";
import { check, evalCommand, fmt, test, type Io } from "./commands.js";
import { cohortCommand } from "./cohort.js";
import { diffCommand } from "./diff.js";
import { ENGINE_VERSION } from "../index.js";
import { EXIT, UsageError, failed } from "./exit-codes.js";
import { serve } from "./serve.js";
import { users } from "./users.js";
import { batch } from "./batch.js";
import { USAGE } from "./usage.js";

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
        throw new UsageError(`unknown command '${command}'; expected check, test, eval, batch, articles, fmt, diff, cohort, serve or users (see regelwerk --help)`);
    }
  } catch (error) {
    return failed(error, io.err);
  }
}
