/**
 * The formatter: prints a rule file in a canonical layout, in the keyword language it was written in
 * (or another, to translate). format(parse(format(x))) === format(x), and the AST of the output is
 * that of the input: the round-trip tests hold it to both.
 */
import { FIELD_ACCESS } from "./builtins.js";
import type * as A from "./ast.js";
import { AGGREGATES, KEYWORDS, OUTCOMES, UNITS, type Lang } from "./keywords.js";
import { assertNever } from "./types.js";
import { builtinNamed } from "./builtins.js";
import { DECISION_READS } from "./decision-ref.js";
import { NO_LAYOUT, blankBetween, brokenBetween, extentOf, layoutOf, type Layout } from "./format-layout.js";

const PRECEDENCE: Record<A.BinaryOperator, number> = {
  or: 1,
  and: 2,
  "=": 4,
  "!=": 4,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  in: 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
};

function kw(name: keyof typeof KEYWORDS, lang: Lang): string {
  return KEYWORDS[name][lang];
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export function printLabel(label: A.Label): string {
  return label.en !== null ? `${quote(label.nl)} / ${quote(label.en)}` : quote(label.nl);
}

/** Where printing stands: the keyword language, the author's layout, and the current line's indent. */
interface Ctx {
  readonly lang: Lang;
  readonly layout: Layout;
  readonly line: string;
}

const STEP = "    ";

/** Print an expression on one line; `parentPrecedence` decides where parentheses are needed. */
export function printExpr(expr: A.Expr | null, lang: Lang = "en", parentPrecedence = 0): string {
  return print(expr, { lang, layout: NO_LAYOUT, line: "" }, parentPrecedence);
}

/**
 * Print an expression, keeping the author's line breaks and (in operand places) their parentheses.
 * `startsLine`: the expression is the first thing on its line, so a broken `and`/`or` chain lines its
 * operators up under its first operand; elsewhere continuation lines are indented one step more.
 * `wrap`: break an `and`/`or` chain before every operator (the width rule).
 */
function print(expr: A.Expr | null, ctx: Ctx, parentPrecedence = 0, startsLine = false, wrap = false): string {
  if (!expr) return "…";
  const { lang } = ctx;
  switch (expr.kind) {
    case "NumberLit":
      return expr.unit ? `${expr.text} ${UNITS[expr.unit][lang]}` : expr.text;
    case "StringLit":
      return quote(expr.value);
    case "DateLit":
      return expr.value;
    case "BoolLit":
      return expr.value ? kw("True", lang) : kw("False", lang);
    case "ListLit":
      // A table (a list of records) prints one row per line, as regulations lay them out.
      if (expr.items.length > 1 && expr.items.every((i) => i?.kind === "RecordLit")) {
        return `[\n${expr.items.map((i) => `    ${print(i, ctx)}`).join(",\n")}\n  ]`;
      }
      return printList(expr, ctx);
    case "RecordLit":
      return printRecord(expr, ctx);
    case "NameRef":
      return expr.path.join(".");
    case "Call": {
      if (expr.callee === FIELD_ACCESS) return `${print(expr.args[0] ?? null, ctx, 9)}.${expr.args[1]?.kind === "StringLit" ? expr.args[1].value : ""}`;
      // Built-ins are spelled in the file's language (round / afronden).
      const builtin = builtinNamed(expr.callee);
      const name = builtin ? (lang === "nl" ? builtin.nl : builtin.name) : expr.callee;
      return `${name}(${expr.args.map((a) => print(a, ctx)).join(", ")})`;
    }
    case "DefinitionCall":
      return `${expr.callee.path.join(".")}(${expr.args.map((a) => print(a, ctx)).join(", ")})`;
    case "Aggregate":
      return printAggregate(expr, ctx);
    case "Fold":
      return printFold(expr, ctx);
    case "Unary": {
      const own = expr.operator === "not" ? 3 : 7;
      const text = expr.operator === "not" ? `${kw("Not", lang)} ${operand(expr.operand, ctx, own)}` : `-${operand(expr.operand, ctx, own)}`;
      return own < parentPrecedence ? `(${text})` : text;
    }
    case "Binary": {
      const own = PRECEDENCE[expr.operator];
      const text = own === 4 ? printComparison(expr, ctx, startsLine) : printChain(expr, ctx, startsLine, wrap && (expr.operator === "and" || expr.operator === "or"));
      return own < parentPrecedence ? `(${text})` : text;
    }
    case "Conditional": {
      const text = printConditional(expr, ctx);
      return parentPrecedence > 0 ? `(${text})` : text;
    }
    case "OutcomeLit":
      return OUTCOMES[expr.outcome][lang];
    case "DecisionRef": {
      // Spelled in the file's language, like the built-ins (outcome / uitkomst).
      const args = [expr.target, ...(expr.element ? [expr.element] : [])];
      return `${DECISION_READS[expr.read][lang]}(${args.map((a) => print(a, ctx)).join(", ")})`;
    }
    default:
      return assertNever(expr);
  }
}

/**
 * An operand of an operator or a part of `if … then … otherwise`: in parentheses where precedence
 * needs them, and where the author wrote them around an operation (they make a rule easier to read).
 */
function operand(expr: A.Expr | null, ctx: Ctx, precedence: number, startsLine = false): string {
  const kept = expr && (expr.kind === "Binary" || expr.kind === "Unary" || expr.kind === "Conditional") && extentOf(expr, ctx.layout)?.kept;
  return kept ? `(${print(expr, ctx)})` : print(expr, ctx, precedence, startsLine);
}

function operatorWord(operator: A.BinaryOperator, lang: Lang): string {
  return operator === "and" ? kw("And", lang) : operator === "or" ? kw("Or", lang) : operator === "in" ? kw("In", lang) : operator;
}

/** A comparison, broken before its operator where the author broke it (comparisons do not chain). */
function printComparison(expr: A.Binary, ctx: Ctx, startsLine: boolean): string {
  const own = PRECEDENCE[expr.operator];
  const word = operatorWord(expr.operator, ctx.lang);
  const continuation = startsLine ? ctx.line : ctx.line + STEP;
  const left = operand(expr.left, ctx, own + 1, startsLine);
  if (!brokenBetween(ctx.layout, extentOf(expr.left, ctx.layout)?.end, extentOf(expr.right, ctx.layout)?.start)) return `${left} ${word} ${operand(expr.right, ctx, own + 1)}`;
  return `${left}\n${continuation}${word} ${operand(expr.right, { ...ctx, line: continuation }, own + 1)}`;
}

/**
 * The links of a left-associative chain of operators of one precedence (`a and b and c`,
 * `a - b + c`), left to right; a link the author parenthesized ends it.
 */
function chainOf(expr: A.Binary, layout: Layout): { operands: (A.Expr | null)[]; operators: A.BinaryOperator[] } {
  const own = PRECEDENCE[expr.operator];
  const operands: (A.Expr | null)[] = [];
  const operators: A.BinaryOperator[] = [];
  let node: A.Expr | null = expr;
  while (node?.kind === "Binary" && PRECEDENCE[node.operator] === own && (node === expr || !extentOf(node, layout)?.kept)) {
    operands.unshift(node.right);
    operators.unshift(node.operator);
    node = node.left;
  }
  operands.unshift(node);
  return { operands, operators };
}

/**
 * A chain of `and`, `or`, `+`/`-` or `*`/`/`, broken before an operator where the author broke it
 * (or, with `wrap`, before every one). Left-associative: the operands after the first need
 * parentheses at equal precedence.
 */
function printChain(expr: A.Binary, ctx: Ctx, startsLine: boolean, wrap: boolean): string {
  const own = PRECEDENCE[expr.operator];
  const { operands, operators } = chainOf(expr, ctx.layout);
  const continuation = startsLine ? ctx.line : ctx.line + STEP;
  let out = operand(operands[0]!, ctx, own, startsLine);
  for (let i = 1; i < operands.length; i++) {
    const word = operatorWord(operators[i - 1]!, ctx.lang);
    const broken = wrap || brokenBetween(ctx.layout, extentOf(operands[i - 1]!, ctx.layout)?.end, extentOf(operands[i]!, ctx.layout)?.start);
    out += broken ? `\n${continuation}${word} ${operand(operands[i]!, { ...ctx, line: continuation }, own + 1)}` : ` ${word} ${operand(operands[i]!, ctx, own + 1)}`;
  }
  return out;
}

/** `if … then … otherwise …`, broken before `then` and `otherwise` where the author broke it. */
function printConditional(expr: A.Conditional, ctx: Ctx): string {
  const { lang, layout } = ctx;
  const inner = { ...ctx, line: ctx.line + STEP };
  const before = (prev: A.Expr | null, next: A.Expr | null, word: string) => {
    const broken = brokenBetween(layout, extentOf(prev, layout)?.end, extentOf(next, layout)?.start);
    return broken ? `\n${inner.line}${word} ${operand(next, inner, 0)}` : ` ${word} ${operand(next, ctx, 0)}`;
  };
  // A break before `then` moves the branches to lines of their own: they are printed in that line's indent.
  return `${kw("If", lang)} ${operand(expr.condition, ctx, 0)}${before(expr.condition, expr.then, kw("Then", lang))}${before(expr.then, expr.otherwise, kw("Otherwise", lang))}`;
}

/** `sum(x for x in list where …)`, broken before `for` and `where` where the author broke it. */
function printAggregate(expr: A.Aggregate, ctx: Ctx): string {
  const { lang, layout } = ctx;
  const inner = { ...ctx, line: ctx.line + STEP };
  const head = AGGREGATES[expr.aggregate][lang];
  const binder = `${expr.variable} ${kw("In", lang)} ${print(expr.collection, ctx)}`;
  let body = binder;
  if (expr.body) {
    const broken = brokenBetween(layout, extentOf(expr.body, layout)?.end, expr.variableSpan.start);
    body = `${print(expr.body, ctx)}${broken ? `\n${inner.line}` : " "}${kw("For", lang)} ${broken ? `${expr.variable} ${kw("In", lang)} ${print(expr.collection, inner)}` : binder}`;
  }
  if (!expr.filter) return `${head}(${body})`;
  const broken = brokenBetween(layout, extentOf(expr.collection, layout)?.end, extentOf(expr.filter, layout)?.start);
  return `${head}(${body}${broken ? `\n${inner.line}` : " "}${kw("Where", lang)} ${print(expr.filter, broken ? inner : ctx)})`;
}

/**
 * `accumulate(s = init for y in list where … then step)`, broken before `for`, `where` and `then`
 * where the author broke it; a part after a break is printed one step in.
 */
function printFold(expr: A.Fold, ctx: Ctx): string {
  const { lang, layout } = ctx;
  const inner = { ...ctx, line: ctx.line + STEP };
  let out = `${kw("Accumulate", lang)}(${expr.accumulator} = ${print(expr.initial, ctx)}`;
  let end = extentOf(expr.initial, layout)?.end;
  const part = (start: number | undefined, word: string, value: A.Expr | null) => {
    const broken = brokenBetween(layout, end, start);
    out += `${broken ? `\n${inner.line}` : " "}${word} ${print(value, broken ? inner : ctx)}`;
    end = extentOf(value, layout)?.end;
  };
  part(expr.variableSpan.start, `${kw("For", lang)} ${expr.variable} ${kw("In", lang)}`, expr.collection);
  if (expr.filter) part(extentOf(expr.filter, layout)?.start, kw("Where", lang), expr.filter);
  part(extentOf(expr.step, layout)?.start, kw("Then", lang), expr.step);
  return `${out})`;
}

/** A record, broken after `{`, between fields and before `}` where the author broke it (a fold's step). */
function printRecord(expr: A.RecordLit, ctx: Ctx): string {
  const { layout } = ctx;
  const fields = expr.fields;
  const endOf = (f: A.RecordLit["fields"][number]) => extentOf(f.value, layout)?.end ?? f.nameSpan.end;
  const breaks = fields.map((f, i) => brokenBetween(layout, i === 0 ? expr.span.start + 1 : endOf(fields[i - 1]!), f.nameSpan.start));
  const last = fields.length > 0 && brokenBetween(layout, endOf(fields[fields.length - 1]!), expr.span.end - 1);
  if (!last && !breaks.includes(true)) return `{ ${fields.map((f) => `${f.name}: ${print(f.value, ctx)}`).join(", ")} }`;
  const inner = { ...ctx, line: ctx.line + STEP };
  let out = "{";
  fields.forEach((f, i) => {
    out += `${i > 0 ? "," : ""}${breaks[i] ? `\n${inner.line}` : " "}${f.name}: ${print(f.value, inner)}`;
  });
  return out + (last ? `\n${ctx.line}}` : " }");
}

/** A list, broken after `[`, between items and before `]` where the author broke it. */
function printList(expr: A.ListLit, ctx: Ctx): string {
  const { layout } = ctx;
  const inner = { ...ctx, line: ctx.line + STEP };
  const items = expr.items;
  if (items.length === 0) return "[]";
  let out = brokenBetween(layout, expr.span.start + 1, extentOf(items[0]!, layout)?.start) ? `[\n${inner.line}` : "[";
  items.forEach((item, i) => {
    if (i > 0) out += brokenBetween(layout, extentOf(items[i - 1]!, layout)?.end, extentOf(item, layout)?.start) ? `,\n${inner.line}` : ", ";
    out += print(item, inner);
  });
  return out + (brokenBetween(layout, extentOf(items[items.length - 1]!, layout)?.end, expr.span.end - 1) ? `\n${ctx.line}]` : "]");
}

/** Lines are kept under this width where a break at `and`/`or` can do it (labels not counted). */
const WIDTH = 100;

/**
 * A rule's condition or a definition's value: as the author broke it; when they did not break it
 * and its line would run past WIDTH, broken before each `and`/`or` of its top-level chain.
 */
function printTop(expr: A.Expr | null, ctx: Ctx, used: number, startsLine: boolean): string {
  const text = print(expr, ctx, 0, startsLine);
  if (text.includes("\n") || used + text.length <= WIDTH || expr?.kind !== "Binary" || (expr.operator !== "and" && expr.operator !== "or")) return text;
  return print(expr, ctx, 0, startsLine, true);
}

/** A label or paragraph after code: on a line of its own (one step in) where the author put it there. */
function trailing(text: string, layout: Layout, end: number | undefined, start: number | undefined, indent: string): string {
  return brokenBetween(layout, end, start) ? `\n${indent}${STEP}${text}` : ` ${text}`;
}

/** A rule on one line (traces, test reports), or laid out as the formatter does (`indent` given). */
export function printRule(rule: A.Rule, lang: Lang, indent: string | null = null, layout: Layout = NO_LAYOUT): string {
  const outcome = rule.outcome ? OUTCOMES[rule.outcome][lang] : "…";
  const ctx: Ctx = { lang, layout, line: indent ?? "" };
  const value = rule.value ? ` ${kw("With", lang)} ${print(rule.value, ctx)}` : "";
  const lead = `${indent ?? ""}${outcome}${value} ${kw("If", lang)} `;
  const condition = indent === null ? printExpr(rule.condition, lang) : printTop(rule.condition, ctx, lead.length, false);
  const head = rule.isOtherwise ? `${kw("Otherwise", lang)} ${outcome}${value}` : `${outcome}${value} ${kw("If", lang)} ${condition}`;
  let end = extentOf(rule.condition ?? rule.value, layout)?.end ?? rule.outcomeSpan.end;
  let out = head;
  if (rule.reason) {
    out += trailing(printLabel(rule.reason), layout, end, rule.reason.span.start, indent ?? "");
    end = rule.reason.span.end;
  }
  if (rule.paragraph) out += trailing(rule.paragraph, layout, end, rule.span.end - rule.paragraph.length, indent ?? "");
  return out;
}

function printStatement(statement: A.Statement, lang: Lang, layout: Layout = NO_LAYOUT): string {
  const ctx: Ctx = { lang, layout, line: "" };
  const label = (l: A.Label | null, end: number | undefined) => (l ? trailing(printLabel(l), layout, end, l.span.start, "") : "");
  const rules = (rs: readonly A.Rule[]) => rs.map((r) => `  ${printRule(r, lang, "  ", layout)}`).join("\n");
  switch (statement.kind) {
    case "Declaration": {
      if (statement.role === "parameter") {
        return `${declarationKeyword(statement, lang)} ${statement.name} = ${print(statement.value, ctx)}${label(statement.label, extentOf(statement.value, layout)?.end)}`;
      }
      // A definition's value stays on the line of the `=` or on lines of its own below, as written; a
      // value that would run past WIDTH moves below.
      const head = `${declarationKeyword(statement, lang)} ${statement.name}${printParameters(statement, ctx)}${label(statement.label, statement.nameSpan.end)} =`;
      const below = { ...ctx, line: "  " };
      const afterEquals = statement.label?.span.end ?? statement.nameSpan.end;
      if (brokenBetween(layout, afterEquals, extentOf(statement.value, layout)?.start)) return `${head}\n  ${printTop(statement.value, below, 2, true)}`;
      const inline = print(statement.value, ctx);
      if (inline.includes("\n") || head.length + 1 + inline.length <= WIDTH) return `${head} ${inline}`;
      return `${head}\n  ${printTop(statement.value, below, 2, true)}`;
    }
    case "SetDecl":
      return `${kw("Set", lang)} ${statement.target?.path.join(".") ?? "…"} = ${print(statement.value, ctx)}${label(statement.label, extentOf(statement.value, layout)?.end)}`;
    case "DecisionDecl": {
      const paragraph = statement.paragraph ? ` ${statement.paragraph}` : "";
      const forEach = statement.forEach
        ? ` ${kw("For", lang)} ${kw("Each", lang)} ${statement.forEach.variable} ${kw("In", lang)} ${print(statement.forEach.collection, ctx)}`
        : "";
      return `${kw("Decision", lang)} ${statement.name}${label(statement.label, undefined)}${paragraph}${forEach}:\n${rules(statement.rules)}`;
    }
    case "ExceptionDecl": {
      const paragraph = statement.paragraph ? ` ${statement.paragraph}` : "";
      return `${kw("Exception", lang)} ${kw("To", lang)} ${statement.target?.path.join(".") ?? "…"}${label(statement.label, undefined)}${paragraph}:\n${rules(statement.rules)}`;
    }
    default:
      return assertNever(statement);
  }
}

/** `(c in courses)` of a definition of an element; nothing for a plain one. */
function printParameters(statement: A.Declaration, ctx: Ctx): string {
  if (statement.parameters.length === 0) return "";
  return `(${statement.parameters.map((p) => `${p.name} ${kw("In", ctx.lang)} ${print(p.collection, ctx)}`).join(", ")})`;
}

/** Each declaration is printed with its own keyword (`parameter`, `definition`) in the file's language. */
function declarationKeyword(statement: A.Declaration, lang: Lang): string {
  return kw(statement.role === "parameter" ? "Parameter" : "Definition", lang);
}

/** What groups statements into blocks: a blank line separates parameters from definitions. */
function blockOf(statement: A.Statement): string {
  return statement.kind === "Declaration" ? statement.role : statement.kind;
}

function isTableDecl(statement: A.Statement): statement is A.Declaration {
  if (statement.kind !== "Declaration") return false;
  const value = statement.value;
  return value?.kind === "ListLit" && value.items.length > 1 && value.items.every((i) => i?.kind === "RecordLit");
}

/**
 * Print a whole file. With `source` (the text the AST's spans index: the rules, or the whole YAML
 * file they were parsed in) the author's layout is kept where it means something: line breaks
 * between `and`/`or` operands, before `then`/`otherwise`/`for`/`where`, in lists, after a
 * definition's `=` and before a label; parentheses they wrote around an operand; one blank line
 * where they left blank lines between statements. Without it, the canonical layout.
 * Comments are kept: each is printed on its own line before the statement or rule that follows it
 * in the source (a trailing comment moves to the line above the next code).
 */
export function format(file: A.RuleFile, lang: Lang = file.lang ?? "en", source?: string): string {
  const layout = layoutOf(file, source);
  const comments = [...file.comments].sort((a, b) => a.span.start - b.span.start);
  let next = 0;
  const out: string[] = [];
  // Between statements a blank line the author left after a comment (under a section heading) stays.
  const flushBefore = (offset: number, indent: string, keepBlank = false) => {
    while (next < comments.length && comments[next]!.span.start < offset) {
      const comment = comments[next++]!;
      out.push(indent + comment.text.trimEnd());
      const following = next < comments.length && comments[next]!.span.start < offset ? comments[next]!.span.start : offset;
      if (keepBlank && blankBetween(layout, comment.span.end, following)) out.push("");
    }
  };
  file.statements.forEach((statement, index) => {
    const previous = file.statements[index - 1];
    const first = next < comments.length && comments[next]!.span.start < statement.span.start ? comments[next]!.span.start : statement.span.start;
    if (previous && (statement.kind === "DecisionDecl" || statement.kind === "ExceptionDecl" || blockOf(previous) !== blockOf(statement) || blankBetween(layout, previous.span.end, first))) out.push("");
    flushBefore(statement.span.start, "", true);
    if (statement.kind === "DecisionDecl" || statement.kind === "ExceptionDecl") {
      const [header] = printStatement({ ...statement, rules: [] }, lang, layout).split("\n");
      out.push(header!);
      for (const rule of statement.rules) {
        flushBefore(rule.span.start, "  ");
        out.push(`  ${printRule(rule, lang, "  ", layout)}`);
      }
    } else if (isTableDecl(statement)) {
      // A table keeps each comment above the row it precedes.
      const rows = (statement.value as A.ListLit).items as A.RecordLit[];
      const label = statement.label ? ` ${printLabel(statement.label)}` : "";
      out.push(`${declarationKeyword(statement, lang)} ${statement.name} = [`);
      rows.forEach((row, i) => {
        flushBefore(row.span.start, "    ");
        out.push(`    ${printExpr(row, lang)}${i < rows.length - 1 ? "," : ""}`);
      });
      out.push(`  ]${label}`);
    } else {
      // A comment after code on its line is printed above the next statement, so formatting twice
      // gives the same text.
      out.push(printStatement(statement, lang, layout));
    }
  });
  while (next < comments.length) out.push(comments[next++]!.text.trimEnd());
  return out.join("\n") + "\n";
}
