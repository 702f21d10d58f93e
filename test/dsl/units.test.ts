/**
 * Units are part of number types: credits (sp), percentages, hours and days do not mix, `sp / sp` is
 * a plain ratio, and dates take days. The checker says so with RW021 before anything is evaluated.
 */
import { describe, expect, it } from "vitest";
import { codesOf, diagnosticsOf, typeOf } from "./check-helpers.js";

describe("arithmetic with units", () => {
  it("adds and subtracts numbers of the same unit", () => {
    expect(typeOf("25 sp + 5 sp")).toEqual({ type: "number in sp", codes: [] });
    expect(typeOf("enrolment.credits_remaining - 5 sp")).toEqual({ type: "number in sp", codes: [] });
    expect(typeOf("12 hours + 1 hour")).toEqual({ type: "number in hours", codes: [] });
    expect(typeOf("3 + 4")).toEqual({ type: "number without unit", codes: [] });
  });

  it("refuses to add credits and percentages, or credits and a plain number", () => {
    expect(typeOf("25 sp + 5 %").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("25 sp - 5").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("12 hours + 1 day").codes).toEqual(["RW021-unit-mismatch"]);
  });

  it("names both units and points at the right operand", () => {
    const text = "definition x = sum(c.credits for c in courses) + 5 %\n";
    const [d] = diagnosticsOf(text);
    expect(d?.code).toBe("RW021-unit-mismatch");
    expect(d?.message).toBe("cannot add a number in % to a number in sp");
    expect(text.slice(d!.span.start, d!.span.end)).toBe("5 %");
  });

  it("keeps the unit when multiplying or dividing by a plain number", () => {
    expect(typeOf("25 sp * 2")).toEqual({ type: "number in sp", codes: [] });
    expect(typeOf("2 * 25 sp")).toEqual({ type: "number in sp", codes: [] });
    expect(typeOf("60 sp / 2")).toEqual({ type: "number in sp", codes: [] });
  });

  it("makes a plain ratio of sp / sp", () => {
    expect(typeOf("30 sp / 60 sp")).toEqual({ type: "number without unit", codes: [] });
    expect(typeOf("floor(enrolment.credits_remaining / 12 sp)")).toEqual({ type: "number without unit", codes: [] });
  });

  it("refuses sp * sp and sp / %", () => {
    expect(typeOf("25 sp * 2 sp").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("25 sp / 50 %").codes).toEqual(["RW021-unit-mismatch"]);
  });

  it("gives a percentage from percent(sp, sp) and refuses percent(sp, %)", () => {
    expect(typeOf("percent(11 sp, 60 sp)")).toEqual({ type: "number in %", codes: [] });
    expect(typeOf("percent(11 sp, 60 %)").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("min(25 sp, 50 %)").codes).toEqual(["RW021-unit-mismatch"]);
  });
});

describe("dates and days", () => {
  it("adds days to a date and subtracts dates into days", () => {
    expect(typeOf("2020-11-30 + 14 days")).toEqual({ type: "date", codes: [] });
    expect(typeOf("14 days + 2020-11-30")).toEqual({ type: "date", codes: [] });
    expect(typeOf("calendar.academic_year_start - 7 days")).toEqual({ type: "date", codes: [] });
    expect(typeOf("enrolment.unenrolment_date - enrolment.enrolment_date")).toEqual({ type: "number in days", codes: [] });
  });

  it("refuses credits, hours or another date added to a date", () => {
    expect(typeOf("2020-11-30 + 14 sp").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("2020-11-30 + 14").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("2020-11-30 + 12 hours").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("enrolment.enrolment_date + enrolment.unenrolment_date").codes).toEqual(["RW021-unit-mismatch"]);
    expect(typeOf("14 days - 2020-11-30").codes).toEqual(["RW021-unit-mismatch"]);
  });
});

describe("comparisons", () => {
  const rule = (condition: string) => `decision d:\n  allowed if ${condition}\n  otherwise refused\n`;

  it("compares numbers of one unit, and dates with dates", () => {
    expect(codesOf(rule("enrolment.credits_remaining < 25 sp"))).toEqual([]);
    expect(codesOf(rule("enrolment.cse >= 50 %"))).toEqual([]);
    expect(codesOf(rule("enrolment.unenrolment_date <= 2020-11-30"))).toEqual([]);
    expect(codesOf(rule("enrolment.unenrolment_date - enrolment.enrolment_date < 30 days"))).toEqual([]);
  });

  it("refuses to compare credits with percentages, plain numbers or days", () => {
    expect(codesOf(rule("enrolment.credits_remaining < 25 %"))).toEqual(["RW021-unit-mismatch"]);
    expect(codesOf(rule("enrolment.credits_remaining < 25"))).toEqual(["RW021-unit-mismatch"]);
    expect(codesOf(rule("enrolment.credits_remaining < 25 days"))).toEqual(["RW021-unit-mismatch"]);
  });

  it("refuses to compare a date with a number (RW020: not even a number)", () => {
    expect(codesOf(rule("enrolment.unenrolment_date <= 30 days"))).toEqual(["RW020-type-mismatch"]);
  });

  it("checks the unit of a value a supplement sets", () => {
    expect(codesOf("# role: supplement\nset art22.minimum = 20 sp\n")).toEqual([]);
    const diagnostics = diagnosticsOf("# role: supplement\nset art22.minimum = 20 %\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["RW021-unit-mismatch"]);
    expect(diagnostics[0]!.message).toBe("'minimum' is a number in sp but is set to a number in %");
  });
});
