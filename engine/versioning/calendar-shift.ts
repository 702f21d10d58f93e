/**
 * A version's calendar moved to another academic year. A point with a rule that fixes it (the
 * fourth Monday of September) is computed exactly; a point that only says its weekday (a Monday)
 * moves to that weekday nearest the same day of the new year; any other point keeps its day and
 * month. The last two are guesses about a calendar the new year's text has not yet published, so
 * they are marked `to_confirm`, and every moved date is no longer from the seeds.
 */
import { dayFromIso, isoFromDay } from "../../dsl/index.js";
import type { CalendarEntry, CalendarRule } from "../load/index.js";

export type ShiftHow = "rule" | "weekday" | "same_day";

export interface ShiftedPoint {
  readonly name: string;
  readonly old: string;
  readonly new: string;
  readonly how: ShiftHow;
  readonly to_confirm?: string;
}

/** "2020-2021" moved by n years: "2022-2023". */
export function shiftAcademicYear(year: string, years: number): string {
  const m = /^(\d{4})-(\d{4})$/.exec(year);
  if (!m) return year;
  return `${Number(m[1]) + years}-${Number(m[2]) + years}`;
}

/** Whether a text is an academic year ("2020-2021": two consecutive years). */
export function isAcademicYear(text: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(text);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
const weekdayIndex = (name: string): number => WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
const weekdayOf = (day: number): number => new Date(day * DAY_MS).getUTCDay();

/** The same day and month n years later (29 February becomes 28 February in a common year). */
export function sameDayYearsLater(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The nth (or last, -1) given weekday of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  if (nth === -1) {
    const last = Math.round(Date.UTC(year, month, 0) / DAY_MS);
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = Math.round(Date.UTC(year, month - 1, 1) / DAY_MS);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1);
}

/** Whether a date is what its rule says (a manifest whose rule and date disagree cannot be moved by the rule). */
export function ruleHolds(iso: string, rule: CalendarRule): boolean {
  const day = dayFromIso(iso);
  if (day === null) return false;
  const weekday = weekdayIndex(rule.weekday);
  if (weekdayOf(day) !== weekday) return false;
  if (rule.nth === undefined || rule.month === undefined) return true;
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) === rule.month && nthWeekdayOfMonth(year, rule.month, weekday, rule.nth) === day;
}

function ruleText(rule: CalendarRule): string {
  if (rule.nth === undefined) return `a ${rule.weekday}`;
  const nth = rule.nth === -1 ? "last" : ["first", "second", "third", "fourth", "fifth"][rule.nth - 1];
  const month = new Date(Date.UTC(2000, rule.month! - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
  return `the ${nth} ${rule.weekday} of ${month}`;
}

export function shiftPoint(name: string, entry: CalendarEntry, years: number, fromVersion: string): ShiftedPoint {
  const anniversary = sameDayYearsLater(entry.date, years);
  const rule = entry.rule;
  if (rule && rule.nth !== undefined && rule.month !== undefined) {
    const day = nthWeekdayOfMonth(Number(entry.date.slice(0, 4)) + years, rule.month, weekdayIndex(rule.weekday), rule.nth);
    return { name, old: entry.date, new: isoFromDay(day), how: "rule" };
  }
  if (rule) {
    // The weekday nearest the anniversary: at most three days either way.
    const target = dayFromIso(anniversary)!;
    const weekday = weekdayIndex(rule.weekday);
    const current = weekdayOf(target);
    let offset = (weekday - current + 7) % 7;
    if (offset > 3) offset -= 7;
    const moved = isoFromDay(target + offset);
    return { name, old: entry.date, new: moved, how: "weekday", to_confirm: `moved from ${entry.date} (${fromVersion}) to ${ruleText(rule)} nearest the same day of the year, by regelwerk version new; confirm against the published calendar` };
  }
  return { name, old: entry.date, new: anniversary, how: "same_day", to_confirm: `moved from ${entry.date} (${fromVersion}) to the same day ${years} year(s) later by regelwerk version new; confirm against the new year's text` };
}

export function shiftCalendar(calendar: Readonly<Record<string, CalendarEntry>>, years: number, fromVersion: string): ShiftedPoint[] {
  return Object.entries(calendar).map(([name, entry]) => shiftPoint(name, entry, years, fromVersion));
}
