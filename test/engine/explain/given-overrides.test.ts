/**
 * A derived fact overridden inside a computation (art. 33: this year's history entry's
 * credits_earned, when given, overrides the credits derived from this year's course results, inside
 * a sum over the history): the definition computing it reports the fact as given — "opgegeven als
 * history[1].credits_earned = 24 sp in plaats van courses_earned" — and so does every definition that
 * reads it. A default (`first_known(h.credits_tolerated, 0 sp)`, another fact) is no derived fact and
 * is not reported. The same on the closures and the generated path.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, explainResult, type DecisionResult, type Observation } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-33/general.yaml": {
    id: "art33",
    article: 33,
    rules: `
definition courses_earned "verworven volgens de resultaten" / "earned according to the results" =
  sum(c.credits for c in courses where c.result.status = "score" and c.result.score >= 10)
definition taken "opgenomen" / "taken" = sum(h.credits_taken for h in history)
definition earned "verworven" / "earned" =
  sum(if h.academic_year = "2020-2021" then first_known(h.credits_earned, courses_earned) + first_known(h.credits_tolerated, 0 sp)
      otherwise h.credits_earned for h in history)
definition cse "cumulatieve studie-efficiëntie" / "cumulative study efficiency" =
  first_known(enrolment.cse_after_september, percent(earned, taken))
definition credit_contract "creditcontract" / "credit contract" =
  any(first_known(c.contract, enrolment.contract) = "credit" for c in courses)
definition whole_cse "afgeronde studie-efficiëntie" / "rounded study efficiency" = round(cse)
decision rounded "Afgerond" / "Rounded":
  otherwise determined with whole_cse
decision refusal "Weigering" / "Refusal":
  refused if cse < 30 % "te laag" / "too low"
  otherwise allowed "genoeg" / "enough"
decision earned_read "Verworven" / "Earned":
  otherwise determined with earned
decision contract_read "Contract":
  allowed if not credit_contract
  otherwise refused`,
  },
});

const courses = [
  { code: "A1", credits: 30, result: { status: "score", score: 12 } },
  { code: "A2", credits: 30, result: { status: "score", score: 8 } },
];
const history = (thisYear: Record<string, unknown>) => [
  { academic_year: "2019-2020", credits_taken: 60, credits_earned: 6 },
  { academic_year: "2020-2021", credits_taken: 60, ...thisYear },
];
const paths = { closures: new Evaluator(version, undefined, { generated: false }), generated: new Evaluator(version, undefined, { generated: true }) };

function seen(decisions: readonly DecisionResult[], decision: string, name: string): Observation | undefined {
  const d = decisions.find((x) => x.id === decision)!;
  return d.trace!.considered.flatMap((r) => r.observations).find((o) => o.kind === "definition" && o.name === name);
}

it("loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

for (const [path, evaluator] of Object.entries(paths)) {
  describe(`on the ${path} path`, () => {
    const run = (context: Record<string, unknown>) => evaluator.evaluate(context, { trace: true });

    it("this year's figure, given, overrides the courses' results, and the trace says so where it was used", () => {
      const result = run({ courses, history: history({ credits_earned: 24 }) });
      // (6 + 24) / 120: the given 24 sp, not the courses' 30 sp (which would make 30 % and allowed).
      expect(result.decisions.find((d) => d.id === "art33.refusal")!.outcome).toBe("refused");
      const override = { path: "history[1].credits_earned", instead: "courses_earned", instead_nl: "courses_earned", value: 24, unit: "sp" };
      expect(seen(result.decisions, "art33.earned_read", "art33.earned")).toMatchObject({ value: 30, overrides: [override] });
      // A definition reading it depends on the same given figure.
      expect(seen(result.decisions, "art33.refusal", "art33.cse")).toMatchObject({ value: 25, overrides: [override] });
    });

    it("the explanation reports it as given, in Dutch and in English", () => {
      const result = run({ courses, history: history({ credits_earned: 24 }) });
      expect(explainResult(result, version, "nl", true)).toMatch(/gezien: art33\.cse = 25 % \(definitie: cumulatieve studie-efficiëntie; uit art\. 33 algemeen, oer\/2020-2021\/art-33\/general\.yaml:\d+; opgegeven als history\[1\]\.credits_earned = 24 sp in plaats van courses_earned\)\n/);
      expect(explainResult(result, version, "en", true)).toMatch(/seen: art33\.cse = 25 % \(definition: cumulative study efficiency; from art\. 33 general text, oer\/2020-2021\/art-33\/general\.yaml:\d+; given as history\[1\]\.credits_earned = 24 sp instead of courses_earned\)\n/);
    });

    it("not given, the figure is computed from the courses' results and nothing is reported as given", () => {
      const result = run({ courses, history: history({}) });
      expect(result.decisions.find((d) => d.id === "art33.refusal")!.outcome).toBe("allowed");
      expect(seen(result.decisions, "art33.refusal", "art33.cse")).toMatchObject({ value: 30 });
      expect(seen(result.decisions, "art33.refusal", "art33.cse")).not.toHaveProperty("overrides");
      expect(explainResult(result, version, "en", true)).not.toContain("given as");
    });

    it("a default given (credits_tolerated instead of 0 sp, a contract instead of another fact) is not a derived fact", () => {
      const result = run({ courses: courses.map((c) => ({ ...c, contract: "diploma" })), history: history({ credits_earned: 24, credits_tolerated: 6 }), enrolment: { contract: "credit" } });
      expect(seen(result.decisions, "art33.earned_read", "art33.earned")).toMatchObject({ value: 36, overrides: [{ path: "history[1].credits_earned" }] });
      expect(result.decisions.find((d) => d.id === "art33.contract_read")!.outcome).toBe("allowed");
      expect(seen(result.decisions, "art33.contract_read", "art33.credit_contract")).not.toHaveProperty("overrides");
    });

    it("a definition given itself says so once, as given; a definition reading it is told what it replaced by name", () => {
      const result = run({ courses, history: history({ credits_earned: 24 }), enrolment: { cse_after_september: 40 } });
      const cse = seen(result.decisions, "art33.refusal", "art33.cse");
      expect(cse).toMatchObject({ value: 40, given: "enrolment.cse_after_september" });
      expect(cse).not.toHaveProperty("overrides");
      expect(seen(result.decisions, "art33.rounded", "art33.whole_cse")).toMatchObject({
        value: 40,
        overrides: [{ path: "enrolment.cse_after_september", instead: "art33.cse", instead_nl: "art33.cse", value: 40, unit: "percent" }],
      });
      expect(explainResult(result, version, "en", true)).toMatch(/seen: art33\.cse = 40 % \(given as enrolment\.cse_after_september; definition: cumulative study efficiency; from art\. 33 general text, oer\/2020-2021\/art-33\/general\.yaml:\d+\)\n/);
    });

    it("without traces nothing is collected, and the outcomes are the same", () => {
      const context = { courses, history: history({ credits_earned: 24 }) };
      const plain = evaluator.evaluate(context);
      expect(plain.decisions.map((d) => [d.id, d.outcome, d.value])).toEqual(run(context).decisions.map((d) => [d.id, d.outcome, d.value]));
    });
  });
}
