/**
 * Layers per course: a faculty file with `scope.per_course` binds the courses of its faculty
 * whatever the student's programme. Its exceptions to a per-course decision apply to the elements of
 * that faculty (the element's `faculty`, else the enrolment's), for students of every faculty; an
 * exception to a decision about the whole student belongs in a faculty file without per_course (the
 * checker refuses it in a per-course file, RW066) and keeps the student's scope. Same-rank layers
 * that disagree still conflict.
 */
import { expect, it } from "vitest";
import { Evaluator } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-21/general.yaml": {
    id: "art21",
    article: 21,
    open: ["change", "whole"],
    rules: `
decision change "Wijziging" for each c in courses:
  allowed if c.credits <= 6 sp
  otherwise refused
decision whole "Geheel":
  otherwise allowed`,
  },
  "art-21/ppw.yaml": {
    article: 21,
    kind: "supplement",
    scope: { faculty: "PPW", per_course: true },
    rules: `
exception to art21.change:
  refused if c.code in ["P0BLOK"] "blokvak" / "block course"`,
  },
  "art-21/ppw-students.yaml": {
    article: 21,
    kind: "supplement",
    scope: { faculty: "PPW" },
    rules: `
exception to art21.whole:
  refused if true "enkel voor PPW-studenten" / "PPW students only"`,
  },
  "art-21/let.yaml": {
    article: 21,
    kind: "supplement",
    scope: { faculty: "LET" },
    rules: `
exception to art21.change:
  allowed if c.code = "P0BLOK" "Letteren staat het toe" / "Arts allows it"`,
  },
});

const evaluator = new Evaluator(version);
const decide = (context: Record<string, unknown>) => {
  const out: Record<string, string> = {};
  for (const d of evaluator.evaluate(context).decisions) out[d.id] = d.outcome === "undetermined" ? `? ${d.missing.join(", ")}` : `${d.outcome}${d.layer ? ` (${d.layer})` : ""}`;
  return out;
};

it("loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

it("a course of the faculty takes its layer for a student of another faculty; the faculty's file for its own students does not", () => {
  const out = decide({ enrolment: { faculty: "WET" }, courses: [{ code: "P0BLOK", faculty: "PPW", credits: 3 }, { code: "G0AAAA", faculty: "WET", credits: 3 }] });
  expect(out["art21.change[P0BLOK]"]).toBe("refused (faculty)");
  expect(out["art21.change[G0AAAA]"]).toBe("allowed (general)");
  expect(out["art21.whole"]).toBe("allowed (general)");
});

it("a course of another faculty does not take it, even for a student of the faculty", () => {
  const out = decide({ enrolment: { faculty: "PPW" }, courses: [{ code: "P0BLOK", faculty: "WET", credits: 3 }] });
  expect(out["art21.change[P0BLOK]"]).toBe("allowed (general)");
  expect(out["art21.whole"]).toBe("refused (faculty)");
});

it("without the course's faculty the course counts as one of the enrolment's faculty", () => {
  expect(decide({ enrolment: { faculty: "PPW" }, courses: [{ code: "P0BLOK", credits: 3 }] })["art21.change[P0BLOK]"]).toBe("refused (faculty)");
  expect(decide({ enrolment: { faculty: "WET" }, courses: [{ code: "P0BLOK", credits: 3 }] })["art21.change[P0BLOK]"]).toBe("allowed (general)");
});

it("with neither faculty known, a rule that would hold asks for it; one that does not hold does not", () => {
  const out = decide({ courses: [{ code: "P0BLOK", credits: 3 }, { code: "G0AAAA", credits: 3 }] });
  expect(out["art21.change[P0BLOK]"]).toBe("? courses[P0BLOK].faculty, enrolment.faculty");
  expect(out["art21.change[G0AAAA]"]).toBe("allowed (general)");
});

it("the course's faculty's layer and the student's faculty's layer rank equally: disagreeing, they conflict", () => {
  const [d] = evaluator.evaluate({ enrolment: { faculty: "LET" }, courses: [{ code: "P0BLOK", faculty: "PPW", credits: 3 }] }).decisions.filter((x) => x.id === "art21.change[P0BLOK]");
  expect(d!.outcome).toBe("conflict");
});

it("traced, the decision shows the course's faculty the rule looked at", () => {
  const trace = evaluator.evaluate({ enrolment: { faculty: "WET" }, courses: [{ code: "P0BLOK", faculty: "PPW", credits: 3 }] }, { trace: true });
  const d = trace.decisions.find((x) => x.id === "art21.change[P0BLOK]")!;
  expect(d.trace!.considered.flatMap((r) => r.observations)).toContainEqual(expect.objectContaining({ kind: "fact", path: "courses[P0BLOK].faculty", value: "PPW" }));
});
