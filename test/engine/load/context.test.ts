/**
 * Reading student contexts: every problem names the JSON path, what was found and what was
 * expected, at its line and column; nothing invalid reaches the evaluator.
 */
import { describe, expect, it } from "vitest";
import { readContexts } from "../../../engine/index.js";

const at = (text: string) => readContexts("student.yaml", text).diagnostics.map((d) => `${d.span.line}:${d.span.column} ${d.message}`);

describe("readContexts", () => {
  it("accepts one student, or a list of students", () => {
    expect(readContexts("s.yaml", "enrolment: { faculty: LAW }\ncourses: [{ code: C1, credits: 6 }]\n")).toMatchObject({ contexts: [{ enrolment: { faculty: "LAW" } }], diagnostics: [] });
    expect(readContexts("s.yaml", "- enrolment: { faculty: LAW }\n- enrolment: { faculty: LET }\n").contexts).toHaveLength(2);
  });

  it("reports a value outside the allowed values at the value", () => {
    // `enrolment: { faculty: ` is 22 characters.
    expect(at("enrolment: { faculty: LAWW }\n")).toEqual([
      '1:23 $.enrolment.faculty: found "LAWW": expected one of "KERK", "ARCH", "FABER", "BIR", "FEB", "FARM", "MED", "IIW", "ING", "LET", "PPW", "LAW", "SW", "THEO", "WET", "HIW"',
    ]);
  });

  it("prefixes the index of the student in a list", () => {
    expect(at("- enrolment: { faculty: LAW }\n- enrolment: { credits_remaining: -5 }\n")).toEqual([
      "2:35 $[1].enrolment.credits_remaining: found number -5: expected a value that must be >= 0",
    ]);
    expect(at("- enrolment: {}\n- 42\n")).toEqual(["2:3 $[1]: found 42: expected a record with student, enrolment, courses, history"]);
  });

  it("reports a course without its code", () => {
    expect(at("courses:\n  - { credits: 6 }\n")).toEqual(["2:5 $.courses[0]: missing field 'code'"]);
  });

  it("refuses a date that is not a calendar day", () => {
    expect(at("enrolment:\n  enrolment_date: 2020-02-30\n")).toHaveLength(1);
  });
});
