/** Calendar points moved to another year: by their rule exactly, by their weekday, or by day and month. */
import { describe, expect, it } from "vitest";
import { isoFromDay } from "../../../dsl/index.js";
import { nthWeekdayOfMonth, ruleHolds, sameDayYearsLater, shiftAcademicYear, shiftPoint } from "../../../engine/versioning/index.js";

describe("calendar points moved to another year", () => {
  it("computes the nth and the last weekday of a month", () => {
    expect(isoFromDay(nthWeekdayOfMonth(2022, 9, 1, 4))).toBe("2022-09-26");
    expect(isoFromDay(nthWeekdayOfMonth(2021, 9, 1, 4))).toBe("2021-09-27");
    expect(isoFromDay(nthWeekdayOfMonth(2020, 9, 1, -1))).toBe("2020-09-28");
    expect(isoFromDay(nthWeekdayOfMonth(2021, 2, 0, -1))).toBe("2021-02-28");
  });

  it("moves a point with an nth-weekday rule exactly, and does not ask to confirm it", () => {
    const p = shiftPoint("academic_year_start", { date: "2021-09-27", source: "s", rule: { weekday: "monday", nth: 4, month: 9 } }, 1, "oer 2021-2022");
    expect(p).toMatchObject({ new: "2022-09-26", how: "rule" });
    expect(p.to_confirm).toBeUndefined();
  });

  it("moves a point that only names its weekday to that weekday nearest the same day, to confirm", () => {
    // 21 September 2022 is a Wednesday: the Monday before (19) is nearer than the one after (26).
    const p = shiftPoint("start", { date: "2020-09-21", source: "s", rule: { weekday: "monday" } }, 2, "oer 2020-2021");
    expect(p).toMatchObject({ new: "2022-09-19", how: "weekday" });
    expect(p.to_confirm).toContain("2020-09-21");
    expect(shiftPoint("x", { date: "2020-12-21", source: "s", rule: { weekday: "monday" } }, 1, "v").new).toBe("2021-12-20");
  });

  it("keeps day and month of any other point, to confirm; 29 February becomes 28 February", () => {
    const p = shiftPoint("refund_full_until", { date: "2020-11-30", source: "s" }, 2, "oer 2020-2021");
    expect(p).toMatchObject({ new: "2022-11-30", how: "same_day" });
    expect(p.to_confirm).toBeDefined();
    expect(sameDayYearsLater("2020-02-29", 1)).toBe("2021-02-28");
    expect(sameDayYearsLater("2020-02-29", 4)).toBe("2024-02-29");
  });

  it("tells a date that is not what its rule says", () => {
    expect(ruleHolds("2021-09-27", { weekday: "monday", nth: 4, month: 9 })).toBe(true);
    expect(ruleHolds("2020-09-21", { weekday: "monday", nth: 4, month: 9 })).toBe(false);
    expect(ruleHolds("2020-09-22", { weekday: "monday" })).toBe(false);
  });

  it("moves academic years", () => {
    expect(shiftAcademicYear("2019-2020", 2)).toBe("2021-2022");
  });
});
