/** The exception the form builds, in the file's keyword language, and the facts that meet it. */
import { describe, expect, it } from "vitest";
import { parse } from "../../dsl/index.js";
import { exceptionText, factsMeeting, operatorsFor, type Condition } from "../../editor/client/form/statement.js";
import type { Fact } from "../../editor/client/worker/facts.js";

const credits: Fact = { path: "enrolment.credits_remaining", type: "number", unit: "sp" };
const faculty: Fact = { path: "enrolment.faculty", type: "string" };
const distance: Fact = { path: "enrolment.programme.distance_learning", type: "boolean" };
const conditions: Condition[] = [
  { fact: credits, operator: "<", value: "20" },
  { fact: faculty, operator: "=", value: "IIW" },
  { fact: distance, operator: "is not", value: "" },
];
const exception = { decision: "art22.minimum_credits", conditions, combine: "and" as const, outcome: "allowed" as const, reasonNl: 'bijna "klaar"', reasonEn: "nearly done" };

describe("an exception built in the form", () => {
  it("is written with the file's keywords and parses without errors", () => {
    const nl = exceptionText(exception, "nl");
    expect(nl).toBe('uitzondering op art22.minimum_credits:\n  toegestaan als enrolment.credits_remaining < 20 sp en enrolment.faculty = "IIW" en niet enrolment.programme.distance_learning "bijna  klaar" / "nearly done"');
    expect(exceptionText({ ...exception, combine: "or" }, "en")).toContain("allowed if enrolment.credits_remaining < 20 sp or enrolment.faculty");
    for (const lang of ["nl", "en"] as const) expect(parse(exceptionText(exception, lang)).diagnostics).toEqual([]);
  });

  it("offers the operators that fit each fact's type", () => {
    expect(operatorsFor(distance)).toEqual(["is", "is not"]);
    expect(operatorsFor(faculty)).toEqual(["=", "!="]);
    expect(operatorsFor(credits)).toContain("<=");
  });

  it("fills a test's facts so that every condition holds, keeping the rest", () => {
    const given = factsMeeting(conditions, { enrolment: { faculty: "WET", contract: "diploma" } });
    expect(given).toEqual({ enrolment: { faculty: "IIW", contract: "diploma", credits_remaining: 19, programme: { distance_learning: false } } });
  });
});
