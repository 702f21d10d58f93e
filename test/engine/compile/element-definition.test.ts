/**
 * Definitions of an element compiled and evaluated: one value per course, the same from the
 * closures and the generated JavaScript (traces on and off), memoised per student and element,
 * missing facts named by the element's path, a call from a supplement of another file, and the
 * trace of a call (the element's code, the conditions the body tested) in the explanation.
 */
import { describe, expect, it } from "vitest";
import { buildExplanation, compileVersion, evaluate, renderExplanation, type CompiledRegulation, type DecisionResult, type Observation } from "../../../engine/index.js";
import { EvaluationResultSchema } from "../../../engine/api-schema.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const general = `
definition has_credit(c in courses) "credit behaald" / "credit obtained" =
  c.result.status in ["passed", "exempt"] or (c.result.status = "score" and c.result.score >= 10)
definition no_credit(c in courses) "nog geen credit" / "no credit yet" = c.first_period_exam and not has_credit(c)
definition open_count "te hernemen" = count(x in courses where no_credit(x))

decision retake "Hernemen" / "Retake" for each c in courses:
  not_applicable if has_credit(c) "credit"
  refused if no_credit(c) and open_count > 1 "meer dan één"
  otherwise allowed
`;

const supplement = `
exception to art47.retake:
  discretionary if art47.no_credit(c) and c.early_retake_requested "op aanvraag"
`;

function version() {
  const v = loadSet({
    "art-47/general.yaml": { id: "art47", article: 47, rules: general, open: ["retake"] },
    "art-47/law.yaml": { article: 47, kind: "supplement", scope: { faculty: "LAW" }, rules: supplement },
  });
  expect(errorsOf(v).map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return v;
}

const courses = [
  { code: "A1", first_period_exam: true, early_retake_requested: true, result: { status: "score", score: 9 } },
  { code: "V", first_period_exam: true, result: { status: "exempt" } },
  { code: "P", first_period_exam: true, result: { status: "passed" } },
  { code: "B2", first_period_exam: true, early_retake_requested: false, result: { status: "NG" } },
  { code: "M", first_period_exam: true, result: { status: "score" } },
];
const context = { enrolment: { faculty: "LAW" }, courses };

function outcomes(compiled: CompiledRegulation, trace: boolean): DecisionResult[] {
  return evaluate(compiled, context, { trace }).decisions as DecisionResult[];
}

describe("definitions of an element", () => {
  it("decide per course, through a supplement's call too", () => {
    const d = new Map(outcomes(compileVersion(version(), { faculty: "LAW" }, undefined, { generated: false }), false).map((x) => [x.id, x]));
    expect(d.get("art47.retake[A1]")?.outcome).toBe("discretionary");
    expect(d.get("art47.retake[V]")?.outcome).toBe("not_applicable");
    expect(d.get("art47.retake[P]")?.outcome).toBe("not_applicable");
    // B2 has no credit, but whether more than one course is open needs M's mark (through the count).
    expect(d.get("art47.retake[B2]")?.outcome).toBe("undetermined");
    expect(d.get("art47.retake[B2]")?.missing).toEqual(["courses[M].result.score"]);
    // M's mark is missing: the fact is named by the element's path, through the definition.
    expect(d.get("art47.retake[M]")?.outcome).toBe("undetermined");
    expect(d.get("art47.retake[M]")?.missing).toContain("courses[M].result.score");
  });

  it("give the same results from closures and generated JavaScript, with and without traces", () => {
    for (const trace of [false, true]) {
      for (const scope of [{}, { faculty: "LAW" }]) {
        const generated = outcomes(compileVersion(version(), scope, undefined, { generated: true }), trace);
        const closures = outcomes(compileVersion(version(), scope, undefined, { generated: false }), trace);
        expect(generated).toEqual(closures);
      }
    }
  });

  it("the generated source calls the definition with the element and its path", () => {
    const compiled = compileVersion(version(), { faculty: "LAW" }, undefined, { generated: true, shared: false });
    const source = compiled.decisions.find((d) => d.id === "art47.retake")!.base.generated!.source;
    expect(source).toMatch(/\.value\(frame, \[c\], \[frame\.slotPaths\[\d+\]\]\)/);
    expect(source).not.toContain("closure");
  });

  it("memoises per student and element: a traced evaluation gives the untraced values", () => {
    const compiled = compileVersion(version(), { faculty: "LAW" }, undefined, { generated: false });
    const plain = outcomes(compiled, false).map((d) => [d.id, d.outcome, d.missing]);
    const traced = outcomes(compiled, true).map((d) => [d.id, d.outcome, d.missing]);
    expect(traced).toEqual(plain);
    // Another student right after: nothing carried over from the first.
    const other = evaluate(compiled, { enrolment: { faculty: "LAW" }, courses: [{ ...courses[0], result: { status: "passed" } }] }, { trace: false }).decisions;
    expect(other.find((d) => d.id === "art47.retake[A1]")?.outcome).toBe("not_applicable");
  });

  it("traces a call with the element's code and the conditions its body tested, in both languages", () => {
    const v = version();
    const result = evaluate(compileVersion(v, { faculty: "LAW" }), context, { trace: true });
    expect(EvaluationResultSchema.safeParse(result).success).toBe(true);
    const rule = result.decisions.find((d) => d.id === "art47.retake[V]")!.trace!.considered.find((r) => r.kind === "rule")!;
    const call = rule.observations.find((o): o is Extract<Observation, { kind: "parameter" | "definition" }> => o.kind === "definition" && o.name === "art47.has_credit")!;
    expect(call.argument).toBe("V");
    expect(call.value).toBe(true);
    expect(call.why?.map((r) => [r.text, r.value])).toEqual([['c.result.status in ["passed", "exempt"]', true]]);
    const explanation = buildExplanation(result, v);
    const nl = renderExplanation(explanation, "nl", { verbose: true });
    expect(nl).toContain('art47.has_credit(V) = waar (definitie: credit behaald; omdat c.result.status in ["passed", "exempt"] → waar;');
    const en = renderExplanation(explanation, "en", { verbose: true });
    expect(en).toContain('art47.has_credit(V) = true (definition: credit obtained; because c.result.status in ["passed", "exempt"] → true;');
    // The supplement's call on A1 lists the call it made in turn.
    expect(nl).toMatch(/art47\.no_credit\(A1\) = waar \(definitie: nog geen credit; omdat art47\.has_credit\(A1\) → onwaar;/);
  });

  it("a call that comes back to its definition through another article is RW048", () => {
    const v = loadSet({
      "art-47/general.yaml": { id: "art47", article: 47, rules: "definition a(c in courses) = art48.b(c)\ndecision d for each c in courses:\n  refused if a(c)\n  otherwise allowed\n" },
      "art-48/general.yaml": { id: "art48", article: 48, rules: "definition b(c in courses) = art47.a(c)\ndecision e for each c in courses:\n  refused if b(c)\n  otherwise allowed\n" },
    });
    expect(errorsOf(v).map((d) => d.code)).toContain("RW048-recursive-definition");
    // Evaluation still ends: the call met again while its value is computed is missing, not a loop.
    const d = evaluate(compileVersion(v, {}), { courses: [{ code: "A" }] }, { trace: false }).decisions;
    expect(d.find((x) => x.id === "art47.d[A]")?.outcome).toBe("undetermined");
  });
});
