/**
 * Every command of `regelwerk`: its name, the options it parses and how to load what runs it. The
 * installed command loads only the module of the command asked for (so `check` does not load the
 * server, the diff or batch); main.ts holds them all for in-process use, and the help test reads
 * this list, so a command cannot run without being documented.
 */
import type { Io } from "./io.js";
import { ARTICLES_OPTIONS, BATCH_OPTIONS, CHECK_OPTIONS, COHORT_OPTIONS, COVERAGE_OPTIONS, DIFF_OPTIONS, EVAL_OPTIONS, FMT_OPTIONS, NEW_OPTIONS, SERVE_OPTIONS, TEST_OPTIONS, USERS_OPTIONS, VERSION_OPTIONS } from "./options.js";

export type Run = (argv: readonly string[], io: Io) => number | Promise<number>;

export const COMMANDS = [
  { name: "check", options: CHECK_OPTIONS, load: async (): Promise<Run> => (await import("./check.js")).check },
  { name: "test", options: TEST_OPTIONS, load: async (): Promise<Run> => (await import("./run-tests.js")).test },
  { name: "eval", options: EVAL_OPTIONS, load: async (): Promise<Run> => (await import("./eval.js")).evalCommand },
  { name: "batch", options: BATCH_OPTIONS, load: async (): Promise<Run> => (await import("./batch.js")).batch },
  { name: "articles", options: ARTICLES_OPTIONS, load: async (): Promise<Run> => (await import("./articles.js")).articles },
  { name: "coverage", options: COVERAGE_OPTIONS, load: async (): Promise<Run> => (await import("./coverage.js")).coverage },
  { name: "fmt", options: FMT_OPTIONS, load: async (): Promise<Run> => (await import("./fmt.js")).fmt },
  { name: "new", options: NEW_OPTIONS, load: async (): Promise<Run> => (await import("./new-supplement.js")).newCommand },
  { name: "diff", options: DIFF_OPTIONS, load: async (): Promise<Run> => (await import("./diff.js")).diffCommand },
  { name: "cohort", options: COHORT_OPTIONS, load: async (): Promise<Run> => (await import("./cohort.js")).cohortCommand },
  { name: "version", options: VERSION_OPTIONS, load: async (): Promise<Run> => (await import("./version-new.js")).versionCommand },
  { name: "serve", options: SERVE_OPTIONS, load: async (): Promise<Run> => (await import("./serve.js")).serve },
  { name: "users", options: USERS_OPTIONS, load: async (): Promise<Run> => {
      const { users } = await import("./users.js");
      return (argv, io) => users(argv, io);
    } },
] as const;

export type CommandName = (typeof COMMANDS)[number]["name"];

/** Options main takes before any command sees the arguments. */
export const GLOBAL_FLAGS: readonly string[] = ["no-color"];
