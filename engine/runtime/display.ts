/** Values as people read them: `25 sp`, `18,33 %`, `2020-11-30`, `ja`/`nee` (via the explainer). */
import { isoFromDay, type Type, unitText } from "../../dsl/index.js";
import { Conflicted, Missing } from "./values.js";

export function displayValue(value: unknown, type: Type): string {
  if (value instanceof Missing) return `? (${value.facts.join(", ")})`;
  if (value instanceof Conflicted) return `conflict (${value.sources.join(" / ")})`;
  if (type.kind === "date" && typeof value === "number") return isoFromDay(value);
  if (typeof value === "number") {
    const text = String(Number(value.toFixed(4)));
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
  if (type.kind === "date" && typeof value === "number") return isoFromDay(value);
  if (typeof value === "number") return Number(value.toFixed(4));
  return value ?? null;
}
