/**
 * `regelwerk <command>` in-process, with every command at hand (tests, and any caller that runs
 * several commands): a number for the synchronous commands, a promise for those that stream. The
 * installed command goes through entry.ts instead, which loads only the command asked for.
 */
import { articles } from "./articles.js";
import { batch } from "./batch.js";
import { check } from "./check.js";
import { cohortCommand } from "./cohort.js";
import { coverage } from "./coverage.js";
import { diffCommand } from "./diff.js";
import { commandName, dispatch } from "./dispatch.js";
import { evalCommand } from "./eval.js";
import { fmt } from "./fmt.js";
import type { Io } from "./io.js";
import { newCommand } from "./new-supplement.js";
import type { CommandName, Run } from "./registry.js";
import { test } from "./run-tests.js";
import { serve } from "./serve.js";
import { users } from "./users.js";
import { versionCommand } from "./version-new.js";

export type { Io } from "./io.js";

/** What runs each command of the registry (the type makes this list and the registry's the same). */
export const COMMAND_RUNS: Readonly<Record<CommandName, Run>> = {
  check,
  test,
  eval: evalCommand,
  batch,
  articles,
  coverage,
  fmt,
  new: newCommand,
  diff: diffCommand,
  cohort: cohortCommand,
  version: versionCommand,
  serve,
  users: (argv, io) => users(argv, io),
};

export function main(argv: readonly string[], io: Io): number | Promise<number> {
  const name = commandName(argv);
  return dispatch(argv, io, name !== undefined && Object.hasOwn(COMMAND_RUNS, name) ? COMMAND_RUNS[name as CommandName] : undefined);
}
