/**
 * Dates are whole days since 1970-01-01 (UTC) at run time, so date arithmetic is integer arithmetic
 * and comparisons are number comparisons.
 */
const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Day number of an ISO date (`YYYY-MM-DD`, ASCII digits), or null when the text is not a real
 * calendar date. Read character by character: it runs for every date a student's context holds when
 * the context is checked (≈ 117 in a generated student), and once per distinct text when rules read
 * them (runtime/fact-day.ts keeps the results). Years before 100 are refused, as the Date-based
 * reading this replaces refused them (Date.UTC reads 0–99 as 1900–1999); test/dsl/dates.test.ts
 * compares the two over 1600–2400.
 */
export function dayFromIso(iso: string): number | null {
  if (typeof iso !== "string" || iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return daysFromCivil(year, month, day);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by whole-number arithmetic (the days_from_civil
 * algorithm: years counted from March, so the leap day ends a year; 146,097 days per 400 years).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DASH = 45;
const ZERO = 48;

/** The number written by the ASCII digits from `start` to `end`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
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
