/**
 * Art. 33's CSE after September counts this year's credits earned from the courses' results when
 * this year's history entry does not give them (the entry's figure overrides), and art. 33 and 35
 * count the study career only from art. 12's restart on (the restart year itself counts) — in both
 * versions of the OER, a year apart.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, explainResult, openVersion } from "../../../engine/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";

const year = (start: number) => `${start}-${start + 1}`;

for (const start of [2020, 2021]) {
  describe(`OER ${year(start)}`, () => {
    const version = openVersion(nodeFileSystem, `regulations/kuleuven-oer/${year(start)}`)!;
    const evaluator = new Evaluator(version);
    const decision = (context: Record<string, unknown>, id: string) => evaluator.evaluate(context, { trace: true }).decisions.find((d) => d.id === id)!;
    const enrolment = { programme: { id: "ba-x", kind: "bachelor" }, credits_remaining_bachelor: 150 };
    const entry = (academicYear: string, taken: number, earned?: number) => ({ academic_year: academicYear, programme_id: "ba-x", programme_kind: "bachelor", contract: "diploma", credits_taken: taken, ...(earned === undefined ? {} : { credits_earned: earned }) });
    const score = (code: string, credits: number, mark: number, tolerated = false) => ({ code, credits, result: { status: "score", score: mark, tolerated } });

    it("derives this year's credits earned from the results: 10/20 earns, 9/20 tolerated counts, 9/20 does not", () => {
      const history = [entry(year(start), 60)];
      // 12 + 6 of 60 = 30 %: not below 30 %
      expect(decision({ enrolment, history, courses: [score("A", 12, 10), score("B", 6, 9, true), score("C", 42, 9)] }, "art33.low_efficiency_refusal").outcome).toBe("allowed");
      // 12 of 60 = 20 %: the untolerated 9/20 earns nothing
      expect(decision({ enrolment, history, courses: [score("A", 12, 10), score("B", 6, 9), score("C", 42, 9)] }, "art33.low_efficiency_refusal").outcome).toBe("refused");
    });

    it("this year's entry's credits earned override the results, and the explanation names the entry's figure", () => {
      const context = { enrolment, history: [{ ...entry(year(start), 60, 6), credits_tolerated: 0 }], courses: [score("A", 60, 16)] };
      const refusal = decision(context, "art33.low_efficiency_refusal");
      expect(refusal.outcome).toBe("refused");
      const seen = refusal.trace!.considered.flatMap((r) => r.observations).find((o) => o.kind === "definition" && o.name === "art33.cse_after_september");
      expect(seen).toMatchObject({ value: 10 });
      expect(explainResult(evaluator.evaluate(context, { trace: true }), version, "en", true)).toContain("art33.cse_after_september = 10 %");
    });

    it("without the entry's figure or the results, both are named as missing", () => {
      const refusal = decision({ enrolment, history: [entry(year(start), 60)], courses: [{ code: "A", credits: 60 }] }, "art33.low_efficiency_refusal");
      expect(refusal.outcome).toBe("undetermined");
      expect(refusal.missing).toEqual(expect.arrayContaining(["enrolment.cse_after_september", "history[0].credits_earned", "courses[A].result.status"]));
    });

    it("art. 33 counts only from art. 12's restart: a break of three years restarts, of two does not", () => {
      const afterThree = [entry(year(start - 4), 60, 0), entry(year(start), 60, 24)];
      const afterTwo = [entry(year(start - 3), 60, 0), entry(year(start), 60, 24)];
      expect(decision({ enrolment, history: afterThree }, "art12.calculations_restart")).toMatchObject({ outcome: "determined", value: year(start) });
      // 24 of 60 = 40 % from the restart year on; 24 of 120 = 20 % without a restart
      expect(decision({ enrolment, history: afterThree }, "art33.low_efficiency_refusal").outcome).toBe("allowed");
      expect(decision({ enrolment, history: afterTwo }, "art33.low_efficiency_refusal").outcome).toBe("refused");
    });

    it("art. 35 counts only the attempts from the restart year on, that year's included", () => {
      const failed = (y: number) => ({ academic_year: year(y), contract: "diploma", programme_kind: "bachelor", passed: false, programme_cse: 80 });
      const courses = [{ code: "C1", phase: 2, attempts: [failed(start - 5), failed(start - 4), failed(start)] }];
      const third = (history: readonly object[]) => decision({ enrolment, history, courses }, "art35.third_enrolment[C1]").outcome;
      // after the restart one failed year: a further enrolment is allowed; without it three: refused
      expect(third([entry(year(start - 4), 60, 0), entry(year(start), 60, 0)])).toBe("allowed");
      expect(third([entry(year(start - 3), 60, 0), entry(year(start), 60, 0)])).toBe("refused");
      // without a study career no restart is known: every attempt counts
      expect(decision({ enrolment, courses }, "art35.third_enrolment[C1]").outcome).toBe("refused");
    });
  });
}
