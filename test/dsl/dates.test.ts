/**
 * Dates: literals must be real calendar days (RW024), nth_weekday finds "the third Wednesday of the
 * academic year", days_between counts days; at run time dates are day numbers, shown as ISO dates.
 */
import { describe, expect, it } from "vitest";
import { builtinNamed } from "../../dsl/builtins.js";
import { dayFromIso, isoFromDay, nthWeekdayFrom, weekdayIndex } from "../../dsl/dates.js";
import { compileVersion } from "../../engine/index.js";
import { evaluate } from "../../engine/index.js";
import { errorsOf, loadSet } from "../support/regulation-set.js";
import { codesOf, diagnosticsOf, typeOf } from "./check-helpers.js";

const day = (iso: string) => dayFromIso(iso)!;
const nthWeekday = builtinNamed("nth_weekday")!;
const daysBetween = builtinNamed("days_between")!;

describe("nth_weekday", () => {
  it("finds the third Wednesday on or after the start of the academic year", () => {
    // 2020-09-21 is a Monday: Wednesdays 23 Sept, 30 Sept, 7 Oct.
    expect(isoFromDay(nthWeekday.run([day("2020-09-21"), 3, "wednesday"]) as number)).toBe("2020-10-07");
    expect(isoFromDay(nthWeekday.run([day("2020-09-21"), 1, "wednesday"]) as number)).toBe("2020-09-23");
  });

  it("counts the start day itself when it is that weekday", () => {
    // 2020-09-23 is a Wednesday.
    expect(isoFromDay(nthWeekday.run([day("2020-09-23"), 1, "wednesday"]) as number)).toBe("2020-09-23");
    expect(isoFromDay(nthWeekday.run([day("2020-09-23"), 3, "wednesday"]) as number)).toBe("2020-10-07");
  });

  it("knows Dutch weekday names and is called nde_weekdag in Dutch", () => {
    expect(builtinNamed("nde_weekdag")).toBe(nthWeekday);
    expect(weekdayIndex("woensdag")).toBe(weekdayIndex("wednesday"));
    expect(isoFromDay(nthWeekdayFrom(day("2021-02-15"), 2, weekdayIndex("vrijdag")!))).toBe("2021-02-26");
  });

  it("gives a date, and the checker refuses a non-date start", () => {
    expect(typeOf('nth_weekday(calendar.academic_year_start, 3, "wednesday")')).toEqual({ type: "date", codes: [] });
    expect(typeOf('nth_weekday(25 sp, 3, "wednesday")').codes).toEqual(["RW020-type-mismatch"]);
  });

  it("refuses a weekday name it does not know", () => {
    expect(codesOf('definition d = nth_weekday(calendar.academic_year_start, 3, "vrydag")\n')).not.toEqual([]);
  });
});

/** The Date-based reading dayFromIso replaced: a pattern, then the calendar's own check by a round trip. */
function dayByDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(back.getTime() / 86_400_000);
}

describe("dayFromIso", () => {
  it("reads every day from 1600 to 2400 as the Date-based reading does, and refuses the days that do not exist", () => {
    let days = 0;
    for (let year = 1600; year <= 2400; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 32; day++) {
          const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(dayFromIso(iso), iso).toBe(dayByDate(iso));
          if (dayFromIso(iso) !== null) days++;
        }
    // 801 years, of which 195 leap years (1600, 2000 and 2400 are; 1700, 1800, 1900, 2100 … are not).
    expect(days).toBe(801 * 365 + 195);
  });

  it("is strict at the edges: leap days, month ends, shapes that are almost a date", () => {
    expect(dayFromIso("2020-02-29")).toBe(18321);
    expect(dayFromIso("1970-01-01")).toBe(0);
    expect(dayFromIso("1969-12-31")).toBe(-1);
    for (const text of ["2021-02-29", "1900-02-29", "2020-04-31", "2020-00-10", "2020-13-01", "2020-01-00", "2020-1-01", "2020-01-1", " 2020-01-01", "2020-01-01 ", "2020-01-01\n", "2020/01/01", "２０２０-01-01", "2020-0a-01", "0099-01-01", "+20200-01-01", ""])
      expect(dayFromIso(text), JSON.stringify(text)).toBe(dayByDate(text) ?? null);
    for (const text of ["2021-02-29", "2020-1-01", "0099-01-01", "2020-01-01\n"]) expect(dayFromIso(text)).toBeNull();
    expect(dayFromIso(20200101 as unknown as string)).toBeNull();
  });
});

describe("days_between", () => {
  it("counts the days from one date to the next, negative when reversed", () => {
    expect(daysBetween.run([day("2020-09-21"), day("2020-11-30")])).toBe(70);
    expect(daysBetween.run([day("2020-11-30"), day("2020-09-21")])).toBe(-70);
    expect(daysBetween.run([day("2020-02-28"), day("2020-03-01")])).toBe(2); // leap year
    expect(daysBetween.run([day("2021-02-28"), day("2021-03-01")])).toBe(1);
    expect(daysBetween.run([day("2020-12-31"), day("2021-01-01")])).toBe(1);
  });

  it("is typed as a number of days and needs two dates", () => {
    expect(typeOf("days_between(enrolment.enrolment_date, enrolment.unenrolment_date)")).toEqual({ type: "number in days", codes: [] });
    expect(typeOf("dagen_tussen(2020-09-21, 2020-11-30)").type).toBe("number in days");
    expect(typeOf("days_between(2020-09-21, 14 days)").codes).toEqual(["RW020-type-mismatch"]);
  });
});

describe("date literals", () => {
  it("accepts real calendar days, including 29 February of a leap year", () => {
    expect(typeOf("2020-02-29")).toEqual({ type: "date", codes: [] });
    expect(dayFromIso("1970-01-01")).toBe(0);
    expect(isoFromDay(day("2020-11-30"))).toBe("2020-11-30");
  });

  it.each(["2021-02-29", "2020-11-31", "2020-13-01", "2020-00-10", "2020-04-00"])("refuses %s with RW024 at the literal", (literal) => {
    const text = `decision refund:\n  allowed if enrolment.unenrolment_date <= ${literal}\n  otherwise refused\n`;
    const [d, ...rest] = diagnosticsOf(text);
    expect(rest).toEqual([]);
    expect(d?.code).toBe("RW024-invalid-date");
    expect(d?.message).toContain(`'${literal}' is not a calendar date`);
    expect(text.slice(d!.span.start, d!.span.end)).toBe(literal);
    expect([d!.span.line, d!.span.column]).toEqual([2, 44]);
  });
});

describe("dates at run time", () => {
  it("evaluates date arithmetic on the calendar and on facts, and shows dates as ISO text", () => {
    const version = loadSet({
      "art-25/general.yaml": {
        id: "art25",
        article: 25,
        rules: `
parameter grace = 14 days
definition third_wednesday "derde woensdag" = nth_weekday(calendar.academic_year_start, 3, "wednesday")
decision deadline "Termijn" §1:
  determined with third_wednesday + grace if true
decision on_time "Tijdig" §1:
  allowed if enrolment.unenrolment_date <= third_wednesday + grace
  otherwise refused
decision days_enrolled "Dagen ingeschreven" §1:
  determined with days_between(enrolment.enrolment_date, enrolment.unenrolment_date) if true`,
      },
    });
    expect(errorsOf(version)).toEqual([]);
    const compiled = compileVersion(version, {});
    const result = (unenrolment: string) =>
      Object.fromEntries(
        evaluate(compiled, { enrolment: { enrolment_date: "2020-09-10", unenrolment_date: unenrolment } }).decisions.map((d) => [d.id, [d.outcome, d.value]]),
      );
    expect(result("2020-10-21")).toEqual({
      "art25.deadline": ["determined", "2020-10-21"],
      "art25.on_time": ["allowed", null],
      "art25.days_enrolled": ["determined", 41],
    });
    expect(result("2020-10-22")["art25.on_time"]).toEqual(["refused", null]);
  });
});
