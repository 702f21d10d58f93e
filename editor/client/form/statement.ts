/**
 * An exception built in the form, written in the rule language of the file (Dutch or English
 * keywords): `exception to <decision>: <outcome> if <conditions> "<reason nl>" / "<reason en>"`.
 */
import { KEYWORDS, OUTCOMES, unitText, type Lang, type Outcome, type UnitName } from "../../../dsl/index.js";
import type { Fact } from "../worker/facts.js";

export type Operator = "=" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not";

export interface Condition {
  readonly fact: Fact;
  readonly operator: Operator;
  /** Text as typed or chosen: a number, an enumeration value, a text. Unused for yes/no facts. */
  readonly value: string;
}

export interface NewException {
  readonly decision: string;
  readonly conditions: readonly Condition[];
  readonly combine: "and" | "or";
  readonly outcome: Outcome;
  readonly reasonNl: string;
  readonly reasonEn: string;
}

/** The operators that fit a fact's type. */
export function operatorsFor(fact: Fact): Operator[] {
  if (fact.type === "boolean") return ["is", "is not"];
  if (fact.type === "number") return ["=", "!=", "<", "<=", ">", ">="];
  return ["=", "!="];
}

const quoted = (text: string) => `"${text.replace(/["\\\n]/g, " ").trim()}"`;

function conditionText(c: Condition, lang: Lang): string {
  if (c.fact.type === "boolean") return c.operator === "is" ? c.fact.path : `${KEYWORDS.Not[lang]} ${c.fact.path}`;
  // A number carries its fact's unit (`20 sp`); the formatter then writes the unit canonically.
  const unit = unitText((c.fact.unit ?? null) as UnitName | null);
  const value = c.fact.type === "number" ? `${Number(c.value)}${unit ? ` ${unit}` : ""}` : quoted(c.value);
  return `${c.fact.path} ${c.operator} ${value}`;
}

export function exceptionText(e: NewException, lang: Lang): string {
  const joiner = ` ${(e.combine === "and" ? KEYWORDS.And : KEYWORDS.Or)[lang]} `;
  const condition = e.conditions.map((c) => conditionText(c, lang)).join(joiner);
  const reason = e.reasonNl.trim() ? ` ${quoted(e.reasonNl)}${e.reasonEn.trim() ? ` / ${quoted(e.reasonEn)}` : ""}` : "";
  return `${KEYWORDS.Exception[lang]} ${KEYWORDS.To[lang]} ${e.decision}:\n  ${OUTCOMES[e.outcome][lang]}${condition ? ` ${KEYWORDS.If[lang]} ${condition}` : ""}${reason}`;
}

/** Facts that make every condition hold (for a test's given): set into a copy of `base`. */
export function factsMeeting(conditions: readonly Condition[], base: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out = structuredClone(base) as Record<string, unknown>;
  for (const c of conditions) {
    const keys = c.fact.path.split(".");
    let at = out;
    for (const key of keys.slice(0, -1)) at = (at[key] = typeof at[key] === "object" && at[key] !== null ? at[key] : {}) as Record<string, unknown>;
    at[keys.at(-1)!] = holding(c);
  }
  return out;
}

function holding(c: Condition): unknown {
  if (c.fact.type === "boolean") return c.operator === "is";
  if (c.fact.type === "string") return c.operator === "=" ? c.value : `${c.value}-other`;
  const n = Number(c.value);
  return { "=": n, "!=": n + 1, "<": n - 1, "<=": n, ">": n + 1, ">=": n }[c.operator as "=" | "!=" | "<" | "<=" | ">" | ">="];
}
