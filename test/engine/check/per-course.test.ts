/**
 * RW066: a file with `scope.per_course: true` binds its faculty's courses for every student, so it
 * may hold only exceptions to per-course decisions (and the parameters and definitions they use).
 * A decision, a `set`, or an exception to a decision about the student as a whole is an error at
 * the statement, with a message in English and Dutch. Positions counted by hand: regulationYaml
 * puts `rules: |` on line 13 of a supplement with a faculty and per_course, its first rule on 14,
 * indented two columns.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../dsl/diagnostics.js";
import { loadSet } from "../../support/regulation-set.js";

const at = (ds: readonly Diagnostic[]) => ds.filter((d) => d.code.startsWith("RW066")).map((d) => `${d.code} ${d.source.replace("oer/2020-2021/", "")}:${d.span.line}:${d.span.column}`);

const general = {
  id: "art10",
  open: ["course_allowed", "whole_programme", "limit"],
  rules: `parameter limit = 6 sp "grens"
decision course_allowed "Per opleidingsonderdeel" for each c in courses:
  otherwise allowed "algemeen"
decision whole_programme "Het programma":
  otherwise allowed "algemeen"`,
};

const perCourse = (rules: string) => ({ kind: "supplement" as const, scope: { faculty: "PPW", per_course: true }, rules });

describe("RW066: statements a per-course file may not hold", () => {
  it("accepts exceptions to per-course decisions and the definitions they use", () => {
    const v = loadSet({
      "art-10/general.yaml": general,
      "art-10/ppw.yaml": perCourse(`definition small "klein" = 3 sp
exception to course_allowed "PPW":
  refused if c.credits < small "te klein"`),
    });
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("refuses a decision, a set and an exception to a decision about the whole student, each at its place", () => {
    const v = loadSet({
      "art-10/general.yaml": general,
      "art-10/ppw.yaml": perCourse(`decision own "Eigen":
  otherwise allowed "x"
set art10.limit = 9 sp "PPW"
exception to art10.whole_programme "PPW":
  refused if enrolment.faculty = "PPW" "y"`),
    });
    expect(at(v.diagnostics)).toEqual(["RW066-per-course-file-statement art-10/ppw.yaml:14:12", "RW066-per-course-file-statement art-10/ppw.yaml:16:7", "RW066-per-course-file-statement art-10/ppw.yaml:17:16"]);
    const [decision, set, exception] = v.diagnostics.filter((d) => d.code.startsWith("RW066"));
    expect(decision!.severity).toBe("error");
    expect(decision!.message).toContain("found the decision 'own'");
    expect(decision!.message).toContain("de beslissing 'own'");
    expect(set!.message).toContain("'set art10.limit'");
    expect(exception!.message).toContain("an exception to 'art10.whole_programme', a decision about the student as a whole");
    expect(exception!.message).toContain("een beslissing over de student als geheel");
  });

  it("leaves the same statements alone in a faculty file without per_course", () => {
    const v = loadSet({
      "art-10/general.yaml": general,
      "art-10/ppw.yaml": { kind: "supplement", scope: { faculty: "PPW" }, rules: `set art10.limit = 9 sp "PPW"\nexception to whole_programme "PPW":\n  refused if enrolment.faculty = "PPW" "y"` },
    });
    expect(at(v.diagnostics)).toEqual([]);
  });

  it("finds nothing to refuse in the OER's per-course file", async () => {
    const { openVersion } = await import("../../../engine/index.js");
    const { nodeFileSystem } = await import("../../../engine/node/index.js");
    const oer = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
    expect(at(oer.diagnostics)).toEqual([]);
  });
});
