/**
 * Supplement or deviation by meaning (RW064): a general rule that allows "in elk geval" is a right;
 * a supplement whose exception refuses it for an example of the version placed in the supplement's
 * scope is warned about at its rule; a supplement that leaves the right alone, or a deviation, is not.
 */
import { describe, expect, it } from "vitest";
import { narrowedRights } from "../../../engine/testing/index.js";
import { errorsOf, loadSet, type FileSpec } from "../../support/regulation-set.js";

const GENERAL: FileSpec = {
  id: "art10",
  article: 10,
  open: ["minimum_credits"],
  rules: `decision minimum_credits "Minimumgrens" §2:
  allowed if enrolment.isp_deviation "met een afwijking in elk geval toegestaan"
  allowed if sum(c.credits for c in courses) >= 25 sp "ten minste 25"
  otherwise refused "minder dan 25"`,
  tests: `- name: afwijking, 10 sp
  given: { enrolment: { faculty: LET, isp_deviation: true }, courses: [{ code: C1, credits: 10 }] }
  expect: { minimum_credits: allowed }`,
};

const supplement = (rules: string, kind: "supplement" | "deviation" = "supplement"): FileSpec => ({
  kind,
  scope: { faculty: "LAW" },
  ...(kind === "deviation" ? { approval: "AR 2020-03-31" } : {}),
  rules,
});

describe("RW064", () => {
  it("warns at the supplement's rule that refuses the right, naming the right and the example", () => {
    const version = loadSet({
      "art-10/general.yaml": GENERAL,
      "art-10/law.yaml": supplement('exception to minimum_credits:\n  refused if sum(c.credits for c in courses) < 12 sp "LAW: minder dan 12"'),
    });
    const ds = narrowedRights(version);
    expect(ds.map((d) => `${d.code} ${d.source.replace("oer/2020-2021/", "")}:${d.span.line}:${d.span.column}`)).toEqual(["RW064-supplement-narrows-right art-10/law.yaml:14:5"]);
    expect(ds[0]!.severity).toBe("warning");
    expect(ds[0]!.message).toContain("art-10/general.yaml:14");
    expect(ds[0]!.message).toContain("'afwijking, 10 sp'");
  });

  it("is silent for a supplement that refuses only what the right does not cover, and for a deviation", () => {
    const narrowerOk = supplement('exception to minimum_credits:\n  refused if not enrolment.isp_deviation and sum(c.credits for c in courses) < 12 sp "LAW: minder dan 12"');
    expect(narrowedRights(loadSet({ "art-10/general.yaml": GENERAL, "art-10/law.yaml": narrowerOk }))).toEqual([]);
    const deviation = supplement('exception to minimum_credits:\n  refused if sum(c.credits for c in courses) < 12 sp "LAW: minder dan 12"', "deviation");
    expect(narrowedRights(loadSet({ "art-10/general.yaml": GENERAL, "art-10/law.yaml": deviation }))).toEqual([]);
  });
  describe("a right per element, defined once (art. 49's 'in elk geval')", () => {
    const general: FileSpec = {
      id: "art49",
      article: 49,
      open: ["early_assessment"],
      rules: `definition in_any_case(c in courses) "enkel nog de masterproef" =
  c.kind = "masterproef" and all(x.kind = "masterproef" for x in courses where x.result_pending)
decision early_assessment "Beoordeling na het eerste semester" for each c in courses:
  allowed if in_any_case(c) "enkel nog de masterproef: in elk geval"
  otherwise discretionary "de faculteit beslist"`,
      tests: `- name: enkel nog de masterproef, late aanvraag
  given:
    enrolment: { faculty: MED, early_assessment_request_date: 2020-11-02 }
    courses: [{ code: MP, kind: masterproef, result_pending: true }]
  expect: { "early_assessment[MP]": allowed }`,
    };
    const deadline = 'refused if enrolment.early_assessment_request_date > calendar.academic_year_start "FARM: aanvraag te laat"';

    it("warns at a supplement whose deadline refuses the element the right allows", () => {
      const version = loadSet({ "art-49/general.yaml": general, "art-49/farm.yaml": { ...supplement(`exception to art49.early_assessment:\n  ${deadline}`), article: 49, scope: { faculty: "FARM" } } });
      expect(errorsOf(version)).toEqual([]);
      const ds = narrowedRights(version);
      expect(ds.map((d) => `${d.code} ${d.source.replace("oer/2020-2021/", "")}:${d.span.line}`)).toEqual(["RW064-supplement-narrows-right art-49/farm.yaml:14"]);
      expect(ds[0]!.message).toContain("early_assessment[MP]");
    });

    it("is silent when the supplement's exception first allows the right by calling its definition", () => {
      const leavesItAlone = { ...supplement(`exception to art49.early_assessment:\n  allowed if art49.in_any_case(c) "FARM (aanvulling): in elk geval"\n  ${deadline}`), article: 49, scope: { faculty: "FARM" } };
      const version = loadSet({ "art-49/general.yaml": general, "art-49/farm.yaml": leavesItAlone });
      expect(errorsOf(version)).toEqual([]);
      expect(narrowedRights(version)).toEqual([]);
    });
  });
});
