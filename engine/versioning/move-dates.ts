/**
 * Moving the dates of a version's examples to another year. An example's date sits near the
 * calendar point it tests (the day after the refund deadline, the third Wednesday of the academic
 * year), so it moves with that point: the anchors are the calendar's points and every date the
 * rules compute from them alone (`nth_weekday(calendar.academic_year_start, 3, "wednesday")`,
 * `calendar.second_semester_start - 5 days`), each known in both years. A date moves by the anchor
 * nearest to it; one far from every anchor (a birth date, a past year's exam) keeps its day and
 * month. Academic years ("2020-2021") move by the number of years.
 */
import { builtinNamed, dayFromIso, isoFromDay, type Expr } from "../../dsl/index.js";
import { isAcademicYear, sameDayYearsLater, shiftAcademicYear } from "./calendar-shift.js";

export interface Anchor {
  readonly old: number;
  readonly new: number;
}

/** Farther than this from every anchor, a date is not about the calendar: it keeps its day and month. */
const ANCHOR_REACH_DAYS = 60;
/** Day numbers of dates after 1997: what tells a computed date from a count of days. */
const FIRST_PLAUSIBLE_DAY = 10_000;

const EXPR_KINDS = new Set(["NumberLit", "StringLit", "DateLit", "BoolLit", "ListLit", "RecordLit", "NameRef", "Call", "DefinitionCall", "Aggregate", "Fold", "Unary", "Binary", "Conditional"]);

/** The value of an expression built from calendar points and literals only, or undefined. */
function fold(expr: Expr | null, calendar: Readonly<Record<string, number>>): unknown {
  if (!expr) return undefined;
  switch (expr.kind) {
    case "NumberLit":
    case "StringLit":
      return expr.value;
    case "DateLit":
      return dayFromIso(expr.value) ?? undefined;
    case "NameRef":
      return expr.path.length === 2 && expr.path[0] === "calendar" ? calendar[expr.path[1]!] : undefined;
    case "Binary": {
      if (expr.operator !== "+" && expr.operator !== "-") return undefined;
      const a = fold(expr.left, calendar);
      const b = fold(expr.right, calendar);
      if (typeof a !== "number" || typeof b !== "number") return undefined;
      return expr.operator === "+" ? a + b : a - b;
    }
    case "Call": {
      const builtin = builtinNamed(expr.callee);
      const args = expr.args.map((a) => fold(a, calendar));
      if (!builtin || args.some((a) => a === undefined)) return undefined;
      return builtin.run(args);
    }
    default:
      return undefined;
  }
}

function usesCalendar(expr: Expr): boolean {
  let found = false;
  visitExprs(expr, (e) => {
    if (e.kind === "NameRef" && e.path[0] === "calendar") found = true;
  });
  return found;
}

/** Every expression below a node of the syntax tree (statements, rules, expressions alike). */
function visitExprs(node: unknown, found: (e: Expr) => void, depth = 0): void {
  if (depth > 200 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) visitExprs(item, found, depth + 1);
    return;
  }
  const kind = (node as { kind?: unknown }).kind;
  if (typeof kind === "string" && EXPR_KINDS.has(kind)) found(node as Expr);
  for (const [key, value] of Object.entries(node)) if (key !== "span" && !key.endsWith("Span") && !key.endsWith("Spans")) visitExprs(value, found, depth + 1);
}

function daysOf(calendar: Readonly<Record<string, { date: string }>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, entry] of Object.entries(calendar)) {
    const day = dayFromIso(entry.date);
    if (day !== null) out[name] = day;
  }
  return out;
}

/** The calendar points and the dates the rules compute from them alone, in the old and the new year. */
export function anchorsOf(version: { readonly files: readonly { readonly ast: { readonly statements: readonly unknown[] } }[] }, oldCalendar: Readonly<Record<string, { date: string }>>, newCalendar: Readonly<Record<string, { date: string }>>): Anchor[] {
  const before = daysOf(oldCalendar);
  const after = daysOf(newCalendar);
  const out = new Map<string, Anchor>();
  const add = (old: unknown, next: unknown) => {
    if (typeof old === "number" && typeof next === "number" && old > FIRST_PLAUSIBLE_DAY && next > FIRST_PLAUSIBLE_DAY) out.set(`${old}|${next}`, { old, new: next });
  };
  for (const name of Object.keys(before)) add(before[name], after[name]);
  for (const file of version.files) {
    visitExprs(file.ast.statements, (e) => {
      if (e.kind !== "NameRef" && usesCalendar(e)) add(fold(e, before), fold(e, after));
    });
  }
  return [...out.values()].sort((a, b) => a.old - b.old);
}

/** The dates the rules write as literals: `version new` cannot move them (they belong in the calendar). */
export function literalDates(version: { readonly files: readonly { readonly relPath: string; readonly ast: { readonly statements: readonly unknown[] } }[] }): { file: string; line: number; date: string }[] {
  const out: { file: string; line: number; date: string }[] = [];
  for (const file of version.files) {
    visitExprs(file.ast.statements, (e) => {
      if (e.kind === "DateLit") out.push({ file: file.relPath, line: e.span.line, date: e.value });
    });
  }
  return out;
}

export type DateMap = (iso: string) => string;

/** Each date by the anchor nearest to it (the earlier one on a tie), or by its day and month when none is near. */
export function byNearestAnchor(anchors: readonly Anchor[], years: number): DateMap {
  return (iso) => {
    const day = dayFromIso(iso);
    if (day === null) return iso;
    let best: Anchor | null = null;
    for (const a of anchors) if (!best || Math.abs(day - a.old) < Math.abs(day - best.old)) best = a;
    if (!best || Math.abs(day - best.old) > ANCHOR_REACH_DAYS) return sameDayYearsLater(iso, years);
    return isoFromDay(day + (best.new - best.old));
  };
}

/** Every date by the same number of days. */
export function byDays(days: number): DateMap {
  return (iso) => {
    const day = dayFromIso(iso);
    return day === null ? iso : isoFromDay(day + days);
  };
}

export function bySameDay(years: number): DateMap {
  return (iso) => (dayFromIso(iso) === null ? iso : sameDayYearsLater(iso, years));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One scalar of an example: a date by the map, an academic year by the years, anything else as it is. */
export function moveScalar(value: string, map: DateMap, years: number): string {
  if (DATE.test(value)) return map(value);
  if (isAcademicYear(value)) return shiftAcademicYear(value, years);
  return value;
}

/** Dates and academic years written inside a text (an example's name). */
export function moveInText(text: string, map: DateMap, years: number): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-\d{4}\b/g, (m) => moveScalar(m, map, years));
}

/** A whole value (an example's facts or expectations) with its dates and academic years moved. */
export function moveValue(value: unknown, map: DateMap, years: number): unknown {
  if (typeof value === "string") return moveScalar(value, map, years);
  if (Array.isArray(value)) return value.map((v) => moveValue(v, map, years));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveValue(v, map, years)]));
  return value;
}
