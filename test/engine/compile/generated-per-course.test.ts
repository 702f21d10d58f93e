/**
 * A per-course faculty file's exceptions (scope.per_course) as generated JavaScript: the gate on the
 * course's faculty opens the generated function (generate-rules.ts, writeGate) instead of wrapping
 * closures. For each combination of gate (holds, does not, unknown) and condition (holds, does not,
 * lacks a fact) the generated path gives the closures' results — and the outcome the rules say.
 */
import { describe, expect, it } from "vitest";
import { compileVersion, evaluate, type DecisionResult } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-21/general.yaml": {
    id: "art21",
    article: 21,
    open: ["change"],
    rules: `
decision change "Wijziging" for each c in courses:
  allowed if c.credits <= 6 sp
  otherwise refused`,
  },
  "art-21/ppw.yaml": {
    article: 21,
    kind: "supplement",
    scope: { faculty: "PPW", per_course: true },
    rules: `
exception to art21.change:
  refused if c.code in ["P0BLOK"] "blokvak" / "block course"
  required if c.practicum "practicum" / "practical"`,
  },
});

const course = (code: string, extra: Record<string, unknown> = {}) => ({ code, credits: 3, ...extra });

/** Per context: the courses, the enrolment's faculty, and what art21.change says per course. */
const CASES: Record<string, { enrolment: Record<string, unknown>; courses: Record<string, unknown>[]; expected: Record<string, string> }> = {
  "the course's faculty, its condition holding or lacking a fact": {
    enrolment: { faculty: "WET" },
    courses: [course("P0BLOK", { faculty: "PPW" }), course("P0OTHR", { faculty: "PPW" }), course("P0PRAC", { faculty: "PPW", practicum: true })],
    expected: { P0BLOK: "refused", P0OTHR: "? courses[P0OTHR].practicum", P0PRAC: "required" },
  },
  "another faculty's course: the file's rules do not apply": {
    enrolment: { faculty: "PPW" },
    courses: [course("P0BLOK", { faculty: "WET" }), course("G0AAAA", { faculty: "WET" })],
    expected: { P0BLOK: "allowed", G0AAAA: "allowed" },
  },
  "no faculty on the course: the enrolment's": {
    enrolment: { faculty: "PPW" },
    courses: [course("P0BLOK"), course("G0AAAA", { practicum: false })],
    expected: { P0BLOK: "refused", G0AAAA: "allowed" },
  },
  "neither faculty known": {
    enrolment: {},
    courses: [course("P0BLOK"), course("G0AAAA", { practicum: false }), course("G0BBBB")],
    expected: {
      P0BLOK: "? courses[P0BLOK].faculty, courses[P0BLOK].practicum, enrolment.faculty", // the later rule's fact too: all that is missing to decide
      G0AAAA: "allowed",
      G0BBBB: "? courses[G0BBBB].faculty, courses[G0BBBB].practicum, enrolment.faculty",
    },
  },
};

const outcomeOf = (d: DecisionResult) => (d.outcome === "undetermined" ? `? ${d.missing.join(", ")}` : d.outcome);

describe("a per-course faculty file's exceptions as generated code", () => {
  it("loads without errors", () => {
    expect(errorsOf(version)).toEqual([]);
  });

  it("runs the gated exception as a generated function, the gate at its top", () => {
    const compiled = compileVersion(version, { faculty: "WET" }, undefined, { generated: true });
    const change = compiled.decisions.find((d) => d.id === "art21.change")!;
    const gated = change.exceptions.flat()[0]!;
    expect(gated.generated).not.toBeNull();
    expect(gated.generated!.source).toContain('=== "PPW"');
  });

  for (const [name, { enrolment, courses, expected }] of Object.entries(CASES)) {
    it(`gives the closures' results and the rules' outcomes: ${name}`, () => {
      const context = { enrolment, courses };
      const scope = { faculty: typeof enrolment.faculty === "string" ? enrolment.faculty : undefined };
      const generated = evaluate(compileVersion(version, scope, undefined, { generated: true }), context).decisions;
      const closures = evaluate(compileVersion(version, scope, undefined, { generated: false }), context).decisions;
      expect(generated).toEqual(closures);
      expect(Object.fromEntries(generated.map((d) => [d.item!.key, outcomeOf(d)]))).toEqual(expected);
    });
  }
});
