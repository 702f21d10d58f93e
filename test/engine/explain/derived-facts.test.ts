/**
 * Derived facts: a definition `first_known(<fact>, <computation>)` is computed from the facts it is
 * derived from, and the given fact overrides it. The trace marks a given value (`given`), and the
 * explanation reports it as given ("opgegeven als …") rather than as what the rule computes.
 */
import { expect, it } from "vitest";
import { Evaluator, explainResult } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-33/general.yaml": {
    id: "art33",
    article: 33,
    rules: `
definition taken "opgenomen" / "taken" = sum(h.credits_taken for h in history)
definition earned "verworven" / "earned" = sum(h.credits_earned for h in history)
definition cse "cumulatieve studie-efficiëntie" / "cumulative study efficiency" =
  first_known(enrolment.cse_after_september, percent(earned, taken))
definition floor_cse "ondergrens" / "floor" = first_known(cse, 0 %)
decision refusal "Weigering" / "Refusal":
  refused if cse < 30 % "te laag" / "too low"
  otherwise allowed "genoeg" / "enough"
decision floor "Ondergrens" / "Floor":
  otherwise determined with floor_cse`,
  },
});

const history = [
  { academic_year: "2019-2020", credits_taken: 60, credits_earned: 12 },
  { academic_year: "2020-2021", credits_taken: 40, credits_earned: 13 },
];
const evaluator = new Evaluator(version);
const run = (context: Record<string, unknown>) => evaluator.evaluate(context, { trace: true });
const seenCse = (context: Record<string, unknown>) => {
  const refusal = run(context).decisions.find((d) => d.id === "art33.refusal")!;
  return refusal.trace!.considered.flatMap((r) => r.observations).find((o) => o.kind === "definition" && o.name === "art33.cse");
};

it("loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

it("without the fact, the value is computed from what it is derived from, and not marked given", () => {
  const result = run({ history });
  expect(result.decisions.find((d) => d.id === "art33.refusal")!.outcome).toBe("refused");
  const seen = seenCse({ history })!;
  expect(seen).toMatchObject({ value: 25 });
  expect(seen).not.toHaveProperty("given");
  const text = explainResult(result, version, "nl", true);
  expect(text).toContain("art33.cse = 25 % (definitie: cumulatieve studie-efficiëntie;");
});

it("the given fact overrides the computation, and the explanation says it was given", () => {
  const context = { history, enrolment: { cse_after_september: 40 } };
  expect(run(context).decisions.find((d) => d.id === "art33.refusal")!.outcome).toBe("allowed");
  expect(seenCse(context)).toMatchObject({ value: 40, given: "enrolment.cse_after_september" });
  expect(explainResult(run(context), version, "nl", true)).toContain("art33.cse = 40 % (opgegeven als enrolment.cse_after_september; definitie:");
  expect(explainResult(run(context), version, "en", true)).toContain("art33.cse = 40 % (given as enrolment.cse_after_september; definition:");
});

it("a first_known whose first value is a definition, not a fact, is not an override", () => {
  const floor = run({ history }).decisions.find((d) => d.id === "art33.floor")!;
  const seen = floor.trace!.considered.flatMap((r) => r.observations).find((o) => o.kind === "definition" && o.name === "art33.floor_cse");
  expect(seen).toMatchObject({ value: 25 });
  expect(seen).not.toHaveProperty("given");
});

it("with neither the fact nor what it is derived from, both are named as missing", () => {
  const refusal = run({}).decisions.find((d) => d.id === "art33.refusal")!;
  expect(refusal.outcome).toBe("undetermined");
  expect(refusal.missing).toEqual(["enrolment.cse_after_september", "history"]);
});
