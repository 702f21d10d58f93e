/**
 * The rules block as the form sees it: each statement is either something the form can edit — a
 * parameter or a `set` (a number or date with its unit), an exception whose rules are flat chains
 * of simple conditions joined by one `and`/`or` (a fact compared with a value, a call of a
 * definition of an element, another decision's outcome compared with outcome words) — or kept as its own text, shown read-only with the
 * reason the form cannot show it. Writing prints the edited statements in the file's keyword
 * language, keeps every other statement's text (and every comment between statements) as it was,
 * and formats the block, so the result is what `regelwerk fmt` writes. Pure: no DOM.
 */
import { DECISION_READS, KEYWORDS, OUTCOMES, childrenOf, expressionsOf, format, parse, type Expr, type Lang, type Outcome, type Rule, type Statement, type UnitName } from "../../../dsl/index.js";

export type Operator = "is" | "is not" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in";

/** What a condition compares a fact with. */
export type Operand =
  | { readonly kind: "number"; readonly text: string; readonly unit: UnitName | null }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "date"; readonly value: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "list"; readonly values: readonly string[] }
  /** A parameter, definition or calendar point by name: `< minimum`. */
  | { readonly kind: "name"; readonly path: string };

/** A fact of the student compared with a value: `enrolment.credits_remaining < 20 sp`. */
export interface FactCondition {
  readonly kind?: "fact";
  readonly fact: string;
  readonly operator: Operator;
  /** null for `is` / `is not` (a yes/no fact). */
  readonly operand: Operand | null;
}

/**
 * A definition of an element called for the rule's element (docs/language.md "Definitions of an
 * element"): `art47.has_credit(c)`, or `not art47.has_credit(c)`. The arguments are names, kept as written.
 */
export interface CallCondition {
  readonly kind: "call";
  /** As written: `art47.has_credit`, or `has_credit` in the definition's own article. */
  readonly definition: string;
  readonly args: readonly string[];
  readonly negated: boolean;
}

/**
 * Another decision's outcome compared with outcome words (docs/language.md "Reading another
 * decision"): `outcome(art24.credit_limit_deviation) = allowed`, `outcome(art47.second_period_retake, c) in [refused]`.
 */
export interface ReadCondition {
  readonly kind: "read";
  readonly decision: string;
  /** The element a decision per element is read for (`c`); null for a decision per student. */
  readonly element: string | null;
  readonly operator: "=" | "!=" | "in" | "not in";
  /** One for `=` / `!=`; at least one for `in` / `not in`. */
  readonly outcomes: readonly Outcome[];
}

export type FormCondition = FactCondition | CallCondition | ReadCondition;

export const isFactCondition = (c: FormCondition): c is FactCondition => c.kind === undefined || c.kind === "fact";

export interface FormRule {
  readonly outcome: Outcome;
  /** `allowed with 30 sp if …`: a number or date given with the outcome. */
  readonly value: Operand | null;
  readonly otherwise: boolean;
  readonly combine: "and" | "or";
  readonly conditions: readonly FormCondition[];
  readonly reasonNl: string;
  readonly reasonEn: string;
  readonly paragraph: string | null;
}

export interface FormException {
  readonly kind: "exception";
  readonly target: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly paragraph: string | null;
  readonly rules: readonly FormRule[];
}

/** `parameter minimum = 25 sp "…"` (a general text) or `set art4.max_remaining = 9 sp "…"` (a supplement). */
export interface FormParameter {
  readonly kind: "parameter" | "set";
  readonly name: string;
  readonly value: Operand;
  readonly labelNl: string;
  readonly labelEn: string;
}

/** A statement the form does not edit: its text as written, and why. */
export interface FormText {
  readonly kind: "text";
  readonly text: string;
  readonly why: ReadOnlyReason;
}

/** `fold`: the statement uses `accumulate` (a running value over a list), which the form names and keeps. */
export type ReadOnlyReason = "definition" | "decision" | "comment" | "fold" | "expression" | "parse-error";

export type FormStatement = (FormException | FormParameter | FormText) & {
  /** Index of the statement in the block as read; absent for a statement the form added. */
  readonly origin?: number;
};

export interface RulesModel {
  /** The file's keyword language (of its first keyword); Dutch for an empty block. */
  readonly lang: Lang;
  readonly statements: readonly FormStatement[];
}

const COMPARISONS = new Set(["=", "!=", "<", "<=", ">", ">="]);

function operandOf(e: Expr | null): Operand | null {
  if (!e) return null;
  if (e.kind === "NumberLit") return { kind: "number", text: e.text, unit: e.unit };
  if (e.kind === "Unary" && e.operator === "-" && e.operand?.kind === "NumberLit") return { kind: "number", text: `-${e.operand.text}`, unit: e.operand.unit };
  if (e.kind === "StringLit") return { kind: "text", value: e.value };
  if (e.kind === "DateLit") return { kind: "date", value: e.value };
  if (e.kind === "BoolLit") return { kind: "bool", value: e.value };
  if (e.kind === "NameRef") return { kind: "name", path: e.path.join(".") };
  return null;
}

function listOf(e: Expr | null): Operand | null {
  if (e?.kind !== "ListLit" || e.items.length === 0 || !e.items.every((i) => i?.kind === "StringLit")) return null;
  return { kind: "list", values: e.items.map((i) => (i as { value: string }).value) };
}

/** `art47.has_credit(c)` whose arguments are all names; null for anything else. */
function callOf(e: Expr | null, negated: boolean): CallCondition | null {
  if (e?.kind !== "DefinitionCall" || !e.args.every((a) => a?.kind === "NameRef")) return null;
  return { kind: "call", definition: e.callee.path.join("."), args: e.args.map((a) => (a as { path: readonly string[] }).path.join(".")), negated };
}

/** `outcome(d) = allowed`, `outcome(d, c) != refused`, `outcome(d) in [allowed, discretionary]`; null for anything else (a `value(…)` read too). */
function readOf(e: Expr): ReadCondition | null {
  if (e.kind !== "Binary" || e.left?.kind !== "DecisionRef" || e.left.read !== "outcome") return null;
  const { target, element } = e.left;
  if (element && element.kind !== "NameRef") return null;
  const base = { kind: "read" as const, decision: target.path.join("."), element: element ? element.path.join(".") : null };
  if ((e.operator === "=" || e.operator === "!=") && e.right?.kind === "OutcomeLit") return { ...base, operator: e.operator, outcomes: [e.right.outcome] };
  if (e.operator === "in" && e.right?.kind === "ListLit" && e.right.items.length > 0 && e.right.items.every((i) => i?.kind === "OutcomeLit")) {
    return { ...base, operator: "in", outcomes: e.right.items.map((i) => (i as { outcome: Outcome }).outcome) };
  }
  return null;
}

/** One member of an and/or chain as a condition, or null when it is more than the form shows. */
function conditionOf(e: Expr | null): FormCondition | null {
  if (!e) return null;
  if (e.kind === "NameRef") return { fact: e.path.join("."), operator: "is", operand: null };
  if (e.kind === "DefinitionCall") return callOf(e, false);
  if (e.kind === "Unary" && e.operator === "not") {
    if (e.operand?.kind === "NameRef") return { fact: e.operand.path.join("."), operator: "is not", operand: null };
    if (e.operand?.kind === "DefinitionCall") return callOf(e.operand, true);
    const inner = conditionOf(e.operand);
    return inner && inner.kind !== "call" && inner.operator === "in" ? { ...inner, operator: "not in" } : null;
  }
  if (e.kind === "Binary" && e.left?.kind === "DecisionRef") return readOf(e);
  if (e.kind !== "Binary" || e.left?.kind !== "NameRef") return null;
  const fact = e.left.path.join(".");
  if (e.operator === "in") {
    const list = listOf(e.right);
    return list ? { fact, operator: "in", operand: list } : null;
  }
  if (!COMPARISONS.has(e.operator)) return null;
  const operand = operandOf(e.right);
  return operand && operand.kind !== "list" ? { fact, operator: e.operator as Operator, operand } : null;
}

/** A condition as a flat chain of one operator, or null. */
function chainOf(e: Expr | null): { combine: "and" | "or"; conditions: FormCondition[] } | null {
  if (!e) return null;
  const combine = e.kind === "Binary" && (e.operator === "and" || e.operator === "or") ? e.operator : "and";
  const members: (Expr | null)[] = [];
  let node: Expr | null = e;
  while (node?.kind === "Binary" && node.operator === combine) {
    members.unshift(node.right);
    node = node.left;
  }
  members.unshift(node);
  const conditions = members.map(conditionOf);
  return conditions.every((c): c is FormCondition => c !== null) ? { combine, conditions } : null;
}

function ruleOf(r: Rule): FormRule | null {
  if (!r.outcome) return null;
  const value = r.value ? operandOf(r.value) : null;
  if (r.value && (!value || (value.kind !== "number" && value.kind !== "date"))) return null;
  const chain = r.isOtherwise ? { combine: "and" as const, conditions: [] } : chainOf(r.condition);
  if (!chain) return null;
  return { outcome: r.outcome, value, otherwise: r.isOtherwise, ...chain, reasonNl: r.reason?.nl ?? "", reasonEn: r.reason?.en ?? "", paragraph: r.paragraph };
}

function statementOf(s: Statement, text: string, hasComment: boolean): FormException | FormParameter | FormText {
  const own = text.slice(s.span.start, s.span.end);
  const readOnly = (why: ReadOnlyReason): FormText => ({ kind: "text", text: own, why });
  if (hasComment) return readOnly("comment");
  if (expressionsOf(s).some(hasFold)) return readOnly("fold");
  if (s.kind === "DecisionDecl") return readOnly("decision");
  if (s.kind === "Declaration" || s.kind === "SetDecl") {
    const value = operandOf(s.value);
    const name = s.kind === "SetDecl" ? s.target?.path.join(".") : s.name;
    const isParameter = s.kind === "SetDecl" || s.role === "parameter";
    if (!isParameter || !name || !value || (value.kind !== "number" && value.kind !== "date")) return readOnly(s.kind === "Declaration" && s.role === "definition" ? "definition" : "expression");
    return { kind: s.kind === "SetDecl" ? "set" : "parameter", name, value, labelNl: s.label?.nl ?? "", labelEn: s.label?.en ?? "" };
  }
  const rules = s.rules.map(ruleOf);
  if (!s.target || !rules.every((r): r is FormRule => r !== null)) return readOnly("expression");
  return { kind: "exception", target: s.target.path.join("."), labelNl: s.label?.nl ?? "", labelEn: s.label?.en ?? "", paragraph: s.paragraph, rules };
}

function hasFold(expr: Expr | null): boolean {
  return expr !== null && (expr.kind === "Fold" || childrenOf(expr).some(hasFold));
}

export function readRules(rules: string): RulesModel {
  const { ast, diagnostics } = parse(rules);
  if (diagnostics.some((d) => d.severity === "error")) {
    return { lang: ast.lang ?? "nl", statements: rules.trim() ? [{ kind: "text", text: rules, why: "parse-error" }] : [] };
  }
  const statements = ast.statements.map((s, origin) => {
    const hasComment = ast.comments.some((c) => c.span.start > s.span.start && c.span.start < s.span.end);
    return { ...statementOf(s, rules, hasComment), origin };
  });
  return { lang: ast.lang ?? "nl", statements };
}

// ── printing ─────────────────────────────────────────────────────────────────

const quote = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, " ")}"`;
const UNIT_WORDS: Record<UnitName, string> = { sp: "sp", percent: "%", hours: "hours", days: "days" };

export function printOperand(o: Operand, lang: Lang): string {
  switch (o.kind) {
    case "number":
      return `${o.text.trim() || "0"}${o.unit ? ` ${UNIT_WORDS[o.unit]}` : ""}`;
    case "text":
      return quote(o.value);
    case "date":
      return o.value;
    case "bool":
      return o.value ? KEYWORDS.True[lang] : KEYWORDS.False[lang];
    case "list":
      return `[${o.values.map(quote).join(", ")}]`;
    case "name":
      return o.path;
  }
}

function printRead(c: ReadCondition, lang: Lang): string {
  const read = `${DECISION_READS.outcome[lang]}(${c.decision}${c.element ? `, ${c.element}` : ""})`;
  const words = c.outcomes.map((o) => OUTCOMES[o][lang]);
  if (c.operator === "=" || c.operator === "!=") return `${read} ${c.operator} ${words[0] ?? OUTCOMES.allowed[lang]}`;
  const list = `${read} ${KEYWORDS.In[lang]} [${words.join(", ")}]`;
  return c.operator === "in" ? list : `${KEYWORDS.Not[lang]} (${list})`;
}

export function printCondition(c: FormCondition, lang: Lang): string {
  if (c.kind === "call") return `${c.negated ? `${KEYWORDS.Not[lang]} ` : ""}${c.definition}(${c.args.join(", ")})`;
  if (c.kind === "read") return printRead(c, lang);
  if (c.operator === "is") return c.fact;
  if (c.operator === "is not") return `${KEYWORDS.Not[lang]} ${c.fact}`;
  const operand = c.operand ? printOperand(c.operand, lang) : '""';
  if (c.operator === "in") return `${c.fact} ${KEYWORDS.In[lang]} ${operand}`;
  if (c.operator === "not in") return `${KEYWORDS.Not[lang]} (${c.fact} ${KEYWORDS.In[lang]} ${operand})`;
  return `${c.fact} ${c.operator} ${operand}`;
}

function printLabel(nl: string, en: string): string {
  if (!nl.trim()) return "";
  return ` ${quote(nl)}${en.trim() ? ` / ${quote(en)}` : ""}`;
}

export function printRuleLine(r: FormRule, lang: Lang): string {
  const outcome = OUTCOMES[r.outcome][lang];
  const value = r.value ? ` ${KEYWORDS.With[lang]} ${printOperand(r.value, lang)}` : "";
  const joiner = ` ${(r.combine === "and" ? KEYWORDS.And : KEYWORDS.Or)[lang]} `;
  const conditions = r.conditions.map((c) => printCondition(c, lang)).join(joiner);
  const head = r.otherwise || !conditions ? `${KEYWORDS.Otherwise[lang]} ${outcome}${value}` : `${outcome}${value} ${KEYWORDS.If[lang]} ${conditions}`;
  return `${head}${printLabel(r.reasonNl, r.reasonEn)}${r.paragraph ? ` ${r.paragraph}` : ""}`;
}

export function printStatement(s: FormStatement, lang: Lang): string {
  switch (s.kind) {
    case "text":
      return s.text;
    case "parameter":
    case "set": {
      const keyword = s.kind === "set" ? KEYWORDS.Set[lang] : KEYWORDS.Parameter[lang];
      return `${keyword} ${s.name} = ${printOperand(s.value, lang)}${printLabel(s.labelNl, s.labelEn)}`;
    }
    case "exception": {
      const head = `${KEYWORDS.Exception[lang]} ${KEYWORDS.To[lang]} ${s.target}${printLabel(s.labelNl, s.labelEn)}${s.paragraph ? ` ${s.paragraph}` : ""}:`;
      return [head, ...s.rules.map((r) => `  ${printRuleLine(r, lang)}`)].join("\n");
    }
  }
}

/**
 * The rules text for a model: each statement read from `rules` is replaced by its printing (a
 * read-only one by its own text), removed ones are dropped, added ones appended; then the block is
 * formatted as fmt formats it. When the result does not parse, it is returned unformatted, so the
 * text view shows the problem where it is.
 */
export function writeRules(rules: string, model: RulesModel): string {
  // Rules that do not parse are one read-only text: written back as they are.
  const only = model.statements.length === 1 ? model.statements[0]! : null;
  if (only?.kind === "text" && only.why === "parse-error") return only.text;
  const { ast } = parse(rules);
  const byOrigin = new Map(model.statements.filter((s) => s.origin !== undefined).map((s) => [s.origin!, s]));
  // A statement the form left as it was keeps its own text: the author's line breaks and parentheses.
  const asRead = new Map(readRules(rules).statements.filter((s) => s.origin !== undefined).map((s) => [s.origin!, JSON.stringify(s)]));
  let out = rules;
  if (ast.statements.length > 0) {
    for (let i = ast.statements.length - 1; i >= 0; i--) {
      const s = ast.statements[i]!;
      const replacement = byOrigin.get(i);
      if (replacement && asRead.get(i) === JSON.stringify(replacement)) continue;
      if (replacement) out = out.slice(0, s.span.start) + printStatement(replacement, model.lang) + out.slice(s.span.end);
      else out = out.slice(0, s.span.start).replace(/\n[ \t]*\n?$/, "\n") + out.slice(s.span.end).replace(/^[ \t]*\n/, "");
    }
  }
  const added = model.statements.filter((s) => s.origin === undefined).map((s) => printStatement(s, model.lang));
  if (added.length > 0) out = `${out.trimEnd()}${out.trim() ? "\n\n" : ""}${added.join("\n\n")}\n`;
  const parsed = parse(out);
  if (parsed.diagnostics.some((d) => d.severity === "error") || parsed.ast.statements.length === 0) return out;
  // As `regelwerk fmt` does: the line breaks and parentheses of the text as it stands stay.
  return format(parsed.ast, parsed.ast.lang ?? model.lang, out);
}
