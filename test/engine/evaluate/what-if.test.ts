/**
 * "What would have to change": the smallest one-fact change that turns a refusal into another
 * outcome, found by trying the thresholds the rule compared with.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { Evaluator } from "../../../engine/index.js";
import { whatWouldChange } from "../../../engine/index.js";
import { openVersion } from "../../../engine/index.js";

const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
const evaluator = new Evaluator(version);
const student = parseYaml(readFileSync("examples/low-efficiency-bachelor.yaml", "utf8")) as Record<string, unknown>;

function whatIf(context: Record<string, unknown>, id: string) {
  const result = evaluator.evaluate(context, { trace: true });
  const decision = result.decisions.find((d) => d.id === id)!;
  return { decision, change: whatWouldChange(evaluator.compiledFor(context), context, decision) };
}

describe("what would have to change", () => {
  it("finds the CSE at which art. 33 no longer refuses, with the Title 0 rounding (29.5 % rounds to 30 %)", () => {
    const { decision, change } = whatIf(student, "art33.low_efficiency_refusal");
    expect(decision.outcome).toBe("refused");
    expect(change).toMatchObject({ fact: "enrolment.cse_after_september", from: 29.4, to: 29.5, unit: "percent" });
    expect(change?.outcome).not.toBe("refused");
  });

  it("flips a condition when that is the only change that helps", () => {
    // 73 sp without an academic bachelor's diploma or a bridging certificate is above the art. 22 §3
    // maximum; the credits are summed in a definition, so only the two diplomas are facts to flip.
    const context = {
      student: { diplomas: { academic_bachelor: false, bridging_certificate: false } },
      enrolment: { programme: { kind: "bachelor" }, other_enrolments: [] },
      courses: [{ code: "A1", credits: 73 }],
    };
    const { decision, change } = whatIf(context, "art22.maximum_credits");
    expect(decision.outcome).toBe("refused");
    expect(change).toMatchObject({ from: false, to: true, outcome: "allowed" });
    expect(["student.diplomas.academic_bachelor", "student.diplomas.bridging_certificate"]).toContain(change?.fact);
  });

  it("changes a number the rule compared with a threshold: below the art. 22 §2 minimum, fewer than 25 credits left", () => {
    // The same student with only three courses (18 sp). The art. 24 deviation is read through
    // art24.below_minimum_allowed, a definition, so the facts behind it are not flipped here.
    const fewer = { ...student, courses: (student.courses as unknown[]).slice(0, 3) };
    const { decision, change } = whatIf(fewer, "art22.minimum_credits");
    expect(decision.outcome).toBe("refused");
    expect(change).toMatchObject({ fact: "enrolment.credits_remaining", to: 24.99, outcome: "allowed" });
  });

  it("finds nothing for a decision that is not decided by facts of the context", () => {
    const context = { enrolment: { programme: { kind: "bachelor" } } };
    const { decision, change } = whatIf(context, "art22.minimum_credits");
    expect(decision.outcome).toBe("undetermined");
    expect(change).toBeNull();
  });
});
