/**
 * One place that builds a symbol: the record the checker keeps for a declared parameter, definition
 * or decision. The file checker and the version checker (which predeclares every article's names)
 * both build it here, so a symbol means the same thing wherever it comes from.
 */
import type * as A from "../ast.js";
import type { Outcome } from "../keywords.js";
import { UNKNOWN } from "../types.js";
import type { SymbolInfo } from "./environment.js";

/** A statement that declares a name others may use. */
export type NamedDeclaration = A.Declaration | A.DecisionDecl;

export function declaresName(statement: A.Statement): statement is NamedDeclaration {
  return statement.kind === "Declaration" || statement.kind === "DecisionDecl";
}

/**
 * The symbol a statement declares in `namespace`, read from `source`. Its type is unknown until the
 * checker types it, and a decision's for-each is filled in when its rules are checked.
 */
export function symbolOf(statement: NamedDeclaration, namespace: string, source: string): SymbolInfo {
  return {
    kind: statement.kind === "Declaration" ? statement.role : "decision",
    name: statement.name,
    namespace,
    type: UNKNOWN,
    label: statement.label,
    source,
    span: statement.nameSpan,
    forEach: null,
    ...(statement.kind === "Declaration" && statement.parameters.length > 0 ? { parameters: statement.parameters.map((p) => ({ name: p.name, element: UNKNOWN })) } : {}),
    ...(statement.kind === "DecisionDecl" ? { decision: { outcomes: outcomesOf(statement.rules), perElement: statement.forEach !== null } } : {}),
  };
}

/** The outcomes a list of rules can give: each rule's, and not_applicable where none is `otherwise`. */
export function outcomesOf(rules: readonly A.Rule[], orNotApplicable = true): Outcome[] {
  const out = new Set<Outcome>();
  for (const rule of rules) if (rule.outcome) out.add(rule.outcome);
  if (orNotApplicable && !rules.some((r) => r.isOtherwise)) out.add("not_applicable");
  return [...out];
}
