/**
 * What generated code calls (generate-*.ts): small functions V8 inlines, so a rule set's source
 * reads as straight-line comparisons. Each does exactly what the closure compiler does at that
 * point (compile-expr.ts), so both paths give the same values, missing facts and conflicts.
 */
import { Conflicted, IN_PROGRESS, Missing, UNSET, Undecided, factDay, type Frame } from "../runtime/index.js";

/** A record to read a field of; undefined for anything else (then the fact read is missing). */
export function obj(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
}

/** A fact as read: null counts as absent, as in compile-expr's readPath. */
export function known(value: unknown): unknown {
  return value === null ? undefined : value;
}

/** A date fact arrives as ISO text; text that is no date is absent (Missing where it is read). */
export function day(value: unknown): unknown {
  return typeof value === "string" ? (factDay(value) ?? undefined) : value;
}

/**
 * A parameter or definition: from the memo, or computed by the scope's code (which memoises it).
 * While tracing (`givens` collected) always by the scope's code: a definition reading another passes
 * on the given facts the other was computed from (compile-shared).
 */
export function sym(f: Frame, memo: number): unknown {
  const v = f.memo[memo];
  return v === UNSET || v === IN_PROGRESS || f.givens !== null ? f.symbols[memo]!(f) : v;
}

/** `prefix.field` as readPath names a missing fact (no prefix: just the field). */
export function pathOf(prefix: string, fields: string): string {
  return prefix ? `${prefix}.${fields}` : fields;
}

/** The path of one element of a list, as the closure compiler's aggregates name it (runtime/values.ts). */
export { elementPath } from "../runtime/index.js";

/** Two undecided values met: a conflict wins, missing facts are put together (compile-expr's merge). */
export function mergeU(a: Missing | Conflicted | null, b: Missing | Conflicted): Missing | Conflicted {
  if (b instanceof Conflicted) return b;
  if (a instanceof Conflicted) return a;
  return a ? Missing.merge(a, b) : b;
}

/**
 * A per-course faculty file's rule whose course faculty is unknown (`gate`, its Missing): `and` stays
 * three-valued as in compile-shared's gatedByCourseFaculty — a false condition is false, missing facts
 * are put together (the gate's first), a conflict stays, and a holding condition is as unknown as the gate.
 */
export function gateAnd(gate: Missing, condition: unknown): unknown {
  if (condition === false) return false;
  if (condition instanceof Missing) return Missing.merge(gate, condition);
  if (condition instanceof Undecided) return condition;
  return gate;
}

/** `x in [1, 2.5]`: a number is in a list of numbers within the comparisons' tolerance. */
export function inNumbers(a: number, numbers: readonly number[], epsilon: number): boolean {
  for (let i = 0; i < numbers.length; i++) if (Math.abs(numbers[i]! - a) < epsilon) return true;
  return false;
}

/** `x in list` for a list computed at run time (compile-expr's general `in`). */
export function inList(a: unknown, list: readonly unknown[], epsilon: number): boolean {
  return list.some((x) => (typeof x === "number" && typeof a === "number" ? Math.abs(x - a) < epsilon : x === a));
}

/**
 * What a generated rule set reports besides the index of the rule that decided: that rule's value,
 * or, when a rule lacked facts, the first such rule and the undecided values of it and of the rules
 * after it (runRules in evaluate.ts turns them into the missing facts and conflicts).
 */
export interface RuleSetOut {
  value: unknown;
  open: number;
  undecided: (Missing | Conflicted)[];
}

/** A rule that could not decide: the first one opens the list, later ones add what they lacked. */
export function note(out: RuleSetOut, open: number, rule: number, undecided: Missing | Conflicted): number {
  if (open < 0) {
    out.open = rule;
    out.undecided = [undecided];
    return rule;
  }
  out.undecided.push(undecided);
  return open;
}

/** `outcome(art24.x)` / `value(…)` (decision-ref): the same read as the closure's (compile-decision-ref.ts). */
export { readDecisionAt as readDecision } from "./compile-decision-ref.js";
