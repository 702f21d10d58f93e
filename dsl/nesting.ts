/**
 * How deep a statement may nest. The parser, the checker and the formatter recurse over the
 * expression tree, so a statement nested thousands deep (parentheses, lists, `not`s, unary minuses,
 * chained `if … then … otherwise`, or a long chain of `and`/`+`, which the parser builds left-deep)
 * would exhaust the call stack. Such a statement is refused with a positioned error before any of
 * them sees it; no rule written for a regulation comes near the limit.
 */
import type { IToken, TokenType } from "chevrotain";
import type * as A from "./ast.js";
import type { Span } from "./ast.js";
import { childrenOf } from "./ast-walk.js";
import * as T from "./tokens.js";

/** The deepest nesting allowed in one rule of a statement (the deepest bundled rule nests 14 deep). */
export const MAX_NESTING = 64;

const OPENS: ReadonlySet<TokenType> = new Set([T.LParen, T.LBracket]);
const CLOSES: ReadonlySet<TokenType> = new Set([T.RParen, T.RBracket]);
/** Prefix forms the parser nests into: they have no closing token, so each counts until its rule ends. */
const PREFIXES: ReadonlySet<TokenType> = new Set([T.Keyword.Not, T.Keyword.If, T.Minus]);

/**
 * The first token of a statement at which the parser would nest deeper than MAX_NESTING, or null.
 * An upper bound: open brackets plus every prefix word since the rule began (an outcome word at the
 * top level starts a rule).
 */
export function tooDeepToken(tokens: readonly IToken[]): IToken | null {
  let brackets = 0;
  let prefixes = 0;
  for (const token of tokens) {
    const type = token.tokenType;
    if (type === T.OutcomeWord && brackets === 0) prefixes = 0;
    else if (OPENS.has(type)) brackets++;
    else if (CLOSES.has(type)) brackets = Math.max(0, brackets - 1);
    else if (PREFIXES.has(type)) prefixes++;
    if (brackets + prefixes > MAX_NESTING) return token;
  }
  return null;
}

/** The span of the first expression of a statement that lies deeper than MAX_NESTING, or null. */
export function tooDeepExpression(statement: A.Statement): Span | null {
  // An explicit stack: measuring the depth must not itself recurse.
  const stack: { expr: A.Expr; depth: number }[] = rootsOf(statement).map((expr) => ({ expr, depth: 1 }));
  while (stack.length > 0) {
    const { expr, depth } = stack.pop()!;
    if (depth > MAX_NESTING) return expr.span;
    for (const child of childrenOf(expr)) if (child) stack.push({ expr: child, depth: depth + 1 });
  }
  return null;
}

function rootsOf(statement: A.Statement): A.Expr[] {
  const roots: (A.Expr | null)[] = [];
  switch (statement.kind) {
    case "Declaration":
      roots.push(...statement.parameters.map((p) => p.collection), statement.value);
      break;
    case "SetDecl":
      roots.push(statement.value);
      break;
    case "DecisionDecl":
    case "ExceptionDecl":
      if (statement.kind === "DecisionDecl") roots.push(statement.forEach?.collection ?? null);
      for (const rule of statement.rules) roots.push(rule.value, rule.condition);
      break;
  }
  return roots.filter((e): e is A.Expr => e !== null);
}
