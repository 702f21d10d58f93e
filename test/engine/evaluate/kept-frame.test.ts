/**
 * A compiled scope keeps one frame's arrays and resets them per student, setting back only the
 * memo entries the previous student wrote (evaluate.ts, holdArrays). A student's results must not
 * depend on who was evaluated before: each student of a cohort, evaluated in turn through one kept
 * frame, gets the results of an evaluation on fresh arrays (a scope compiled from scratch, `shared:
 * false`, has none kept; the scopes of one shared compilation share theirs), with generated code and
 * with closures, traces off and on — a memo entry left over from a student before would give that
 * student's parameter or definition.
 */
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compileVersion, evaluate, Evaluator, openVersion } from "../../../engine/index.js";
import { loadSet } from "../../support/regulation-set.js";
import { generateCohort } from "../../../engine/diff/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";

const openOer = () => openVersion(nodeFileSystem, relative(process.cwd(), join(import.meta.dirname, "..", "..", "..", "regulations", "kuleuven-oer", "2020-2021")))!;

describe("a kept frame reset per student", () => {
  it("gives each student the results of a fresh frame, whoever was evaluated before", { timeout: 300_000 }, () => {
    const version = openOer();
    // Facts left out now and then (complete: false), so memo entries hold missing values as well as values.
    const cohort = [...generateCohort({ size: 30, seed: 11, complete: false })];
    for (const generated of [true, false]) {
      // One scope for all (the general text's), so every student goes through the same kept frame.
      const kept = compileVersion(version, {}, undefined, { generated });
      for (const trace of [false, true]) {
        cohort.forEach((student, i) => {
          const fresh = compileVersion(version, {}, undefined, { generated, shared: false });
          const expected = JSON.stringify(evaluate(fresh, student, { trace }).decisions);
          expect(JSON.stringify(evaluate(kept, student, { trace }).decisions), `student ${i}, generated ${generated}, trace ${trace}`).toBe(expected);
        });
      }
    }
  });
});

describe("a definition of an element in a kept frame", () => {
  // The memo of `has_credit(c)` is a map keyed by the element. If the map outlived the student, a
  // caller that changes a course in place and evaluates again got the value of before (and every
  // student's courses stayed reachable from the map: a batch of 100,000 ran out of memory).
  it("is computed again for the next evaluation, even of the same course objects changed in place", { timeout: 300_000 }, () => {
    const version = openOer();
    const [student] = [...generateCohort({ size: 1, seed: 5 })];
    const courses = (student as { courses: { result: { status: string; score?: number } }[] }).courses;
    expect(courses.length).toBeGreaterThan(0);
    for (const generated of [true, false]) {
      const kept = compileVersion(version, {}, undefined, { generated });
      evaluate(kept, student!);
      for (const c of courses) c.result = c.result.status === "score" && (c.result.score ?? 0) >= 10 ? { status: "score", score: 4 } : { status: "score", score: 15 };
      const fresh = compileVersion(version, {}, undefined, { generated, shared: false });
      expect(JSON.stringify(evaluate(kept, student!).decisions), `generated ${generated}`).toBe(JSON.stringify(evaluate(fresh, student!).decisions));
    }
  });
});

describe("a literal parameter in a kept frame", () => {
  // Literal parameters are set in a kept frame's memo once (constant-parameters.ts) and never reset:
  // a faculty that sets another value has another compilation and so other kept arrays. Students of
  // both, one after the other through one Evaluator, must each get their own faculty's value.
  const rules = `
parameter minimum = 25 sp "ten minste"
decision minimum_credits "Minimumgrens" §2:
  allowed if sum(c.credits for c in courses) >= minimum "genoeg"
  otherwise refused "te weinig"`;
  const files = {
    "art-10/general.yaml": { id: "art10", open: ["minimum"], rules },
    "art-10/law.yaml": { kind: "supplement", scope: { faculty: "LAW" }, rules: "set minimum = 20 sp" },
  } as const;
  const student = (faculty: string) => ({ student: { id: faculty }, enrolment: { faculty, academic_year: "2020-2021" }, courses: [{ code: "C1", credits: 22, semester: "first" }] });

  for (const generated of [true, false]) {
    it(`gives each faculty its own value, alternating students (${generated ? "generated code" : "closures"})`, () => {
      const evaluator = new Evaluator(loadSet(files), undefined, { generated });
      for (const trace of [false, true, false]) {
        for (const faculty of ["LET", "LAW", "LET", "LAW"]) {
          const [d] = evaluator.evaluate(student(faculty), { trace }).decisions;
          expect(d!.outcome, `${faculty}, trace ${trace}`).toBe(faculty === "LAW" ? "allowed" : "refused");
          if (trace) {
            const read = d!.trace!.considered[0]!.observations.find((o) => o.kind === "parameter");
            expect(read?.value, `${faculty}: the minimum the trace shows`).toBe(faculty === "LAW" ? 20 : 25);
          }
        }
      }
    });
  }
});
