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

/** Print an expression; `parentPrecedence` decides where parentheses are needed. */
export function printExpr(expr: A.Expr | null, lang: Lang = "en", parentPrecedence = 0): string {
  if (!expr) return "…";
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
        return `[\n${expr.items.map((i) => `    ${printExpr(i, lang)}`).join(",\n")}\n  ]`;
      }
      return `[${expr.items.map((i) => printExpr(i, lang)).join(", ")}]`;
    case "RecordLit":
      return `{ ${expr.fields.map((f) => `${f.name}: ${printExpr(f.value, lang)}`).join(", ")} }`;
    case "NameRef":
      return expr.path.join(".");
    case "Call": {
      if (expr.callee === FIELD_ACCESS) return `${printExpr(expr.args[0] ?? null, lang, 9)}.${expr.args[1]?.kind === "StringLit" ? expr.args[1].value : ""}`;
      // Built-ins are spelled in the file's language (round / afronden).
      const builtin = builtinNamed(expr.callee);
      const name = builtin ? (lang === "nl" ? builtin.nl : builtin.name) : expr.callee;
      return `${name}(${expr.args.map((a) => printExpr(a, lang)).join(", ")})`;
    }
    case "Aggregate": {
      const head = AGGREGATES[expr.aggregate][lang];
      const binder = `${expr.variable} ${kw("In", lang)} ${printExpr(expr.collection, lang)}`;
      const body = expr.body ? `${printExpr(expr.body, lang)} ${kw("For", lang)} ${binder}` : binder;
      const filter = expr.filter ? ` ${kw("Where", lang)} ${printExpr(expr.filter, lang)}` : "";
      return `${head}(${body}${filter})`;
    }
    case "Unary": {
      const text = expr.operator === "not" ? `${kw("Not", lang)} ${printExpr(expr.operand, lang, 3)}` : `-${printExpr(expr.operand, lang, 7)}`;
      const own = expr.operator === "not" ? 3 : 7;
      return own < parentPrecedence ? `(${text})` : text;
    }
    case "Binary": {
      const own = PRECEDENCE[expr.operator];
      const op = expr.operator === "and" ? kw("And", lang) : expr.operator === "or" ? kw("Or", lang) : expr.operator === "in" ? kw("In", lang) : expr.operator;
      // Left-associative: the right operand needs parentheses at equal precedence.
      const comparison = own === 4;
      const text = `${printExpr(expr.left, lang, comparison ? own + 1 : own)} ${op} ${printExpr(expr.right, lang, own + 1)}`;
      return own < parentPrecedence ? `(${text})` : text;
    }
    case "Conditional": {
      const text = `${kw("If", lang)} ${printExpr(expr.condition, lang)} ${kw("Then", lang)} ${printExpr(expr.then, lang)} ${kw("Otherwise", lang)} ${printExpr(expr.otherwise, lang)}`;
      return parentPrecedence > 0 ? `(${text})` : text;
    }
    default:
      return assertNever(expr);
  }
}

/** Lines are kept under this width where a break at `and`/`or` can do it. */
const WIDTH = 100;

/**
 * An expression on one line if it fits after `used` columns, else broken before each top-level
 * `and`/`or`, continuation lines indented by `indent`.
 */
export function printWrapped(expr: A.Expr | null, lang: Lang, indent: string, used: number): string {
  const flat = printExpr(expr, lang);
  if (!expr || used + flat.length <= WIDTH || expr.kind !== "Binary" || (expr.operator !== "and" && expr.operator !== "or")) return flat;
  const op = expr.operator;
  const chain: (A.Expr | null)[] = [];
  let node: A.Expr | null = expr;
  while (node?.kind === "Binary" && node.operator === op) {
    chain.unshift(node.right);
    node = node.left;
  }
  chain.unshift(node);
  const word = op === "and" ? kw("And", lang) : kw("Or", lang);
  const own = PRECEDENCE[op];
  return chain.map((member, i) => (i === 0 ? printExpr(member, lang, own) : `\n${indent}${word} ${printExpr(member, lang, own + 1)}`)).join("");
}

/** A rule on one line (traces, test reports), or wrapped as the formatter lays it out (`indent` given). */
export function printRule(rule: A.Rule, lang: Lang, indent: string | null = null): string {
  const outcome = rule.outcome ? OUTCOMES[rule.outcome][lang] : "…";
  const value = rule.value ? ` ${kw("With", lang)} ${printExpr(rule.value, lang)}` : "";
  const lead = `${indent ?? ""}${outcome}${value} ${kw("If", lang)} `;
  const condition = indent === null ? printExpr(rule.condition, lang) : printWrapped(rule.condition, lang, `${indent}    `, lead.length);
  const head = rule.isOtherwise ? `${kw("Otherwise", lang)} ${outcome}${value}` : `${outcome}${value} ${kw("If", lang)} ${condition}`;
  const reason = rule.reason ? ` ${printLabel(rule.reason)}` : "";
  const paragraph = rule.paragraph ? ` ${rule.paragraph}` : "";
  return head + reason + paragraph;
}

function printStatement(statement: A.Statement, lang: Lang): string {
  const label = (l: A.Label | null) => (l ? ` ${printLabel(l)}` : "");
  const rules = (rs: readonly A.Rule[]) => rs.map((r) => `  ${printRule(r, lang, "  ")}`).join("\n");
  switch (statement.kind) {
    case "Declaration": {
      if (statement.role === "parameter") {
        return `${declarationKeyword(statement, lang)} ${statement.name} = ${printExpr(statement.value, lang)}${label(statement.label)}`;
      }
      // A long definition goes on its own indented line(s) after the `=`.
      const head = `${declarationKeyword(statement, lang)} ${statement.name}${label(statement.label)} =`;
      const flat = printExpr(statement.value, lang);
      return head.length + 1 + flat.length <= WIDTH ? `${head} ${flat}` : `${head}\n    ${printWrapped(statement.value, lang, "    ", 4)}`;
    }
    case "SetDecl":
      return `${kw("Set", lang)} ${statement.target?.path.join(".") ?? "…"} = ${printExpr(statement.value, lang)}${label(statement.label)}`;
    case "DecisionDecl": {
      const paragraph = statement.paragraph ? ` ${statement.paragraph}` : "";
      const forEach = statement.forEach
        ? ` ${kw("For", lang)} ${kw("Each", lang)} ${statement.forEach.variable} ${kw("In", lang)} ${printExpr(statement.forEach.collection, lang)}`
        : "";
      return `${kw("Decision", lang)} ${statement.name}${label(statement.label)}${paragraph}${forEach}:\n${rules(statement.rules)}`;
    }
    case "ExceptionDecl": {
      const paragraph = statement.paragraph ? ` ${statement.paragraph}` : "";
      return `${kw("Exception", lang)} ${kw("To", lang)} ${statement.target?.path.join(".") ?? "…"}${label(statement.label)}${paragraph}:\n${rules(statement.rules)}`;
    }
    default:
      return assertNever(statement);
  }
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
 * Print a whole file. Comments are kept: each is printed on its own line before the statement or
 * rule that follows it in the source (a trailing comment moves to the line above the next code).
 */
export function format(file: A.RuleFile, lang: Lang = file.lang ?? "en"): string {
  const comments = [...file.comments].sort((a, b) => a.span.start - b.span.start);
  let next = 0;
  const out: string[] = [];
  const flushBefore = (offset: number, indent: string) => {
    while (next < comments.length && comments[next]!.span.start < offset) out.push(indent + comments[next++]!.text.trimEnd());
  };
  file.statements.forEach((statement, index) => {
    if (index > 0 && (statement.kind === "DecisionDecl" || statement.kind === "ExceptionDecl" || blockOf(file.statements[index - 1]!) !== blockOf(statement))) out.push("");
    flushBefore(statement.span.start, "");
    if (statement.kind === "DecisionDecl" || statement.kind === "ExceptionDecl") {
      const [header] = printStatement({ ...statement, rules: [] }, lang).split("\n");
      out.push(header!);
      for (const rule of statement.rules) {
        flushBefore(rule.span.start, "  ");
        out.push(`  ${printRule(rule, lang, "  ")}`);
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
      out.push(printStatement(statement, lang));
    }
  });
  while (next < comments.length) out.push(comments[next++]!.text.trimEnd());
  return out.join("\n") + "\n";
}
