/**
 * A derived fact overridden inside a computation (docs/language.md, "Derived facts"): in
 * `first_known(h.credits_earned, courses_credits_earned)` the history entry's figure, when given,
 * overrides what art. 33 derives from this year's course results. Such a `first_known` records the
 * fact it took on the frame's `givens` (traces only), and the definition computing it reports the
 * fact as given. A `first_known` whose second value is a default — a literal, another fact, a
 * parameter, a calendar date (`first_known(c.contract, enrolment.contract)`, `first_known(e.absent,
 * false)`) — overrides nothing derived and records nothing.
 */
import type * as A from "../../dsl/index.js";
import { UNKNOWN, unitOf } from "../../dsl/index.js";
import { Conflicted, displayValue, type Frame } from "../runtime/index.js";
import type { CompileContext } from "./compile-expr.js";
import { printedExpr } from "./printed.js";

/**
 * What records the override at run time: the first value (already known) and the fact's path with
 * its element (`history[1].credits_earned`), which the caller computes only while tracing (when
 * `f.givens` is not null). Null where nothing derived is overridden.
 */
export type GivenRecorder = (f: Frame, value: unknown, path: string) => void;

/** `bound`: whether a name is a variable bound around the call (an aggregate's element). */
export function givenOverride(expr: A.Call, cx: CompileContext, bound: (name: string) => boolean): GivenRecorder | null {
  const [fact, computed] = expr.args;
  if (!fact || !computed || !isFact(fact, cx, bound) || !isComputation(computed, cx, bound)) return null;
  const type = cx.types.get(fact) ?? UNKNOWN;
  const unit = unitOf(type);
  const instead = printedExpr(computed, cx.lang);
  const insteadNl = printedExpr(computed, "nl");
  return (f, value, path) => {
    if (f.givens === null || value instanceof Conflicted) return;
    f.givens.push({ path, instead, instead_nl: insteadNl, value, unit, display: displayValue(value, type) });
  };
}

/** A field of the student context, directly or through a bound element (`h.credits_earned`). */
function isFact(e: A.Expr, cx: CompileContext, bound: (name: string) => boolean): boolean {
  if (e.kind !== "NameRef") return false;
  const head = e.path[0]!;
  if (bound(head)) return e.path.length > 1;
  return cx.resolver.constant(head) === null && cx.resolver.symbol(e.path) === null;
}

/** Something the rules compute: a definition read or called, or any operation; not a default. */
function isComputation(e: A.Expr, cx: CompileContext, bound: (name: string) => boolean): boolean {
  switch (e.kind) {
    case "NumberLit":
    case "StringLit":
    case "BoolLit":
    case "DateLit":
    case "ListLit":
    case "RecordLit":
    case "OutcomeLit":
      return false;
    case "NameRef": {
      if (bound(e.path[0]!) || cx.resolver.constant(e.path[0]!) !== null) return false;
      return cx.resolver.symbol(e.path)?.kind === "definition";
    }
    case "Call":
      // `first_known(courses_credits_tolerated, 0 sp)`: derived where its first value is.
      return e.callee === "first_known" ? e.args[0] !== undefined && e.args[0] !== null && isComputation(e.args[0], cx, bound) : true;
    default:
      return true;
  }
}
