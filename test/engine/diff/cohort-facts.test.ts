/**
 * The generated cohort gives every fact the encoded rules read (issue 9): with `complete`, no
 * decision of the OER 2020-2021 comes out undetermined for a missing fact, except the decisions
 * listed below, which the generator does not cover yet. When a decision starts reading a new fact,
 * this names it: give the fact in engine/diff/cohort/.
 */
import { describe, expect, it } from "vitest";
import { contextProblems, contextValidator, Evaluator, openVersion } from "../../../engine/index.js";
import { generateCohort } from "../../../engine/diff/index.js";
import { nodeFileSystem, nodeSha256 } from "../../../engine/node/index.js";

// Decisions (without their element key) encoded on 2026-12-03 whose facts the generator does not give
// yet. They may still miss facts; every other decision may not — so a new decision of an article
// already covered is held to it too. Each must still miss one, so a decision leaves this list as soon
// as the generator gives its facts.
const NOT_YET_GENERATED: readonly string[] = [];

describe("the generated cohort", () => {
  it("gives every fact the rules of the OER 2020-2021 read", { timeout: 180_000 }, () => {
    const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
    const evaluator = new Evaluator(version, nodeSha256);
    const missing = new Set<string>();
    const stillMissing = new Set<string>();
    let decisions = 0;
    for (const student of generateCohort({ size: 60, seed: 11, complete: true })) {
      for (const d of evaluator.evaluate(student, { trace: false }).decisions) {
        decisions++;
        const id = d.id.split("[")[0]!;
        if (NOT_YET_GENERATED.includes(id)) {
          if (d.missing.length > 0) stillMissing.add(id);
          continue;
        }
        for (const fact of d.missing) missing.add(`${fact} (read by ${id})`);
      }
    }
    expect(decisions).toBeGreaterThan(60 * 100);
    expect([...missing].sort()).toEqual([]);
    expect([...stillMissing].sort(), "a decision whose facts the generator now gives: take it off NOT_YET_GENERATED").toEqual([...NOT_YET_GENERATED].sort());
  });

  // `regelwerk batch` skips a student the context schema refuses: a generated one must never be
  // (a value drawn beside a threshold at a bound once went below the schema's minimum).
  it("gives students the context schema accepts", { timeout: 180_000 }, () => {
    const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
    const validate = contextValidator(version.contextSchema);
    const refused: string[] = [];
    for (const [i, student] of [...generateCohort({ size: 3000, seed: 7 })].entries()) {
      const problems = contextProblems(student, validate);
      if (problems.length > 0) refused.push(`student ${i}: ${problems.join("; ")}`);
    }
    expect(refused).toEqual([]);
  });
});
