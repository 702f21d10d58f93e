/**
 * `accumulate(…)` compiled and evaluated: the running value in the list's order, the filter, a
 * record accumulator, missing facts, the bound on `range`, and the trace of every step (element,
 * value before and after, the conditions tested) through the explanation.
 */
import { describe, expect, it } from "vitest";
import { buildExplanation, compileVersion, evaluate, renderExplanation, scopeSource, type DecisionResult, type FoldObservation } from "../../../engine/index.js";
import { EvaluationResultSchema } from "../../../engine/api-schema.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const rules = `
definition running "lopend saldo" / "running balance" =
  accumulate(s = 140 sp for h in history then s - h.credits_taken + h.credits_earned)
definition first_only "eerste verworven tot 60" = accumulate(s = 0 sp for h in history where h.contract = "diploma" then min(s + h.credits_earned, 60 sp))
definition state "toestand" = accumulate(t = { balance: 40 sp, rebuilt: false } for y in range(2018, 2020)
    then { balance: if t.balance < 60 sp then t.balance + 10 sp otherwise t.balance, rebuilt: t.rebuilt or t.balance < 60 sp })
decision balance "Stand" §1:
  otherwise determined with running
decision first "Eerste" §1:
  otherwise determined with first_only
decision rebuilt "Heropgebouwd" §1:
  warning if state.rebuilt "heropgebouwd"
  otherwise not_applicable
decision years "Jaren" §1:
  determined with accumulate(n = 0 for y in range(2000, 2999) then n + 1) if accumulate(b = 0 sp for y in range(1, 3) then b + 10 sp) = 30 sp
  otherwise refused
decision too_many "Te veel" §1:
  determined with accumulate(n = 0 for y in range(1, 1001) then n + 1) if true
  otherwise refused
`;

const history = [
  { academic_year: "2018-2019", programme_kind: "bachelor", contract: "diploma", credits_taken: 60, credits_earned: 45, credits_refunded: 0, diploma: "none" },
  { academic_year: "2019-2020", programme_kind: "bachelor", contract: "credit", credits_taken: 20, credits_earned: 20, credits_refunded: 0, diploma: "none" },
  { academic_year: "2020-2021", programme_kind: "bachelor", contract: "diploma", credits_taken: 60, credits_earned: 30, credits_refunded: 0, diploma: "none" },
];

function run(context: Record<string, unknown>, trace = false): Map<string, DecisionResult> {
  const version = loadSet({ "art-10/general.yaml": { id: "art10", article: 10, rules } });
  expect(errorsOf(version)).toEqual([]);
  const result = evaluate(compileVersion(version, {}), context, { trace });
  return new Map(result.decisions.map((d) => [d.id, d]));
}

describe("accumulate", () => {
  it("runs over the list in its order, through the filter, with a number or a record", () => {
    const d = run({ history });
    expect(d.get("art10.balance")?.value).toBe(140 - 60 + 45 - 20 + 20 - 60 + 30);
    // 45, then the credit contract is filtered out, then min(45 + 30, 60).
    expect(d.get("art10.first")?.value).toBe(60);
    expect(d.get("art10.rebuilt")?.outcome).toBe("warning");
    expect(d.get("art10.years")?.value).toBe(1000);
  });

  it("is undetermined when an element's step needs a fact the context does not give, naming it", () => {
    const d = run({ history: [history[0], { ...history[1], credits_earned: undefined }] });
    expect(d.get("art10.balance")?.outcome).toBe("undetermined");
    expect(d.get("art10.balance")?.missing.join()).toContain("history[1].credits_earned");
  });

  it("gives no list for a range of more than 1000 numbers instead of allocating it", () => {
    const d = run({ history });
    expect(d.get("art10.too_many")?.outcome).toBe("undetermined");
    expect(d.get("art10.too_many")?.missing.join()).toContain("range");
  });

  it("traces every step: the element, the value before and after, and the conditions it tested", () => {
    const d = run({ history }, true);
    const observations = d.get("art10.rebuilt")!.trace!.considered[0]!.observations;
    const fold = observations.find((o): o is FoldObservation => o.kind === "fold")!;
    expect(fold.name).toBe("art10.state");
    expect(fold.steps.map((s) => s.element)).toEqual(["2018", "2019", "2020"]);
    expect(fold.steps.map((s) => [s.before_display, s.after_display])).toEqual([
      ["{ balance: 40 sp, rebuilt: false }", "{ balance: 50 sp, rebuilt: true }"],
      ["{ balance: 50 sp, rebuilt: true }", "{ balance: 60 sp, rebuilt: true }"],
      ["{ balance: 60 sp, rebuilt: true }", "{ balance: 60 sp, rebuilt: true }"],
    ]);
    expect(fold.steps[2]!.why.map((r) => [r.text, r.value])).toEqual([["t.balance < 60 sp", false]]);
    // A fold inside a rule is traced too, without a definition's name.
    const inRule = d.get("art10.years")!.trace!.considered[0]!.observations.filter((o): o is FoldObservation => o.kind === "fold");
    expect(inRule.map((o) => [o.name, o.steps.length])).toEqual([[null, 3], [null, 1000]]);
  });

  it("explains the steps in Dutch and English: the fields that changed and why", () => {
    const version = loadSet({ "art-10/general.yaml": { id: "art10", article: 10, rules } });
    const result = evaluate(compileVersion(version, {}), { history }, { trace: true, article: "10" });
    const tree = buildExplanation({ ...result, decisions: result.decisions.filter((x) => x.id === "art10.rebuilt") }, version);
    const nl = renderExplanation(tree, "nl");
    expect(nl).toContain("art10.state (toestand): accumuleer(t = … voor y in reeks(2018, 2020) dan …) = { balance: 60 sp, rebuilt: waar }, stap voor stap (3 stappen):");
    expect(nl).toContain("stap 2018: balance 40 sp → 50 sp, rebuilt onwaar → waar (omdat t.balance < 60 sp → waar)");
    expect(nl).toContain("stap 2020: ongewijzigd (omdat t.balance < 60 sp → onwaar)");
    const en = renderExplanation(tree, "en");
    expect(en).toContain("step 2019: balance 50 sp → 60 sp (because t.balance < 60 sp → true)");
    // The definition is not listed a second time as an opaque record.
    expect(en).not.toContain("art10.state = {…}");
  });

  it("keeps the JSON of `eval --json` to its schema, fold steps included", () => {
    const version = loadSet({ "art-10/general.yaml": { id: "art10", article: 10, rules } });
    const result = evaluate(compileVersion(version, {}), { history }, { trace: true });
    expect(() => EvaluationResultSchema.parse(JSON.parse(JSON.stringify(result)))).not.toThrow();
  });

  it("computes the same without traces and with them", () => {
    const plain = run({ history });
    const traced = run({ history }, true);
    for (const [id, d] of plain) expect([id, traced.get(id)?.value]).toEqual([id, d.value]);
  });

  it("runs as generated JavaScript on the Node path, with the closures' values and missing facts", () => {
    const version = loadSet({ "art-10/general.yaml": { id: "art10", article: 10, rules } });
    const closures = compileVersion(version, {}, undefined, { generated: false });
    const generated = compileVersion(version, {}, undefined, { generated: true });
    const source = scopeSource(generated);
    expect(source).toMatch(/for \(let \w+ = 0; \w+ < \w+\.length; \w+\+\+\)/);
    expect(source).not.toContain("compiled by compile-expr: Fold");
    for (const context of [{ history }, { history: [history[0], { ...history[1], credits_earned: undefined }] }, { history: [{ ...history[0], contract: undefined }] }, {}]) {
      expect(evaluate(generated, context).decisions).toEqual(evaluate(closures, context).decisions);
    }
  });
});
