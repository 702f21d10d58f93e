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
      '1:23 $.enrolment.faculty: found "LAWW": expected one of "KERK", "ARCH", "FABER", "BIR", "FEB", "FARM", "MED", "IIW", "ING", "LET", "PPW", "LAW", "SW", "THEO", "WET", "HIW"; did you mean `LAW`?',
    ]);
  });

  it("prefixes the index of the student in a list", () => {
    expect(at("- enrolment: { faculty: LAW }\n- enrolment: { credits_remaining: -5 }\n")).toEqual([
      "2:35 $[1].enrolment.credits_remaining: found number -5: expected at least 0",
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

describe("closed lists and sensible numbers", () => {
  const messages = (text: string, programmes: string[] = []) => readContexts("c.yaml", text, undefined, programmes).diagnostics.map((d) => d.message);

  it("a misspelt campus is refused with the nearest campus", () => {
    expect(messages("enrolment: { campus: Brusel }\n")[0]).toMatch(/^\$\.enrolment\.campus: found "Brusel": expected one of "Leuven", .*; did you mean `Brussel`\?$/);
  });

  it("a swap of two letters is the nearest: FAMR suggests FARM, not FABER", () => {
    expect(messages("enrolment: { faculty: FAMR }\n")[0]).toMatch(/did you mean `FARM`\?$/);
  });

  it("a programme id a typo away from one the regulation names is refused; another id is accepted", () => {
    const listed = ["ma-rechten", "ba-geneeskunde"];
    expect(messages("enrolment: { programme: { id: ma-rechtn } }\n", listed)).toEqual([
      '$.enrolment.programme.id: found "ma-rechtn", which is not in the regulation\'s programmes: expected "ma-rechten" (did you mean `ma-rechten`?) or a programme the regulation does not name',
    ]);
    expect(messages("enrolment: { programme: { id: ba-diergeneeskunde } }\n", listed)).toEqual([]);
  });

  it.each([
    ["1e400", "found 1e400, which reads as Infinity: expected a finite number"],
    [".nan", "found .nan, which reads as NaN: expected a finite number"],
    ["1e308", "$.enrolment.credits_remaining: found number 1e+308: expected at most 1000"],
  ])("credits_remaining: %s is refused", (value, message) => {
    expect(messages(`enrolment: { credits_remaining: ${value} }\n`).map((m) => m.replace(/^YAML: /, ""))).toEqual([message]);
  });
});

describe("sizes", () => {
  it("a context with more courses than any student takes is refused with the count", () => {
    const courses = Array.from({ length: 1001 }, (_, i) => `  - { code: C${i} }`).join("\n");
    const diagnostics = readContexts("c.yaml", `courses:\n${courses}\n`).diagnostics;
    expect(diagnostics.map((d) => `${d.span.line}:${d.span.column} ${d.message}`)).toEqual(["2:3 $.courses: found a list of 1001 items: expected at most 1000"]);
  });
});
