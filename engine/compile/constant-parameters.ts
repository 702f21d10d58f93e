/**
 * Parameters whose value in a scope is a literal (`parameter minimum = 25 sp`, a faculty's
 * `set minimum = 20 sp`): the same for every student of the compilation, so a kept frame's memo
 * holds them from the start and is never reset there (evaluate.ts, holdArrays: kept arrays and the
 * fresh ones of a nested evaluation alike). Without this, each
 * student computed each of them again through the memoising wrapper on its first read.
 *
 * Invariant: a constant's memo entry is written only here, never noted in the frame's `written`,
 * and every scope sharing the kept arrays (one compilation: compilationKey) has the same symbol
 * code at that index. A frame made without the prefill (`newFrame` elsewhere) computes it as before.
 */
import type * as A from "../../dsl/index.js";
import type { Code } from "../runtime/index.js";

const LITERALS: ReadonlySet<A.Expr["kind"]> = new Set(["NumberLit", "StringLit", "BoolLit", "DateLit"]);

/** By symbol code: the literal value it always gives. */
const constants = new WeakMap<Code, { readonly value: unknown }>();

/** Whether a parameter's value expression is a literal, so its compiled value never reads the frame. */
export function isLiteral(expr: A.Expr | null | undefined): boolean {
  return expr !== null && expr !== undefined && LITERALS.has(expr.kind);
}

/** Note that `code` (a parameter's memoising code) always gives `value`. */
export function noteConstant(code: Code, value: unknown): void {
  constants.set(code, { value });
}

const bySymbols = new WeakMap<readonly Code[], readonly (readonly [number, unknown])[]>();

/** The memo indices of a compilation's constant parameters, with their values. */
export function constantMemo(symbols: readonly Code[]): readonly (readonly [number, unknown])[] {
  let found = bySymbols.get(symbols);
  if (found === undefined) {
    const list: [number, unknown][] = [];
    symbols.forEach((code, memo) => {
      const constant = code && constants.get(code);
      if (constant) list.push([memo, constant.value]);
    });
    bySymbols.set(symbols, (found = list));
  }
  return found;
}
