/**
 * Property tests: parse() and checkFile() never throw, on arbitrary text and on mutations of real
 * rule files, and every diagnostic (and every AST node) has a span that fits the text, with line and
 * column matching its offset.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFile } from "../../dsl/checker/check-file.js";
import type { CheckEnv, FileRole } from "../../dsl/checker/environment.js";
import { parse } from "../../dsl/parse.js";
import { fixtureEnv } from "../support/fixture-env.js";
import { allSpans, spanProblems } from "./ast-tools.js";
import { regulationRuleBlocks, validFixtures, type Sample } from "./corpus.js";
import { CHARS, WORDS, mutateAll, mutationArb } from "./mutate.js";

const RUNS = 250;

function envFor(text: string, role: FileRole): CheckEnv {
  const base = fixtureEnv(text, "prop.rw");
  return { ...base, role, namespace: role === "general" ? "local" : "art22", hasApproval: role === "deviation" };
}

/** Parse and check a text; returns every problem with a span (empty when all is well). */
function analyseProblems(text: string, role: FileRole): string[] {
  const parsed = parse(text);
  const checked = checkFile(parsed.ast, envFor(text, role));
  const problems: string[] = [];
  for (const d of [...parsed.diagnostics, ...checked.diagnostics]) problems.push(...spanProblems(text, d.span, `${d.code} "${d.message}"`));
  for (const { path, span } of allSpans(parsed.ast.statements)) problems.push(...spanProblems(text, span, path));
  return problems;
}

const roleArb = fc.constantFrom<FileRole>("general", "supplement", "deviation");

function holdsFor(textArb: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(textArb, roleArb, (text, role) => {
      expect(analyseProblems(text, role)).toEqual([]);
    }),
    { numRuns: RUNS },
  );
}

function mutantsOf(samples: readonly Sample[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: samples.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 5 }))
    .map(([i, mutations]) => mutateAll(samples[i]!.text, mutations));
}

describe("parse and check never throw, and spans fit the text", () => {
  it("for arbitrary ASCII strings", () => {
    holdsFor(fc.string({ maxLength: 300 }));
  });

  it("for arbitrary Unicode strings", () => {
    holdsFor(fc.fullUnicodeString({ maxLength: 200 }));
  });

  it("for sequences of the language's own words and characters", () => {
    holdsFor(fc.array(fc.constantFrom(...WORDS, ...CHARS), { maxLength: 60 }).map((parts) => parts.join(" ")));
  });

  it("for mutations of the valid fixtures", () => {
    const samples = validFixtures();
    expect(samples.length).toBeGreaterThan(5);
    holdsFor(mutantsOf(samples));
  });

  it("for mutations of the rule blocks of the bundled regulations", () => {
    const samples = regulationRuleBlocks();
    expect(samples.length).toBeGreaterThan(10);
    holdsFor(mutantsOf(samples));
  });

  it("for the unmutated rule blocks of the bundled regulations", () => {
    for (const sample of regulationRuleBlocks()) {
      for (const role of ["general", "supplement", "deviation"] as const) expect(analyseProblems(sample.text, role), sample.name).toEqual([]);
    }
  });
});
