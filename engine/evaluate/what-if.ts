/**
 * "What would have to change": for a refusal (or a warning, or a required step), the smallest change
 * of one fact the decision looked at that gives another outcome. Booleans are flipped; numbers are
 * tried just below, at and just above every threshold the rule compared them with (the parameters
 * and definitions in its trace), so a rule like `round(cse) < 30 %` yields "with a CSE of 29.5 %".
 * Only facts of the context itself are changed, one at a time (a derived fact that was given counts as
 * that fact); no search is unbounded.
 */
import type { CompiledRegulation } from "../compile/index.js";
import { evaluate, type DecisionResult, type ResultOutcome } from "./evaluate.js";
import type { UnitCode } from "../../dsl/index.js";

export interface WhatIf {
  readonly fact: string;
  readonly from: unknown;
  readonly to: unknown;
  /** The fact's unit (the renderers say `29.5 %`). */
  readonly unit: UnitCode | null;
  readonly outcome: ResultOutcome;
}

const NUDGES = [-1, -0.5, -0.01, 0, 0.01, 0.5, 1];

function setPath(context: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(context);
  let node: Record<string, unknown> = copy;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    if (!next || typeof next !== "object") return copy;
    node = next as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

/** The decision's id without its element key, for evaluating only that decision. */
function baseId(id: string): string {
  return id.replace(/\[.*\]$/, "");
}

export function whatWouldChange(compiled: CompiledRegulation, context: Record<string, unknown>, decision: DecisionResult): WhatIf | null {
  const considered = decision.trace?.considered ?? [];
  const facts = new Map<string, unknown>();
  const units = new Map<string, UnitCode | null>();
  const thresholds = new Set<number>();
  for (const rule of considered) {
    for (const o of rule.observations) {
      if (o.kind === "fact" && /^[a-z_]+(\.[a-z_0-9]+)+$/.test(o.path) && (typeof o.value === "number" || typeof o.value === "boolean")) {
        facts.set(o.path, o.value);
        units.set(o.path, o.unit);
      }
      // A derived fact the context gave (`given`) is changed as that fact, not used as a threshold.
      if (o.kind === "definition" && o.given !== undefined && (typeof o.value === "number" || typeof o.value === "boolean")) {
        facts.set(o.given, o.value);
        units.set(o.given, o.unit);
      } else if ((o.kind === "parameter" || o.kind === "definition") && typeof o.value === "number") thresholds.add(o.value);
    }
  }
  let best: (WhatIf & { distance: number }) | null = null;
  const only = baseId(decision.id);
  const outcomeWith = (path: string, value: unknown): ResultOutcome | null => {
    const changed = setPath(context, path.split("."), value);
    const result = evaluate(compiled, changed, { only, hashInput: false }).decisions.find((d) => d.id === decision.id);
    return result?.outcome ?? null;
  };
  for (const [path, value] of facts) {
    const candidates: { to: unknown; distance: number }[] =
      typeof value === "boolean"
        ? [{ to: !value, distance: 1 }]
        : [...thresholds].flatMap((t) => NUDGES.map((n) => Number((t + n).toFixed(4)))).filter((to) => to >= 0 && to !== value).map((to) => ({ to, distance: Math.abs(to - (value as number)) }));
    candidates.sort((a, b) => a.distance - b.distance);
    for (const candidate of candidates) {
      if (best && candidate.distance >= best.distance) break;
      const outcome = outcomeWith(path, candidate.to);
      if (outcome && outcome !== decision.outcome && outcome !== "undetermined" && outcome !== "conflict") {
        best = { fact: path, from: value, to: candidate.to, unit: units.get(path) ?? null, outcome, distance: typeof value === "boolean" ? Infinity : candidate.distance };
        break;
      }
    }
  }
  if (!best) return null;
  const { distance: _distance, ...result } = best;
  return result;
}
