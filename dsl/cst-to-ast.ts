/**
 * CST → AST. Accepts partial trees left by error recovery: a missing child becomes `null` (or an
 * empty list), never an exception. Spans come from token offsets; tokens inserted by recovery have
 * no offset and are skipped.
 */
import { FIELD_ACCESS } from "./builtins.js";
import type { CstNode, IToken } from "chevrotain";
import type * as A from "./ast.js";
import type * as C from "./cst-types.js";
import { AGGREGATES, KEYWORDS, OUTCOMES, UNITS, UNIT_SINGULARS, outcomeFromWord, type AggregateName, type UnitName } from "./keywords.js";
import { joinSpans, type SpanMaker } from "./span.js";
import { builtinNamed } from "./builtins.js";
import { decisionReadOf } from "./decision-ref.js";

export class AstBuilder {
  constructor(private readonly at: SpanMaker) {}

  private tokenSpan(token: IToken | undefined): A.Span | null {
    if (!token || token.isInsertedInRecovery || !Number.isFinite(token.startOffset)) return null;
    return this.at(token.startOffset, (token.endOffset ?? token.startOffset) + 1);
  }

  /** The span of everything real under a node, or of `fallback` when recovery left nothing. */
  private nodeSpan(node: CstNode | undefined, fallback: A.Span): A.Span {
    const loc = node?.location;
    if (loc && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset ?? NaN)) {
      return this.at(loc.startOffset, (loc.endOffset as number) + 1);
    }
    return fallback;
  }

  private spanOr(token: IToken | undefined, fallback: A.Span): A.Span {
    return this.tokenSpan(token) ?? fallback;
  }

  statement(node: C.StatementCstNode, fallback: A.Span): A.Statement | null {
    const c = node.children;
    if (c.declaration?.[0]) return this.declaration(c.declaration[0], fallback);
    if (c.setDecl?.[0]) return this.setDecl(c.setDecl[0], fallback);
    if (c.decisionDecl?.[0]) return this.decisionDecl(c.decisionDecl[0], fallback);
    if (c.exceptionDecl?.[0]) return this.exceptionDecl(c.exceptionDecl[0], fallback);
    return null;
  }

  private declaration(node: C.DeclarationCstNode, fallback: A.Span): A.Declaration {
    const span = this.nodeSpan(node, fallback);
    const c = node.children;
    const name = c.Identifier?.[0];
    const keyword = c.Definition?.[0] ?? c.Parameter?.[0];
    return {
      kind: "Declaration",
      role: c.Definition?.[0] ? "definition" : "parameter",
      keyword: realImage(keyword),
      span,
      name: realImage(name),
      nameSpan: this.spanOr(name, span),
      label: this.label(c.label?.[0], span),
      value: this.expression(c.expression?.[0], span),
      parameters: (c.elementParameters?.[0]?.children.elementParameter ?? []).flatMap((p) => {
        const id = p.children.Identifier?.[0];
        if (!id || id.isInsertedInRecovery) return [];
        return [{ name: id.image, nameSpan: this.spanOr(id, span), collection: this.expression(p.children.expression?.[0], span) }];
      }),
    };
  }

  private setDecl(node: C.SetDeclCstNode, fallback: A.Span): A.SetDecl {
    const span = this.nodeSpan(node, fallback);
    const c = node.children;
    return {
      kind: "SetDecl",
      span,
      target: this.qualifiedName(c.qualifiedName?.[0], span),
      value: this.expression(c.expression?.[0], span),
      label: this.label(c.label?.[0], span),
    };
  }

  private decisionDecl(node: C.DecisionDeclCstNode, fallback: A.Span): A.DecisionDecl {
    const span = this.nodeSpan(node, fallback);
    const c = node.children;
    const name = c.Identifier?.[0];
    return {
      kind: "DecisionDecl",
      span,
      name: realImage(name),
      nameSpan: this.spanOr(name, span),
      label: this.label(c.label?.[0], span),
      paragraph: paragraphOf(c.Paragraph?.[0]),
      forEach: this.forEach(c.forEach?.[0], span),
      rules: (c.rule ?? []).map((r) => this.rule(r, span)),
    };
  }

  private exceptionDecl(node: C.ExceptionDeclCstNode, fallback: A.Span): A.ExceptionDecl {
    const span = this.nodeSpan(node, fallback);
    const c = node.children;
    return {
      kind: "ExceptionDecl",
      span,
      target: this.qualifiedName(c.qualifiedName?.[0], span),
      label: this.label(c.label?.[0], span),
      paragraph: paragraphOf(c.Paragraph?.[0]),
      rules: (c.rule ?? []).map((r) => this.rule(r, span)),
    };
  }

  private forEach(node: C.ForEachCstNode | undefined, fallback: A.Span): A.ForEach | null {
    if (!node) return null;
    const span = this.nodeSpan(node, fallback);
    const variable = node.children.Identifier?.[0];
    return {
      kind: "ForEach",
      span,
      variable: realImage(variable),
      variableSpan: this.spanOr(variable, span),
      collection: this.expression(node.children.expression?.[0], span),
    };
  }

  private rule(node: C.RuleCstNode, fallback: A.Span): A.Rule {
    const span = this.nodeSpan(node, fallback);
    const c = node.children;
    const clause = c.outcomeClause?.[0];
    const word = clause?.children.OutcomeWord?.[0];
    return {
      kind: "Rule",
      span,
      outcome: word && !word.isInsertedInRecovery ? outcomeFromWord(word.image) ?? null : null,
      outcomeSpan: this.spanOr(word, span),
      value: clause ? this.expression(clause.children.expression?.[0], span) : null,
      condition: c.Otherwise ? null : this.expression(c.expression?.[0], span),
      isOtherwise: Boolean(c.Otherwise?.length),
      reason: this.label(c.label?.[0], span),
      paragraph: paragraphOf(c.Paragraph?.[0]),
    };
  }

  private label(node: C.LabelCstNode | undefined, fallback: A.Span): A.Label | null {
    const strings = node?.children.StringLiteral ?? [];
    const first = strings[0];
    if (!node || !first || first.isInsertedInRecovery) return null;
    const second = strings[1];
    return {
      kind: "Label",
      span: this.nodeSpan(node, fallback),
      nl: unquote(first.image),
      en: second && !second.isInsertedInRecovery ? unquote(second.image) : null,
    };
  }

  qualifiedName(node: C.QualifiedNameCstNode | undefined, fallback: A.Span): A.NameRef | null {
    const ids = [...(node?.children.Identifier ?? []), ...fieldTokens(node?.children.fieldName)].filter((t) => !t.isInsertedInRecovery);
    if (!node || ids.length === 0) return null;
    return {
      kind: "NameRef",
      span: this.nodeSpan(node, fallback),
      path: ids.map((t) => t.image),
      segmentSpans: ids.map((t) => this.spanOr(t, fallback)),
    };
  }

  expression(node: C.ExpressionCstNode | undefined, fallback: A.Span): A.Expr | null {
    const or = node?.children.orExpr?.[0];
    return or ? this.orExpr(or, fallback) : null;
  }

  private leftFold(
    operands: (A.Expr | null)[],
    operators: { op: A.BinaryOperator; offset: number }[],
    fallback: A.Span,
  ): A.Expr | null {
    if (operands.length === 0) return null;
    let result = operands[0] ?? null;
    for (let i = 1; i < operands.length; i++) {
      const right = operands[i] ?? null;
      const start = result?.span ?? fallback;
      const end = right?.span ?? start;
      result = {
        kind: "Binary",
        span: joinSpans(start, end),
        operator: operators[i - 1]!.op,
        left: result,
        right,
      };
    }
    return result;
  }

  /** Operators of a repetition in source order, whichever token kinds they are. */
  private operatorsOf(tokens: (IToken[] | undefined)[], map: (t: IToken) => A.BinaryOperator) {
    return tokens
      .flatMap((list) => list ?? [])
      .sort((a, b) => a.startOffset - b.startOffset)
      .map((t) => ({ op: map(t), offset: t.startOffset }));
  }

  private orExpr(node: C.OrExprCstNode, fallback: A.Span): A.Expr | null {
    const operands = (node.children.andExpr ?? []).map((n) => this.andExpr(n, fallback));
    return this.leftFold(operands, this.operatorsOf([node.children.Or], () => "or"), fallback);
  }

  private andExpr(node: C.AndExprCstNode, fallback: A.Span): A.Expr | null {
    const operands = (node.children.notExpr ?? []).map((n) => this.notExpr(n, fallback));
    return this.leftFold(operands, this.operatorsOf([node.children.And], () => "and"), fallback);
  }

  private notExpr(node: C.NotExprCstNode, fallback: A.Span): A.Expr | null {
    const c = node.children;
    if (c.Not?.[0]) {
      return { kind: "Unary", span: this.nodeSpan(node, fallback), operator: "not", operand: c.notExpr?.[0] ? this.notExpr(c.notExpr[0], fallback) : null };
    }
    return c.comparison?.[0] ? this.comparison(c.comparison[0], fallback) : null;
  }

  private comparison(node: C.ComparisonCstNode, fallback: A.Span): A.Expr | null {
    const c = node.children;
    const operands = (c.additive ?? []).map((n) => this.additive(n, fallback));
    const ops = this.operatorsOf([c.Equals, c.NotEquals, c.LessEquals, c.GreaterEquals, c.Less, c.Greater, c.In], comparisonOperator);
    if (ops.length > 0 && operands.length < 2) operands.push(null);
    return this.leftFold(operands, ops, fallback);
  }

  private additive(node: C.AdditiveCstNode, fallback: A.Span): A.Expr | null {
    const c = node.children;
    const operands = (c.multiplicative ?? []).map((n) => this.multiplicative(n, fallback));
    return this.leftFold(operands, this.operatorsOf([c.Plus, c.Minus], (t) => (t.image === "+" ? "+" : "-")), fallback);
  }

  private multiplicative(node: C.MultiplicativeCstNode, fallback: A.Span): A.Expr | null {
    const c = node.children;
    const operands = (c.unary ?? []).map((n) => this.unary(n, fallback));
    return this.leftFold(operands, this.operatorsOf([c.Star, c.Slash], (t) => (t.image === "*" ? "*" : "/")), fallback);
  }

  private unary(node: C.UnaryCstNode, fallback: A.Span): A.Expr | null {
    const c = node.children;
    if (c.Minus?.[0]) {
      return { kind: "Unary", span: this.nodeSpan(node, fallback), operator: "-", operand: c.unary?.[0] ? this.unary(c.unary[0], fallback) : null };
    }
    return c.postfix?.[0] ? this.postfix(c.postfix[0], fallback) : null;
  }

  /** `a.b.c` becomes one NameRef; `f(x).y` and `sum(…).y` keep the field access as a path on a call. */
  private postfix(node: C.PostfixCstNode, fallback: A.Span): A.Expr | null {
    const base = node.children.atom?.[0] ? this.atom(node.children.atom[0], fallback) : null;
    const fields = fieldTokens(node.children.fieldName).filter((t) => !t.isInsertedInRecovery);
    const called = Boolean(node.children.LParen?.[0]);
    if ((fields.length === 0 && !called) || !base) return base;
    if (base.kind === "NameRef") {
      const name: A.NameRef = {
        kind: "NameRef",
        span: fields.length === 0 ? base.span : joinSpans(base.span, this.spanOr(fields[fields.length - 1], base.span)),
        path: [...base.path, ...fields.map((t) => t.image)],
        segmentSpans: [...base.segmentSpans, ...fields.map((t) => this.spanOr(t, base.span))],
      };
      if (!called) return { ...name, span: this.nodeSpan(node, base.span) };
      // `art47.no_credit(c)`: a definition of an element, called.
      const span = this.nodeSpan(node, base.span);
      return { kind: "DefinitionCall", span, callee: name, args: (node.children.expression ?? []).map((e) => this.expression(e, span)) };
    }
    if (fields.length === 0) return base;
    // Field access on a computed value: modelled as the built-in `field(value, "name")`.
    let result: A.Expr = base;
    for (const f of fields) {
      const fSpan = this.spanOr(f, base.span);
      result = {
        kind: "Call",
        span: joinSpans(base.span, fSpan),
        callee: FIELD_ACCESS,
        calleeSpan: fSpan,
        args: [result, { kind: "StringLit", span: fSpan, value: f.image }],
      };
    }
    return result;
  }

  private atom(node: C.AtomCstNode, fallback: A.Span): A.Expr | null {
    const c = node.children;
    const span = this.nodeSpan(node, fallback);
    if (c.numberLit?.[0]) return this.numberLit(c.numberLit[0], span);
    const str = c.StringLiteral?.[0];
    if (str) return str.isInsertedInRecovery ? null : { kind: "StringLit", span, value: unquote(str.image) };
    const date = c.DateLiteral?.[0];
    if (date) return { kind: "DateLit", span, value: date.image };
    if (c.True?.[0]) return { kind: "BoolLit", span, value: true };
    if (c.False?.[0]) return { kind: "BoolLit", span, value: false };
    const word = c.OutcomeWord?.[0];
    if (word) {
      const outcome = word.isInsertedInRecovery ? undefined : outcomeFromWord(word.image);
      return outcome ? { kind: "OutcomeLit", span, outcome } : null;
    }
    if (c.parenExpr?.[0]) return this.expression(c.parenExpr[0].children.expression?.[0], span);
    if (c.listLit?.[0]) {
      return { kind: "ListLit", span, items: (c.listLit[0].children.expression ?? []).map((e) => this.expression(e, span)) };
    }
    if (c.recordLit?.[0]) {
      const fields = (c.recordLit[0].children.recordField ?? []).flatMap((field) => {
        const name = field.children.Identifier?.[0];
        if (!name || name.isInsertedInRecovery) return [];
        return [{ name: name.image, nameSpan: this.spanOr(name, span), value: this.expression(field.children.expression?.[0], span) }];
      });
      return { kind: "RecordLit", span, fields };
    }
    if (c.aggregate?.[0]) return this.aggregate(c.aggregate[0], span);
    if (c.fold?.[0]) return this.fold(c.fold[0], span);
    if (c.conditional?.[0]) {
      const k = c.conditional[0].children;
      return {
        kind: "Conditional",
        span,
        condition: this.expression(k.condition?.[0], span),
        then: this.expression(k.then?.[0], span),
        otherwise: this.expression(k.otherwise?.[0], span),
      };
    }
    if (c.nameOrCall?.[0]) return this.nameOrCall(c.nameOrCall[0], span);
    return null;
  }

  private numberLit(node: C.NumberLitCstNode, span: A.Span): A.NumberLit | null {
    const num = node.children.NumberLiteral?.[0];
    if (!num || num.isInsertedInRecovery) return null;
    const unitToken = node.children.UnitWord?.[0] ?? node.children.Percent?.[0];
    return { kind: "NumberLit", span, value: Number(num.image), text: num.image, unit: unitToken ? unitFromWord(unitToken.image) : null };
  }

  private aggregate(node: C.AggregateCstNode, span: A.Span): A.Aggregate {
    const c = node.children;
    const ids = c.Identifier ?? [];
    const variable = ids[0];
    const word = c.AggregateWord?.[0]?.image ?? "count";
    // The binder form (`count(c in list)`) puts its list in `expression`; the mapped form uses labels.
    const collectionNode = c.collection?.[0] ?? c.expression?.[0];
    return {
      kind: "Aggregate",
      span,
      aggregate: aggregateFromWord(word),
      body: c.body?.[0] ? this.expression(c.body[0], span) : null,
      variable: realImage(variable),
      variableSpan: this.spanOr(variable, span),
      collection: this.expression(collectionNode, span),
      filter: this.expression(c.filter?.[0], span),
    };
  }

  private fold(node: C.FoldCstNode, span: A.Span): A.Fold {
    const c = node.children;
    const accumulator = c.accumulator?.[0];
    const variable = c.variable?.[0];
    return {
      kind: "Fold",
      span,
      keywordSpan: this.spanOr(c.Accumulate?.[0], span),
      accumulator: realImage(accumulator),
      accumulatorSpan: this.spanOr(accumulator, span),
      initial: this.expression(c.initial?.[0], span),
      variable: realImage(variable),
      variableSpan: this.spanOr(variable, span),
      collection: this.expression(c.collection?.[0], span),
      filter: this.expression(c.filter?.[0], span),
      step: this.expression(c.step?.[0], span),
    };
  }

  private nameOrCall(node: C.NameOrCallCstNode, span: A.Span): A.Expr | null {
    const c = node.children;
    const id = c.Identifier?.[0];
    if (!id || id.isInsertedInRecovery) return null;
    const idSpan = this.spanOr(id, span);
    if (c.LParen?.[0]) {
      // Built-ins are known by their English name in the AST, whichever spelling was written.
      const builtin = builtinNamed(id.image);
      const args = (c.expression ?? []).map((e) => this.expression(e, span));
      // `outcome(art24.x)` / `value(art24.x, c)`: another decision's result (decision-ref.ts). Any
      // other shape of those two stays a call, which the checker reports with the form expected.
      const read = decisionReadOf(id.image);
      const target = args[0];
      if (read && target?.kind === "NameRef" && args.length <= 2 && (args.length === 1 || args[1])) {
        return { kind: "DecisionRef", span, read, calleeSpan: idSpan, target, element: args[1] ?? null };
      }
      if (builtin || read) return { kind: "Call", span, callee: builtin?.name ?? id.image, calleeSpan: idSpan, args };
      // Any other name called is a definition of an element (the checker says when it is not one).
      return { kind: "DefinitionCall", span, callee: { kind: "NameRef", span: idSpan, path: [id.image], segmentSpans: [idSpan] }, args };
    }
    return { kind: "NameRef", span: idSpan, path: [id.image], segmentSpans: [idSpan] };
  }
}

/** The tokens of `fieldName` nodes, in source order. */
function fieldTokens(nodes: C.FieldNameCstNode[] | undefined): IToken[] {
  return (nodes ?? []).map((n) => n.children.Identifier?.[0] ?? n.children.UnitWord?.[0]).filter((t): t is IToken => t !== undefined);
}

function realImage(token: IToken | undefined): string {
  return token && !token.isInsertedInRecovery ? token.image : "";
}

function unquote(image: string): string {
  return image.slice(1, -1).replace(/\\(.)/g, "$1");
}

function paragraphOf(token: IToken | undefined): string | null {
  if (!token || token.isInsertedInRecovery) return null;
  return "§" + token.image.slice(1).replace(/\s+/g, "");
}

function comparisonOperator(token: IToken): A.BinaryOperator {
  switch (token.tokenType.name) {
    case "Equals":
      return "=";
    case "NotEquals":
      return "!=";
    case "LessEquals":
      return "<=";
    case "GreaterEquals":
      return ">=";
    case "Less":
      return "<";
    case "Greater":
      return ">";
    default:
      return "in";
  }
}

export function unitFromWord(word: string): UnitName {
  if (word === "%") return "percent";
  const singular = UNIT_SINGULARS[word];
  if (singular) return singular;
  for (const [name, spelling] of Object.entries(UNITS)) if (spelling.en === word || spelling.nl === word) return name as UnitName;
  return "sp";
}

export function aggregateFromWord(word: string): AggregateName {
  for (const [name, spelling] of Object.entries(AGGREGATES)) if (spelling.en === word || spelling.nl === word) return name as AggregateName;
  return "count";
}

/**
 * Every keyword image spelt differently in the two languages, with its language (the first table
 * that names a word decides, as the tables are searched in this order). Built once: the parser
 * asks for every token.
 */
const WORD_LANGUAGE: ReadonlyMap<string, "en" | "nl"> = (() => {
  const map = new Map<string, "en" | "nl">();
  for (const table of [KEYWORDS, OUTCOMES, AGGREGATES, UNITS] as const) {
    for (const spelling of Object.values(table) as { en: string; nl: string }[]) {
      if (spelling.en === spelling.nl) continue;
      if (!map.has(spelling.en)) map.set(spelling.en, "en");
      if (!map.has(spelling.nl)) map.set(spelling.nl, "nl");
    }
  }
  return map;
})();

/** Which language a keyword image belongs to, or null when both spell it alike. */
export function languageOfWord(word: string): "en" | "nl" | null {
  return WORD_LANGUAGE.get(word) ?? null;
}
