/**
 * The printed text of a rule or condition, for traces and explanations, once per syntax node and
 * language: a version is compiled once per scope (hundreds of scopes for a cohort), and the general
 * layer's rules are the same nodes in each of them. The AST is plain data never changed after
 * checking, so the text of a node does not change either.
 */
import { printExpr, printRule, type Lang } from "../../dsl/index.js";
import type * as A from "../../dsl/index.js";

const texts: Record<Lang, WeakMap<object, string>> = { nl: new WeakMap(), en: new WeakMap() };

function remembered(node: object, lang: Lang, print: () => string): string {
  let text = texts[lang].get(node);
  if (text === undefined) {
    text = print();
    texts[lang].set(node, text);
  }
  return text;
}

export function printedExpr(expr: A.Expr, lang: Lang): string {
  return remembered(expr, lang, () => printExpr(expr, lang));
}

export function printedRule(rule: A.Rule, lang: Lang): string {
  return remembered(rule, lang, () => printRule(rule, lang));
}
