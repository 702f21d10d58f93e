/**
 * The generated cohort gives every fact the encoded rules read (issue 9): with `complete`, no
 * decision of the OER 2020-2021 comes out undetermined for a missing fact, except in the articles
 * listed below, which the generator does not cover yet. When an article starts
 * reading a new fact, this names it: add it to engine/diff/cohort.ts.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, openVersion } from "../../../engine/index.js";
import { generateCohort } from "../../../engine/diff/index.js";
import { nodeFileSystem, nodeSha256 } from "../../../engine/node/index.js";

// Articles encoded on 2026-12-03 whose facts the generator does not give yet (exams, submissions,
// language evidence, exemption and change requests, ...). Their decisions may still miss facts; every
// other article's may not. Each must still miss one, so an article leaves this list as soon as
// engine/diff/cohort.ts gives its facts.
const NOT_YET_GENERATED = ["art1", "art4", "art7", "art8", "art14", "art18", "art19", "art20", "art21", "art22", "art25", "art26", "art27", "art32", "art35", "art37", "art39", "art40", "art41", "art42", "art44", "art46", "art51", "art53", "art56", "art61", "art66", "art68", "art70"];

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
        const namespace = d.id.split(".")[0]!;
        if (NOT_YET_GENERATED.includes(namespace)) {
          if (d.missing.length > 0) stillMissing.add(namespace);
          continue;
        }
        for (const fact of d.missing) missing.add(`${fact} (read by ${d.id.split("[")[0]})`);
      }
    }
    expect(decisions).toBeGreaterThan(60 * 100);
    expect([...missing].sort()).toEqual([]);
    expect([...stillMissing].sort(), "an article whose facts the generator now gives: take it off NOT_YET_GENERATED").toEqual([...NOT_YET_GENERATED].sort());
  });
});
