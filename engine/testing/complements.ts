/**
 * Complements: a supplement's exception cannot end in `otherwise` (RW034: it applies only where its
 * conditions hold), so its last rule often writes out the complement of the rule before it —
 * `discretionary if date <= deadline` then `refused if date > deadline`. Where that later rule is
 * reached, its condition cannot be false: it is false exactly where the earlier rule decides. Such a
 * condition is shown to change the outcome by the examples where the earlier condition is seen both
 * true and false (condition-coverage.ts counts it so).
 *
 * Exact and syntactic, no solver: the later condition is the complement of the earlier one as a
 * whole, or both are `P and x` with the same other conjuncts `P` (printed alike) and complementary
 * last conjuncts. Complementary: `not p` and `p`; `a > b` and `a <= b`, `<` and `>=`, `=` and `!=`,
 * with the operands in either order.
 */
import type * as A from "../../dsl/index.js";
import { printExpr } from "../../dsl/index.js";

/** The atoms a complement pairs, and the value the later atom has where its rule's condition holds. */
export interface ComplementPair {
  readonly earlier: A.Expr;
  readonly later: A.Expr;
  /** The later atom's value where the later conjunct holds (false for `not p`). */
  readonly holds: boolean;
}

const NEGATED: Readonly<Record<string, string>> = { "<": ">=", ">=": "<", ">": "<=", "<=": ">", "=": "!=", "!=": "=" };
const SWAPPED: Readonly<Record<string, string>> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "!=": "!=" };

const text = (e: A.Expr | null) => (e ? printExpr(e, "nl") : "");

/** `left and right` split into the conjuncts before the last one and the last one. */
function lastConjunct(e: A.Expr): { rest: string; last: A.Expr } {
  return e.kind === "Binary" && e.operator === "and" && e.left && e.right ? { rest: text(e.left), last: e.right } : { rest: "", last: e };
}

/** Whether `later` is `a op b` with op the negation of `earlier`'s operator, operands in either order. */
function negatedComparison(earlier: A.Expr, later: A.Expr): boolean {
  if (earlier.kind !== "Binary" || later.kind !== "Binary") return false;
  const negated = NEGATED[earlier.operator];
  if (negated === undefined || NEGATED[later.operator] === undefined) return false;
  const [a, b, c, d] = [text(earlier.left), text(earlier.right), text(later.left), text(later.right)];
  return (later.operator === negated && a === c && b === d) || (later.operator === SWAPPED[negated] && a === d && b === c);
}

/** The pair when the condition `later` is the complement of the condition `earlier` (see above), else null. */
export function complementPair(earlier: A.Expr, later: A.Expr): ComplementPair | null {
  const e = lastConjunct(earlier);
  const l = lastConjunct(later);
  if (e.rest !== l.rest) return null;
  if (l.last.kind === "Unary" && l.last.operator === "not" && l.last.operand && text(l.last.operand) === text(e.last)) return { earlier: e.last, later: l.last.operand, holds: false };
  if (e.last.kind === "Unary" && e.last.operator === "not" && e.last.operand && text(e.last.operand) === text(l.last)) return { earlier: e.last.operand, later: l.last, holds: true };
  return negatedComparison(e.last, l.last) ? { earlier: e.last, later: l.last, holds: true } : null;
}
