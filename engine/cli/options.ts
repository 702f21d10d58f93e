/**
 * The options each command parses, apart from the commands themselves: the registry (and through it
 * --help's test) reads them without loading a command, so `regelwerk check` does not load the server.
 */
import type { OptionTable } from "./args.js";

/** engine/cli/users.ts */
export const USERS_OPTIONS: OptionTable = { valued: ["db", "role", "faculty"], flags: [], positionals: "many" };
/** engine/cli/check.ts */
export const CHECK_OPTIONS: OptionTable = { valued: [], flags: ["quiet"], positionals: ["folder"] };
/** engine/cli/diff.ts */
export const DIFF_OPTIONS: OptionTable = { valued: ["lang", "cohort", "generate", "seed", "student", "article"], flags: ["json", "html"], positionals: "many" };
/** engine/cli/version-new.ts */
export const VERSION_OPTIONS: OptionTable = { valued: [], flags: [], positionals: ["subcommand", "set folder", "from-year", "to-year"] };
/** engine/cli/new-supplement.ts */
export const NEW_OPTIONS: OptionTable = { valued: ["article", "faculty", "campus", "kind", "regulation", "out"], flags: [], positionals: ["what"] };
/** engine/cli/coverage.ts */
export const COVERAGE_OPTIONS: OptionTable = { valued: ["regulation"], flags: ["json", "markdown"], positionals: [] };
/** engine/cli/articles.ts */
export const ARTICLES_OPTIONS: OptionTable = { valued: ["regulation"], flags: [], positionals: [] };
/** engine/cli/serve.ts */
export const SERVE_OPTIONS: OptionTable = { valued: ["port", "root", "db"], flags: ["demo"], positionals: "many" };
/** engine/cli/batch.ts */
export const BATCH_OPTIONS: OptionTable = { valued: ["regulation", "input", "columns", "format", "workers", "article", "only", "lang"], flags: ["explain"], positionals: "many" };
/** engine/cli/run-tests.ts */
export const TEST_OPTIONS: OptionTable = { valued: ["lang", "article", "against", "min-condition-coverage"], flags: ["verbose", "json"], positionals: ["folder or file"] };
/** engine/cli/fmt.ts */
export const FMT_OPTIONS: OptionTable = { valued: ["lang"], flags: ["write", "check"], positionals: "many" };
/** engine/cli/eval.ts */
export const EVAL_OPTIONS: OptionTable = { valued: ["lang", "article", "regulation"], flags: ["json", "verbose", "no-trace"], positionals: ["context file"] };
/** engine/cli/cohort.ts */
export const COHORT_OPTIONS: OptionTable = { valued: ["size", "seed", "faculty", "year"], flags: [], positionals: "many" };
