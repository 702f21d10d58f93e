/**
 * A rule that reads another decision (`outcome(art24.deviation) = allowed`) is explained by the read
 * once: the decision read, its outcome, and the file and rule that decided it. The condition that
 * only compares that outcome with outcome words (`… = allowed → true`) is not repeated; a condition
 * that does more with the read (a value compared with a threshold) still is.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, buildExplanation, explainDecision, type DecisionResult } from "../../../engine/index.js";
import { comparedRead, namesRead } from "../../../engine/explain/read-comparison.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-24/general.yaml": {
    id: "art24",
    article: 24,
    open: ["deviation"],
    rules: `
decision deviation "Afwijking" §1:
  discretionary if enrolment.isp_deviation "de faculteit beslist"
  otherwise not_applicable
decision own_read "Eigen lezing":
  allowed if outcome(deviation) != not_applicable
  otherwise refused`,
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
  allowed if outcome(art24.deviation) in [allowed, discretionary] "art. 24 stond het toe"
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
decision fee_high "Hoge bijdrage":
  warning if value(art47.fee) > 4 sp
  otherwise not_applicable`,
  },
});

const evaluator = new Evaluator(version);
const student = {
  enrolment: { faculty: "LAW", isp_deviation: true, first_in_programme: true },
  courses: [{ code: "A", credits: 6, attempts: [{ academic_year: "2020-2021", passed: false }] }],
};
const result = evaluator.evaluate(student, { trace: true });
const decision = (id: string): DecisionResult => result.decisions.find((d) => d.id === id)!;
const seenLines = (id: string, lang: "nl" | "en") =>
  explainDecision(decision(id), version, lang)
    .split("\n")
    .filter((l) => l.trimStart().startsWith(lang === "nl" ? "gezien:" : "seen:"));

it("loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

describe("a decision read of another article", () => {
  it("is one line: the decision read, its outcome and the faculty file and rule that decided it", () => {
    const nl = seenLines("art22.minimum", "nl");
    expect(nl).toHaveLength(1);
    expect(nl[0]).toMatch(/^ {6}gezien: omdat art\. 24 §1 besliste: toegestaan \(art24\.deviation «LAW staat het toe»; beslist door art\. 24 facultaire aanvulling LAW, oer\/2020-2021\/art-24\/law\.yaml:\d+\)$/);
    const en = seenLines("art22.minimum", "en");
    expect(en).toHaveLength(1);
    expect(en[0]).toMatch(/^ {6}seen: because art\. 24 §1 decided: allowed \(art24\.deviation «LAW staat het toe»; decided by art\. 24 faculty supplement LAW, oer\/2020-2021\/art-24\/law\.yaml:\d+\)$/);
  });

  it("leaves the comparison out of the tree too, not the read", () => {
    const tree = buildExplanation({ ...result, decisions: [decision("art22.minimum")] }, version);
    const observations = tree.decisions[0]!.rules.flatMap((r) => r.observations);
    expect(observations.map((o) => o.kind)).toEqual(["decision"]);
  });
});

it("a read of the rule's own article, compared with !=, is shown once", () => {
  const en = seenLines("art24.own_read", "en");
  expect(en).toHaveLength(1);
  expect(en[0]).toContain("because art. 24 §1 decided: allowed (art24.deviation");
  expect(en.join("\n")).not.toContain("!=");
});

it("a read of one element is shown once, for that element", () => {
  // Besides the read, the rule saw the list its element is of (`courses = [1 items]`).
  const nl = seenLines("art31.pronounced[A]", "nl").filter((l) => !l.includes("gezien: courses ="));
  expect(nl).toHaveLength(1);
  expect(nl[0]).toContain("omdat art. 47 besliste: verplicht (art47.retake[A]");
  expect(nl.join("\n")).not.toContain("uitkomst(");
});

it("a value read compared with a threshold keeps the comparison: the read alone does not say it", () => {
  const en = seenLines("art31.fee_high", "en");
  expect(en[0]).toContain("because art. 47 decided: determined 5 sp (art47.fee");
  expect(en[1]).toBe("      seen: value(art47.fee) > 4 sp → true");
});

describe("which conditions only compare a read's outcome", () => {
  it("an outcome compared with one word or a list, of a decision or of one element", () => {
    expect(comparedRead("uitkomst(art24.credit_limit_deviation) = toegestaan")).toBe("art24.credit_limit_deviation");
    expect(comparedRead("uitkomst(deviation) != niet_van_toepassing")).toBe("deviation");
    expect(comparedRead("uitkomst(art35.third_enrolment, c) in [geweigerd, discretionair]")).toBe("art35.third_enrolment");
  });

  it("not a value read, nor a read inside a larger condition", () => {
    expect(comparedRead("waarde(art47.fee) > 4 sp")).toBeNull();
    expect(comparedRead("uitkomst(art24.x) = toegestaan en enrolment.first")).toBeNull();
    expect(comparedRead("enrolment.kind = \"bridging\"")).toBeNull();
  });

  it("a name as written matches the read's id, with or without its article and element", () => {
    expect(namesRead("art24.x", "art24.x")).toBe(true);
    expect(namesRead("x", "art24.x")).toBe(true);
    expect(namesRead("art35.y", "art35.y[D0H01A]")).toBe(true);
    expect(namesRead("x", "art24.xx")).toBe(false);
    expect(namesRead("art24.x", "art23.x")).toBe(false);
  });
});
