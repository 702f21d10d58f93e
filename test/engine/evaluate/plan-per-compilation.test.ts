/**
 * Scopes to which the same files apply share one compilation (compile-version.ts), each scope a view
 * of it. What depends on the files and not on the scope — the order decisions read by others are
 * decided in, and the frame's kept arrays — is made once per compilation, not once per view: per
 * view, a batch worker built it again for each of a cohort's hundreds of scopes (faculty, campus,
 * programme) where a few dozen sets of files apply. The results still name each student's own scope.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, compilationKey } from "../../../engine/index.js";
import { decisionPlan } from "../../../engine/evaluate/decision-order.js";
import { loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-24/general.yaml": {
    id: "art24",
    article: 24,
    rules: `
decision deviation "Afwijking":
  allowed if enrolment.isp_deviation "afwijking"
  otherwise not_applicable`,
  },
  "art-22/general.yaml": {
    id: "art22",
    article: 22,
    rules: `
decision minimum "Minimum":
  allowed if outcome(art24.deviation) = allowed "art. 24 stond het toe"
  otherwise refused`,
  },
});

const student = (programme: string) => ({ enrolment: { faculty: "LAW", campus: "Leuven", programme: { id: programme }, isp_deviation: true } });

describe("scopes with the same files", () => {
  const evaluator = new Evaluator(version);
  const a = evaluator.compiledFor(student("p-a"));
  const b = evaluator.compiledFor(student("p-b"));

  it("are views of one compilation, each with its own scope", () => {
    expect(a).not.toBe(b);
    expect(compilationKey(a)).toBe(compilationKey(b));
    expect(a.scope.programme).toBe("p-a");
    expect(b.scope.programme).toBe("p-b");
  });

  it("share one decision plan", () => {
    expect(decisionPlan(a)).not.toBeNull();
    expect(decisionPlan(b)).toBe(decisionPlan(a));
  });

  it("evaluate alike, each result with the student's own scope", () => {
    const first = evaluator.evaluate(student("p-a"));
    const second = evaluator.evaluate(student("p-b"));
    expect(second.decisions).toEqual(first.decisions);
    expect(first.receipt.scope).toEqual({ faculty: "LAW", campus: "Leuven", programme: "p-a" });
    expect(second.receipt.scope).toEqual({ faculty: "LAW", campus: "Leuven", programme: "p-b" });
  });
});
