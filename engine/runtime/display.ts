/** Values as people read them: `25 sp`, `18,33 %`, `2020-11-30`, `ja`/`nee` (via the explainer). */
import { isoFromDay, type Type, unitText } from "../../dsl/index.js";
import { Conflicted, Missing } from "./values.js";
import { boundedMemo } from "./bounded-memo.js";

/**
 * A whole number of up to 15 digits, which rounding to 4 decimals leaves as it is (`toFixed`, a
 * conversion to text, is the slow part of writing a result): `+ 0` turns -0 into 0 as `toFixed` does.
 */
function wholeNumber(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) < 1e15;
}

/** A day as ISO text: a cohort has few distinct dates, so each is written once. */
const isoDay = boundedMemo(isoFromDay);

export function displayValue(value: unknown, type: Type): string {
  if (value instanceof Missing) return `? (${value.facts.join(", ")})`;
  if (value instanceof Conflicted) return `conflict (${value.sources.join(" / ")})`;
  if (type.kind === "date" && typeof value === "number") return isoDay(value);
  if (typeof value === "number") {
    const text = wholeNumber(value) ? String(value + 0) : String(Number(value.toFixed(4)));
    return type.kind === "number" && type.unit ? `${text} ${unitText(type.unit)}` : text;
  }
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return `[${value.length} items]`;
  if (value && typeof value === "object") {
    // A record shows its fields (a fold's running state): `{ balance: 40 sp, rebuilt: true }`.
    if (type.kind !== "object") return "{…}";
    const fields = Object.entries(type.fields).map(([name, field]) => `${name}: ${displayValue((value as Record<string, unknown>)[name], field.type)}`);
    return `{ ${fields.join(", ")} }`;
  }
  return String(value);
}

/** The JSON form of a result value: numbers rounded to 4 decimals, dates as ISO text. */
export function jsonValue(value: unknown, type: Type): unknown {
  if (value instanceof Missing || value instanceof Conflicted) return null;
  if (type.kind === "date" && typeof value === "number") return isoDay(value);
  if (typeof value === "number") return wholeNumber(value) ? value + 0 : Number(value.toFixed(4));
  return value ?? null;
}
