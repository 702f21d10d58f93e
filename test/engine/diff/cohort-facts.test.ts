/**
 * The generated cohort gives every fact the encoded rules read (issue 9): with `complete`, no
 * decision of the OER 2020-2021 comes out undetermined for a missing fact. When an article starts
 * reading a new fact, this names it: add it to engine/diff/cohort.ts.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, openVersion } from "../../../engine/index.js";
import { generateCohort } from "../../../engine/diff/index.js";
import { nodeFileSystem, nodeSha256 } from "../../../engine/node/index.js";

describe("the generated cohort", () => {
  it("gives every fact the rules of the OER 2020-2021 read", { timeout: 180_000 }, () => {
    const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
    const evaluator = new Evaluator(version, nodeSha256);
    const missing = new Set<string>();
    let decisions = 0;
    for (const student of generateCohort({ size: 60, seed: 11, complete: true })) {
      for (const d of evaluator.evaluate(student, { trace: false }).decisions) {
        decisions++;
        for (const fact of d.missing) missing.add(`${fact} (read by ${d.id.split("[")[0]})`);
      }
    }
    expect(decisions).toBeGreaterThan(60 * 100);
    expect([...missing].sort()).toEqual([]);
  });
});
