/**
 * Dates are whole days since 1970-01-01 (UTC) at run time, so date arithmetic is integer arithmetic
 * and comparisons are number comparisons.
 */
const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date, or null when the text is not a real calendar date. */
export function dayFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export const WEEKDAYS_NL = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"] as const;

export function weekdayIndex(name: string): number | null {
  const lower = name.toLowerCase();
  const en = WEEKDAYS.indexOf(lower as (typeof WEEKDAYS)[number]);
  if (en >= 0) return en;
  const nl = WEEKDAYS_NL.indexOf(lower as (typeof WEEKDAYS_NL)[number]);
  return nl >= 0 ? nl : null;
}

/** The n-th given weekday on or after a day ("de derde woensdag van het academiejaar"). */
export function nthWeekdayFrom(day: number, n: number, weekday: number): number {
  const current = new Date(day * MS_PER_DAY).getUTCDay();
  const first = day + ((weekday - current + 7) % 7);
  return first + 7 * (n - 1);
}
