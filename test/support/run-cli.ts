/**
 * The CLI run in-process, with what it writes to each stream collected. Every run is checked for a
 * stack trace: user input gets a clear error, never one (only `batch` answers with a promise; its
 * tests run the built CLI instead).
 */
import { expect } from "vitest";
import type { Terminal } from "../../engine/cli/colour.js";
import { main } from "../../engine/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export function runCliWith(argv: readonly string[], terminal?: Terminal): CliRun {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), ...(terminal ? { terminal } : {}) });
  if (typeof code !== "number") throw new Error("only batch answers with a promise");
  // A stack frame ("    at fn (file.js:12:5)"), not English prose that happens to begin with "at".
  expect(`${out}\n${err}`, "a stack trace in the output").not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  return { code, out, err };
}

/** `runCli("test", dir, "--json")`: the arguments as written on the command line. */
export function runCli(...argv: string[]): CliRun {
  return runCliWith(argv);
}
