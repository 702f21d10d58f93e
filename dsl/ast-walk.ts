/** Walking expressions: the children of a node, and every name used below it. */
import type * as A from "./ast.js";

export function childrenOf(expr: A.Expr): (A.Expr | null)[] {
  switch (expr.kind) {
    case "ListLit":
      return [...expr.items];
    case "RecordLit":
      return expr.fields.map((f) => f.value);
    case "Call":
      return [...expr.args];
    case "DefinitionCall":
      // The callee is a name too: the check order and the cycle check see what a call reads.
      return [expr.callee, ...expr.args];
    case "Aggregate":
      return [expr.body, expr.collection, expr.filter];
    case "Fold":
      return [expr.initial, expr.collection, expr.filter, expr.step];
    case "Unary":
      return [expr.operand];
    case "Binary":
      return [expr.left, expr.right];
    case "Conditional":
      return [expr.condition, expr.then, expr.otherwise];
    case "DecisionRef":
      return [expr.target, expr.element];
    default:
      return [];
  }
}

/** Call `found` with the path (and the node, for its place) of every name used in an expression (depth first). */
export function forEachName(expr: A.Expr | null, found: (path: readonly string[], ref: A.NameRef) => void): void {
  if (!expr) return;
  if (expr.kind === "NameRef") found(expr.path, expr);
  for (const child of childrenOf(expr)) forEachName(child, found);
}
