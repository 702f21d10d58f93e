/**
 * Every command of `regelwerk`: its name, the options it parses and what runs it. main dispatches
 * through this list, and the help test reads it, so a command cannot run without being documented.
 */
import type { OptionTable } from "./args.js";
import { ARTICLES_OPTIONS, articles } from "./articles.js";
import { BATCH_OPTIONS, batch } from "./batch.js";
import { CHECK_OPTIONS, check } from "./check.js";
import { COHORT_OPTIONS, cohortCommand } from "./cohort.js";
import { COVERAGE_OPTIONS, coverage } from "./coverage.js";
import { DIFF_OPTIONS, diffCommand } from "./diff.js";
import { EVAL_OPTIONS, evalCommand } from "./eval.js";
import { FMT_OPTIONS, fmt } from "./fmt.js";
import type { Io } from "./io.js";
import { NEW_OPTIONS, newCommand } from "./new-supplement.js";
import { TEST_OPTIONS, test } from "./run-tests.js";
import { SERVE_OPTIONS, serve } from "./serve.js";
import { USERS_OPTIONS, users } from "./users.js";
import { VERSION_OPTIONS, versionCommand } from "./version-new.js";

export interface Command {
  readonly name: string;
  readonly options: OptionTable;
  readonly run: (argv: readonly string[], io: Io) => number | Promise<number>;
}

export const COMMANDS: readonly Command[] = [
  { name: "check", options: CHECK_OPTIONS, run: check },
  { name: "test", options: TEST_OPTIONS, run: test },
  { name: "eval", options: EVAL_OPTIONS, run: evalCommand },
  { name: "batch", options: BATCH_OPTIONS, run: batch },
  { name: "articles", options: ARTICLES_OPTIONS, run: articles },
  { name: "coverage", options: COVERAGE_OPTIONS, run: coverage },
  { name: "fmt", options: FMT_OPTIONS, run: fmt },
  { name: "new", options: NEW_OPTIONS, run: newCommand },
  { name: "diff", options: DIFF_OPTIONS, run: diffCommand },
  { name: "cohort", options: COHORT_OPTIONS, run: cohortCommand },
  { name: "version", options: VERSION_OPTIONS, run: versionCommand },
  { name: "serve", options: SERVE_OPTIONS, run: serve },
  { name: "users", options: USERS_OPTIONS, run: (argv, io) => users(argv, io) },
];

/** Options main takes before any command sees the arguments. */
export const GLOBAL_FLAGS: readonly string[] = ["no-color"];
