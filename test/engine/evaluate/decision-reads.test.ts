/**
 * A rule that reads another decision (`outcome(art24.x) = allowed`): the decision read is the one
 * after layers for the student's scope, decided once per student, the same on the closures and the
 * generated path; undetermined and conflict reads stay undetermined with the facts they lack; a
 * decision per element is read for the element named; traces record what was read and who decided.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, explainDecision, scopeSource, type DecisionResult } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-24/general.yaml": {
    id: "art24",
    article: 24,
    open: ["deviation"],
    rules: `
decision deviation "Afwijking" §1:
  discretionary if enrolment.isp_deviation "de faculteit beslist"
  otherwise not_applicable`,
  },
  "art-24/law.yaml": {
    article: 24,
    kind: "supplement",
    scope: { faculty: "LAW" },
    rules: `
exception to art24.deviation:
  allowed if enrolment.isp_deviation and enrolment.first_in_programme "LAW staat het toe"`,
  },
  "art-22/general.yaml": {
    id: "art22",
    article: 22,
    rules: `
decision minimum "Minimum" §2:
  allowed if outcome(art24.deviation) = allowed "art. 24 stond het toe"
  discretionary if outcome(art24.deviation) = discretionary
  otherwise refused`,
  },
  "art-47/general.yaml": {
    id: "art47",
    article: 47,
    rules: `
decision retake "Herkansing" for each c in courses:
  required if count(a in c.attempts where not a.passed) >= 1
  otherwise not_applicable
decision fee "Bijdrage":
  determined with 5 sp if enrolment.isp_deviation
  otherwise not_applicable`,
  },
  "art-31/general.yaml": {
    id: "art31",
    article: 31,
    rules: `
decision pronounced "Uitgesproken" for each c in courses:
  required if outcome(art47.retake, c) = required
  otherwise not_applicable
decision fee_read "Bijdrage gelezen":
  otherwise determined with value(art47.fee) + 1 sp`,
  },
});

const paths = { closures: new Evaluator(version, undefined, { generated: false }), generated: new Evaluator(version, undefined, { generated: true }) };

function byId(decisions: readonly DecisionResult[]): Record<string, DecisionResult> {
  return Object.fromEntries(decisions.map((d) => [d.id, d]));
}

const courses = [
  { code: "A", credits: 6, attempts: [{ academic_year: "2020-2021", passed: false }] },
  { code: "B", credits: 6, attempts: [{ academic_year: "2020-2021", passed: true }] },
];

it("loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

for (const [path, evaluator] of Object.entries(paths)) {
  describe(`on the ${path} path`, () => {
    it("reads the decision after layers: the faculty's exception counts for its students only", () => {
      const let_ = byId(evaluator.evaluate({ enrolment: { faculty: "LET", isp_deviation: true, first_in_programme: true } }).decisions);
      expect(let_["art22.minimum"]?.outcome).toBe("discretionary");
      const law = byId(evaluator.evaluate({ enrolment: { faculty: "LAW", isp_deviation: true, first_in_programme: true } }).decisions);
      expect(law["art24.deviation"]?.outcome).toBe("allowed");
      expect(law["art22.minimum"]?.outcome).toBe("allowed");
      expect(byId(evaluator.evaluate({ enrolment: { faculty: "LAW", isp_deviation: false } }).decisions)["art22.minimum"]?.outcome).toBe("refused");
    });

    it("is undetermined where the decision read is, with the facts it lacks", () => {
      const law = byId(evaluator.evaluate({ enrolment: { faculty: "LAW", isp_deviation: true } }).decisions);
      expect(law["art24.deviation"]).toMatchObject({ outcome: "undetermined", missing: ["enrolment.first_in_programme"] });
      expect(law["art22.minimum"]).toMatchObject({ outcome: "undetermined", missing: ["enrolment.first_in_programme"] });
    });

    it("reads a decision per element for the element named, and a determined decision's value", () => {
      const d = byId(evaluator.evaluate({ enrolment: { faculty: "LET", isp_deviation: true }, courses }).decisions);
      expect(d["art31.pronounced[A]"]?.outcome).toBe("required");
      expect(d["art31.pronounced[B]"]?.outcome).toBe("not_applicable");
      expect(d["art31.fee_read"]).toMatchObject({ outcome: "determined", value: 6, unit: "sp" });
      const none = byId(evaluator.evaluate({ enrolment: { faculty: "LET", isp_deviation: false }, courses }).decisions);
      expect(none["art31.fee_read"]?.outcome).toBe("undetermined");
    });

    it("decides a decision read by another once, and gives each decision once in file order", () => {
      const result = evaluator.evaluate({ enrolment: { faculty: "LET", isp_deviation: true }, courses });
      const ids = result.decisions.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      // File order (art-22 before art-24, art-31 before art-47), though art. 22 and 31 read the later ones.
      expect(ids).toEqual(["art22.minimum", "art24.deviation", "art31.pronounced[A]", "art31.pronounced[B]", "art31.fee_read", "art47.retake[A]", "art47.retake[B]", "art47.fee"]);
      expect(evaluator.evaluate({ enrolment: { faculty: "LET", isp_deviation: true } }, { article: "22" }).decisions.map((d) => d.id)).toEqual(["art22.minimum"]);
    });
  });
}

for (const [path, evaluator] of Object.entries(paths)) {
  describe(`what a read that cannot decide passes on, on the ${path} path`, () => {
    it("lists only the student's facts as missing, never a reason (the reason is in the trace)", () => {
      // art47.fee is not_applicable without isp_deviation: value(art47.fee) has no value to give.
      const context = { enrolment: { faculty: "LET", isp_deviation: false }, courses };
      const read = byId(evaluator.evaluate(context).decisions)["art31.fee_read"];
      expect(read).toMatchObject({ outcome: "undetermined", missing: [] });
      const traced = byId(evaluator.evaluate(context, { trace: true }).decisions)["art31.fee_read"];
      expect(traced?.missing).toEqual([]);
      const seen = traced?.trace?.considered[0]?.observations.find((o) => o.kind === "decision");
      expect(seen).toMatchObject({ id: "art47.fee", outcome: "not_applicable" });
      // A read that lacks facts passes on exactly the context fields the decision read lacks.
      const lacking = byId(evaluator.evaluate({ enrolment: { faculty: "LET" }, courses }).decisions)["art31.fee_read"];
      expect(lacking).toMatchObject({ outcome: "undetermined", missing: ["enrolment.isp_deviation"] });
    });

    it("decides what a decision reads when only that decision is asked for", () => {
      const only = evaluator.evaluate({ enrolment: { faculty: "LET", isp_deviation: true }, courses }, { only: "art31.fee_read" }).decisions;
      expect(only.map((d) => d.id)).toEqual(["art31.fee_read"]);
      expect(only[0]).toMatchObject({ outcome: "determined", value: 6 });
      const art31 = evaluator.evaluate({ enrolment: { faculty: "LET", isp_deviation: true }, courses }, { article: "31" }).decisions;
      expect(byId(art31)["art31.pronounced[A]"]?.outcome).toBe("required");
    });
  });
}

it("generates the read as JavaScript on the generated path (no closure fallback)", () => {
  const source = scopeSource(paths.generated.compiledFor({ enrolment: { faculty: "LAW" } }));
  expect(source).toContain('readDecision(frame, "art24.deviation", undefined, false, "outcome")');
  expect(source).toMatch(/readDecision\(frame, "art47\.retake", \w+, true, "outcome"\)/);
  expect(source).toContain('readDecision(frame, "art47.fee", undefined, false, "value")');
});

it("gives the same results on both paths", () => {
  for (const enrolment of [{ faculty: "LAW", isp_deviation: true, first_in_programme: true }, { faculty: "LAW", isp_deviation: true }, { faculty: "LET" }]) {
    const context = { enrolment, courses };
    expect(paths.generated.evaluate(context).decisions).toEqual(paths.closures.evaluate(context).decisions);
    expect(paths.generated.evaluate(context, { trace: true }).decisions).toEqual(paths.closures.evaluate(context, { trace: true }).decisions);
  }
});

describe("traces and explanations", () => {
  const result = paths.closures.evaluate({ enrolment: { faculty: "LAW", isp_deviation: true, first_in_programme: true } }, { trace: true });
  const minimum = byId(result.decisions)["art22.minimum"]!;

  it("records which decision was read, its outcome and the file and rule that decided it", () => {
    const seen = minimum.trace?.considered[0]?.observations.find((o) => o.kind === "decision");
    expect(seen).toMatchObject({ kind: "decision", id: "art24.deviation", outcome: "allowed", article: "24", paragraph: "§1", origin: { article: 24, role: "supplement", faculty: "LAW" }, source: { file: "oer/2020-2021/art-24/law.yaml" } });
  });

  it("says in Dutch and English which decision it read and who decided it", () => {
    expect(explainDecision(minimum, version, "nl")).toContain("gezien: omdat art. 24 §1 besliste: toegestaan (art24.deviation «LAW staat het toe»; beslist door art. 24 facultaire aanvulling LAW, oer/2020-2021/art-24/law.yaml:");
    expect(explainDecision(minimum, version, "en")).toContain("seen: because art. 24 §1 decided: allowed (art24.deviation «LAW staat het toe»; decided by art. 24 faculty supplement LAW, oer/2020-2021/art-24/law.yaml:");
  });
});
