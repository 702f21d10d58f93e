/**
 * Missing facts make conditions unknown, not false: `and`/`or`/`not` are three-valued, and aggregates
 * over lists that are absent, or whose elements lack a field, say which facts they need.
 */
import { describe, expect, it } from "vitest";
import { Evaluator } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-11/general.yaml": {
    id: "art11",
    article: 11,
    rules: `
decision both "En":
  allowed if student.eea_national and enrolment.isp_deviation
  otherwise refused
decision either "Of":
  allowed if student.eea_national or enrolment.isp_deviation
  otherwise refused
decision negated "Niet":
  allowed if not enrolment.isp_deviation
  otherwise refused
decision total "Som":
  allowed if sum(c.credits for c in courses) >= 10 sp
  otherwise refused
decision some "Enige":
  allowed if any(c.compulsory for c in courses)
  otherwise refused
decision every "Alle":
  allowed if all(c.compulsory for c in courses)
  otherwise refused
decision counted "Aantal":
  allowed if count(c in courses where c.semester = "first") >= 1
  otherwise refused
decision lightest "Kleinste":
  determined with smallest(c.credits for c in courses where c.semester = "second") if true`,
  },
});

function decide(context: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of new Evaluator(version).evaluate(context).decisions) {
    out[d.id.replace("art11.", "")] = d.outcome === "undetermined" ? `? ${d.missing.join(", ")}` : d.outcome;
  }
  return out;
}

const facts = (eea: boolean | undefined, isp: boolean | undefined) => ({
  student: eea === undefined ? {} : { eea_national: eea },
  enrolment: isp === undefined ? {} : { isp_deviation: isp },
});

it("loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

describe("and / or / not with missing facts", () => {
  it("false and ? is false; true and ? is unknown", () => {
    expect(decide(facts(false, undefined)).both).toBe("refused");
    expect(decide(facts(undefined, false)).both).toBe("refused");
    expect(decide(facts(true, undefined)).both).toBe("? enrolment.isp_deviation");
    expect(decide(facts(true, true)).both).toBe("allowed");
  });

  it("true or ? is true; false or ? is unknown", () => {
    expect(decide(facts(true, undefined)).either).toBe("allowed");
    expect(decide(facts(undefined, true)).either).toBe("allowed");
    expect(decide(facts(false, undefined)).either).toBe("? enrolment.isp_deviation");
    expect(decide(facts(false, false)).either).toBe("refused");
  });

  it("? and ? and ? or ? need both facts; not ? is unknown", () => {
    const r = decide(facts(undefined, undefined));
    expect(r.both).toBe("? enrolment.isp_deviation, student.eea_national");
    expect(r.either).toBe("? enrolment.isp_deviation, student.eea_national");
    expect(r.negated).toBe("? enrolment.isp_deviation");
  });
});

describe("aggregates with missing facts", () => {
  it("over an absent list need the list", () => {
    const r = decide({});
    for (const id of ["total", "some", "every", "counted"]) expect(r[id], id).toBe("? courses");
  });

  it("over an empty list are 0, false and true, and have no smallest", () => {
    const r = decide({ courses: [] });
    expect([r.total, r.some, r.every, r.counted]).toEqual(["refused", "refused", "allowed", "refused"]);
    expect(r.lightest).toBe("? courses: no element meets the condition");
  });

  it("name the field an element lacks, by the element's code", () => {
    const r = decide({ courses: [{ code: "A", credits: 6, compulsory: true, semester: "second" }, { code: "B" }] });
    expect(r.total).toBe("? courses[B].credits");
    expect(r.every).toBe("? courses[B].compulsory");
    expect(r.counted).toBe("? courses[B].semester");
  });

  it("any(…) is true once one element holds, all(…) false once one fails, whatever else is missing", () => {
    expect(decide({ courses: [{ code: "A", compulsory: true }, { code: "B" }] }).some).toBe("allowed");
    expect(decide({ courses: [{ code: "A", compulsory: false }, { code: "B" }] }).every).toBe("refused");
  });

  it("smallest finds the least value of the selection", () => {
    const courses = [
      { code: "A", credits: 6, semester: "second" },
      { code: "B", credits: 3, semester: "first" },
      { code: "C", credits: 4, semester: "second" },
    ];
    const d = new Evaluator(version).evaluate({ courses }).decisions.find((x) => x.id === "art11.lightest")!;
    expect([d.outcome, d.value]).toEqual(["determined", 4]);
  });
});
