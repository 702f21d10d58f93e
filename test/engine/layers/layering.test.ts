/**
 * Layers: a general article, a faculty supplement, a campus supplement and a programme deviation.
 * The most specific applicable layer whose exception applies decides; equal layers that disagree give
 * `conflict` naming both files; `set` follows the same order; a deviation may replace the rule.
 */
import { describe, expect, it } from "vitest";
import type { DecisionResult } from "../../../engine/index.js";
import { Evaluator } from "../../../engine/index.js";
import type { RegulationVersion } from "../../../engine/index.js";
import { DIR, errorsOf, loadSet, type FileSpec } from "../../support/regulation-set.js";

const GENERAL: FileSpec = {
  id: "art10",
  open: ["minimum", "minimum_credits", "third_enrolment"],
  rules: `
parameter minimum = 25 sp "ten minste 25 studiepunten" / "at least 25 credits"
definition taken "opgenomen studiepunten" = sum(c.credits for c in courses)

decision minimum_credits "Minimumgrens studiepunten" / "Minimum number of credits" §2:
  allowed if taken >= minimum "genoeg opgenomen" / "enough credits"
  otherwise refused "te weinig opgenomen" / "too few credits"

decision maximum_credits "Maximumgrens studiepunten" §3:
  allowed if taken <= 72 sp
  otherwise refused

decision third_enrolment "Derde inschrijving" §4 for each c in courses:
  refused if count(a in c.attempts where not a.passed) >= 2 "twee keer niet geslaagd"
  otherwise allowed

decision exemption "Vrijstelling" §5:
  allowed if enrolment.isp_deviation "afwijking op grond van artikel 24"
  allowed if student.temporary_resident and not student.eea_national
  allowed if enrolment.credits_remaining < minimum
  otherwise refused`,
};

const LAW = { faculty: "LAW" };
const LAW_BRUSSEL = { faculty: "LAW", campus: "Brussel" };
const LAW_PROGRAMME = { faculty: "LAW", programmes: ["ba-rechten-verkort"] };
const APPROVAL = "Academische Raad, 1 januari 2020";

function load(files: Record<string, FileSpec>): RegulationVersion {
  const version = loadSet({ "art-10/general.yaml": GENERAL, ...files });
  expect(errorsOf(version)).toEqual([]);
  return version;
}

function results(version: RegulationVersion, context: Record<string, unknown>): Map<string, DecisionResult> {
  return new Map(new Evaluator(version).evaluate(context).decisions.map((d) => [d.id, d]));
}

function student(enrolment: Record<string, unknown>, credits = 20): Record<string, unknown> {
  return { enrolment: { programme: { kind: "bachelor_shortened" }, ...enrolment }, courses: [{ code: "C1", credits }] };
}

const path = (file: string) => `${DIR}/${file}`;

describe("the most specific applicable layer decides", () => {
  const version = load({
    "art-10/law.yaml": { kind: "supplement", scope: LAW, rules: 'exception to minimum_credits:\n  allowed if enrolment.programme.kind = "bachelor_shortened" "faculteit"' },
    "art-10/law-brussel.yaml": { kind: "supplement", scope: LAW_BRUSSEL, rules: 'exception to minimum_credits:\n  discretionary if enrolment.programme.kind = "bachelor_shortened" "campus"' },
    "art-10/law-verkort.yaml": {
      kind: "deviation",
      scope: LAW_PROGRAMME,
      approval: APPROVAL,
      rules: 'exception to art10.minimum_credits:\n  required if enrolment.programme.kind = "bachelor_shortened" "opleiding"',
    },
  });
  const decide = (enrolment: Record<string, unknown>) => {
    const d = results(version, student(enrolment)).get("art10.minimum_credits")!;
    return { outcome: d.outcome, layer: d.layer, file: d.source?.file };
  };

  it("programme over campus over faculty over general", () => {
    expect(decide({ faculty: "LAW", campus: "Brussel", programme: { id: "ba-rechten-verkort", kind: "bachelor_shortened" } })).toEqual({
      outcome: "required",
      layer: "programme",
      file: path("art-10/law-verkort.yaml"),
    });
    expect(decide({ faculty: "LAW", campus: "Brussel" })).toEqual({ outcome: "discretionary", layer: "campus", file: path("art-10/law-brussel.yaml") });
    expect(decide({ faculty: "LAW", campus: "Leuven" })).toEqual({ outcome: "allowed", layer: "faculty", file: path("art-10/law.yaml") });
  });

  it("the same facts in another faculty get the general rule", () => {
    expect(decide({ faculty: "LET", campus: "Brussel", programme: { id: "ba-rechten-verkort", kind: "bachelor_shortened" } })).toEqual({
      outcome: "refused",
      layer: "general",
      file: path("art-10/general.yaml"),
    });
  });

  it("falls through every layer to the general rule where no exception applies", () => {
    const d = results(version, { ...student({ faculty: "LAW", campus: "Brussel", programme: { id: "ba-rechten-verkort", kind: "bachelor" } }) }).get("art10.minimum_credits")!;
    expect([d.outcome, d.layer]).toEqual(["refused", "general"]);
  });
});

describe("two files of the same layer", () => {
  const supplements = (a: string, b: string) =>
    load({
      "art-10/law-a.yaml": { kind: "supplement", scope: LAW, rules: `exception to minimum_credits:\n  ${a} if enrolment.programme.kind = "bachelor_shortened"` },
      "art-10/law-b.yaml": { kind: "supplement", scope: LAW, rules: `exception to minimum_credits:\n  ${b} if enrolment.programme.kind = "bachelor_shortened"` },
    });

  it("that both apply and disagree give a conflict naming both files", () => {
    const d = results(supplements("allowed", "refused"), student({ faculty: "LAW" })).get("art10.minimum_credits")!;
    expect(d.outcome).toBe("conflict");
    expect(d.layer).toBe("faculty");
    expect([...d.conflict].sort()).toEqual([path("art-10/law-a.yaml"), path("art-10/law-b.yaml")]);
    expect(d.conflict_origins.map((o) => o.role)).toEqual(["supplement", "supplement"]);
    expect(d.conflict_origins.every((o) => o.faculty === "LAW")).toBe(true);
  });

  it("that both apply and agree decide together", () => {
    const d = results(supplements("allowed", "allowed"), student({ faculty: "LAW" })).get("art10.minimum_credits")!;
    expect([d.outcome, d.layer, d.conflict]).toEqual(["allowed", "faculty", []]);
  });
});

describe("set: a parameter filled in by a faculty", () => {
  it("applies to that faculty only", () => {
    const version = load({ "art-10/law.yaml": { kind: "supplement", scope: LAW, rules: 'set minimum = 20 sp "ten minste 20 studiepunten"' } });
    const law = results(version, student({ faculty: "LAW" }, 22)).get("art10.minimum_credits")!;
    const let_ = results(version, student({ faculty: "LET" }, 22)).get("art10.minimum_credits")!;
    expect([law.outcome, law.layer]).toEqual(["allowed", "general"]);
    expect(let_.outcome).toBe("refused");
  });

  it("is taken from the most specific layer that sets it", () => {
    const version = load({
      "art-10/law.yaml": { kind: "supplement", scope: LAW, rules: "set art10.minimum = 20 sp" },
      "art-10/law-brussel.yaml": { kind: "supplement", scope: LAW_BRUSSEL, rules: "set art10.minimum = 18 sp" },
    });
    expect(results(version, student({ faculty: "LAW", campus: "Brussel" }, 19)).get("art10.minimum_credits")!.outcome).toBe("allowed");
    expect(results(version, student({ faculty: "LAW", campus: "Leuven" }, 19)).get("art10.minimum_credits")!.outcome).toBe("refused");
  });

  it("set to different values by two files of one layer gives a conflict naming both", () => {
    const version = load({
      "art-10/law-a.yaml": { kind: "supplement", scope: LAW, rules: "set minimum = 20 sp" },
      "art-10/law-b.yaml": { kind: "supplement", scope: LAW, rules: "set minimum = 22 sp" },
    });
    const d = results(version, student({ faculty: "LAW" }, 30)).get("art10.minimum_credits")!;
    expect(d.outcome).toBe("conflict");
    expect([...d.conflict].sort()).toEqual([path("art-10/law-a.yaml"), path("art-10/law-b.yaml")]);
    // Decisions that do not use the parameter are not affected.
    expect(results(version, student({ faculty: "LAW" }, 30)).get("art10.maximum_credits")!.outcome).toBe("allowed");
  });

  it("set to the same value by two files of one layer is no conflict", () => {
    const version = load({
      "art-10/law-a.yaml": { kind: "supplement", scope: LAW, rules: "set minimum = 20 sp" },
      "art-10/law-b.yaml": { kind: "supplement", scope: LAW, rules: "set minimum = 20 sp" },
    });
    expect(results(version, student({ faculty: "LAW" }, 21)).get("art10.minimum_credits")!.outcome).toBe("allowed");
  });
});

describe("a deviation", () => {
  const version = load({
    "art-10/law-verkort.yaml": {
      kind: "deviation",
      scope: LAW_PROGRAMME,
      approval: APPROVAL,
      rules: 'exception to minimum_credits:\n  allowed if taken >= 40 sp "minstens 40 studiepunten"\n  otherwise refused "minder dan 40 studiepunten"',
    },
  });

  it("with `otherwise` replaces the rule for its scope", () => {
    const d = results(version, student({ faculty: "LAW", programme: { id: "ba-rechten-verkort" } }, 30)).get("art10.minimum_credits")!;
    expect([d.outcome, d.layer, d.reason?.nl]).toEqual(["refused", "programme", "minder dan 40 studiepunten"]);
  });

  it("leaves everyone outside its scope to the general rule", () => {
    const d = results(version, student({ faculty: "LAW", programme: { id: "ba-rechten" } }, 30)).get("art10.minimum_credits")!;
    expect([d.outcome, d.layer]).toEqual(["allowed", "general"]);
  });
});

describe("what a faculty file may change", () => {
  it("a supplement that targets a point the article does not open gives RW036 at the target", () => {
    const version = loadSet({
      "art-10/general.yaml": GENERAL,
      "art-10/law.yaml": { kind: "supplement", scope: LAW, rules: "exception to maximum_credits:\n  allowed if enrolment.isp_deviation" },
    });
    const errors = errorsOf(version);
    expect(errors.map((d) => `${d.code} ${d.source}:${d.span.line}:${d.span.column}`)).toEqual([`RW036-not-open-to-faculties ${path("art-10/law.yaml")}:13:16`]);
    expect(errors[0]!.message).toContain("art10 does not open 'maximum_credits' to faculty supplements; it opens: minimum, minimum_credits, third_enrolment");
  });

  it("a deviation without approval gives RW037; with approval it may change the same point", () => {
    const rules = "exception to maximum_credits:\n  allowed if enrolment.isp_deviation\n  otherwise refused";
    const without = errorsOf(loadSet({ "art-10/general.yaml": GENERAL, "art-10/law.yaml": { kind: "deviation", scope: LAW, rules } }));
    expect(without.map((d) => `${d.code} ${d.span.line}:${d.span.column}`)).toEqual(["RW037-deviation-without-approval 13:16"]);
    const withApproval = loadSet({ "art-10/general.yaml": GENERAL, "art-10/law.yaml": { kind: "deviation", scope: LAW, approval: APPROVAL, rules } });
    expect(errorsOf(withApproval)).toEqual([]);
  });
});

describe("missing facts", () => {
  const version = load({});
  const exemption = (context: Record<string, unknown>) => results(version, context).get("art10.exemption")!;

  it("make a decision undetermined listing every missing fact", () => {
    const d = exemption({ enrolment: {}, student: {} });
    expect(d.outcome).toBe("undetermined");
    expect(d.missing).toEqual(["enrolment.credits_remaining", "enrolment.isp_deviation", "student.eea_national", "student.temporary_resident"]);
  });

  it("are listed as the facts the rules read even when their record is absent", () => {
    expect(exemption({}).missing).toEqual(["enrolment.credits_remaining", "enrolment.isp_deviation", "student.eea_national", "student.temporary_resident"]);
  });

  it("do not matter once an earlier rule decided", () => {
    expect(exemption({ enrolment: { isp_deviation: true } })).toMatchObject({ outcome: "allowed", missing: [] });
  });

  it("list only what is still needed", () => {
    const d = exemption({ enrolment: { isp_deviation: false }, student: { temporary_resident: false } });
    expect([d.outcome, d.missing]).toEqual(["undetermined", ["enrolment.credits_remaining"]]);
  });

  it("of an earlier rule keep the decision open even when a later rule holds", () => {
    const d = exemption({ enrolment: { credits_remaining: 10 }, student: {} });
    expect(d.outcome).toBe("undetermined");
    expect(d.missing).toEqual(["enrolment.isp_deviation", "student.eea_national", "student.temporary_resident"]);
  });
});

describe("a per-course decision with a faculty exception", () => {
  const version = load({
    "art-10/law.yaml": { kind: "supplement", scope: LAW, rules: 'exception to third_enrolment:\n  allowed if c.kind = "masterproef" "masterproef"' },
  });
  const failedTwice = [{ passed: false }, { passed: false }];
  const courses = [
    { code: "C1", kind: "course", attempts: failedTwice },
    { code: "C2", kind: "masterproef", attempts: failedTwice },
    { code: "C3", kind: "course", attempts: [] },
    { code: "C4" },
  ];
  const decide = (faculty: string) => {
    const all = results(version, { enrolment: { faculty }, courses });
    return Object.fromEntries(["C1", "C2", "C3", "C4"].map((c) => {
      const d = all.get(`art10.third_enrolment[${c}]`)!;
      return [c, [d.outcome, d.layer, d.missing.join(",")]];
    }));
  };

  it("decides per course, named by the course code, with the exception where it applies", () => {
    expect(decide("LAW")).toEqual({
      C1: ["refused", "general", ""],
      C2: ["allowed", "faculty", ""],
      C3: ["allowed", "general", ""],
      C4: ["undetermined", "faculty", "courses[C4].kind"],
    });
  });

  it("without the exception in another faculty", () => {
    expect(decide("LET")).toEqual({
      C1: ["refused", "general", ""],
      C2: ["refused", "general", ""],
      C3: ["allowed", "general", ""],
      C4: ["undetermined", "general", "courses[C4].attempts"],
    });
  });
});
