/**
 * The language service for the editor: pure functions from a text (and the checker's environment)
 * to diagnostics, completions at an offset, hovers at an offset and definitions. No editor API here:
 * the editor adapts these to monaco.
 */
import type * as A from "./ast.js";
import { childrenOf } from "./ast-walk.js";
import { BUILTINS } from "./builtins.js";
import { DECISION_READS, DECISION_READ_DOC, type DecisionRead } from "./decision-ref.js";
import { checkFile, type CheckResult } from "./checker/check-file.js";
import type { CheckEnv, SymbolInfo } from "./checker/environment.js";
import type { Diagnostic } from "./diagnostics.js";
import { AGGREGATES, KEYWORDS, OUTCOMES, OUTCOME_LABELS, type Lang, type Outcome } from "./keywords.js";
import { parse } from "./parse.js";
import { containsOffset } from "./span.js";
import { typeToString, UNKNOWN, type Description, type Type } from "./types.js";

export interface Analysis {
  readonly text: string;
  readonly ast: A.RuleFile;
  readonly check: CheckResult;
  readonly diagnostics: readonly Diagnostic[];
}

export function analyse(text: string, env: CheckEnv): Analysis {
  const parsed = parse(text, env.source);
  const check = checkFile(parsed.ast, env);
  const diagnostics = [...parsed.diagnostics, ...check.diagnostics].sort((a, b) => a.span.start - b.span.start);
  return { text, ast: parsed.ast, check, diagnostics };
}

export function diagnosticsOf(text: string, env: CheckEnv): readonly Diagnostic[] {
  return analyse(text, env).diagnostics;
}

export type CompletionKind = "field" | "parameter" | "definition" | "decision" | "namespace" | "function" | "keyword" | "outcome" | "variable" | "value";

export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  /** A short description, Dutch first (the policy officers' language). */
  readonly detail: string;
  readonly insertText?: string;
}

function describe(description: Description | null, lang: Lang): string {
  return description ? description[lang] : "";
}

/** The identifier path being typed at the offset: `enrolment.prog|` → { path: ["enrolment"], prefix: "prog" }. */
function pathBefore(text: string, offset: number): { path: string[]; prefix: string; afterDot: boolean } {
  let i = offset;
  while (i > 0 && /[A-Za-z0-9_]/.test(text[i - 1]!)) i--;
  const prefix = text.slice(i, offset);
  const path: string[] = [];
  let afterDot = false;
  while (i > 0 && text[i - 1] === ".") {
    afterDot = true;
    let j = i - 1;
    while (j > 0 && /[A-Za-z0-9_]/.test(text[j - 1]!)) j--;
    path.unshift(text.slice(j, i - 1));
    i = j;
  }
  return { path, prefix, afterDot };
}

/** Variables in scope at an offset: the decision's `for each` and any aggregate around it. */
function variablesAt(analysis: Analysis, env: CheckEnv, offset: number): Map<string, Type> {
  const variables = new Map<string, Type>();
  const elementOf = (expr: A.Expr | null): Type => {
    const t = expr ? analysis.check.types.get(expr) ?? UNKNOWN : UNKNOWN;
    return t.kind === "list" ? t.element : UNKNOWN;
  };
  const visit = (expr: A.Expr | null): void => {
    if (!expr || !containsOffset(expr.span, offset)) return;
    if (expr.kind === "Aggregate") variables.set(expr.variable, elementOf(expr.collection));
    if (expr.kind === "Fold") {
      // The accumulator and the element are seen by the filter and the step (not by the start value).
      const afterStart = offset > (expr.initial?.span.end ?? expr.variableSpan.start);
      if (afterStart) {
        variables.set(expr.accumulator, analysis.check.types.get(expr) ?? UNKNOWN);
        variables.set(expr.variable, elementOf(expr.collection));
      }
    }
    for (const child of childrenOf(expr)) visit(child);
  };
  for (const s of analysis.ast.statements) {
    if (!containsOffset({ ...s.span, end: s.span.end + 1 }, offset)) continue;
    if (s.kind === "DecisionDecl" && s.forEach) variables.set(s.forEach.variable, elementOf(s.forEach.collection));
    if (s.kind === "Declaration") for (const p of s.parameters) variables.set(p.name, elementOf(p.collection));
    if (s.kind === "ExceptionDecl" && s.target) {
      const target = targetSymbol(s.target, env);
      if (target?.forEach) variables.set(target.forEach.variable, target.forEach.element);
    }
    for (const e of expressionsOf(s)) visit(e);
  }
  return variables;
}

function targetSymbol(target: A.NameRef, env: CheckEnv): SymbolInfo | undefined {
  const [a, b] = target.path;
  if (target.path.length >= 2) return env.externals.get(a!)?.get(b!);
  return env.externals.get(env.namespace)?.get(a!);
}

export function expressionsOf(s: A.Statement): (A.Expr | null)[] {
  switch (s.kind) {
    case "Declaration":
      return [...s.parameters.map((p) => p.collection), s.value];
    case "SetDecl":
      return [s.value];
    case "DecisionDecl":
      return [s.forEach?.collection ?? null, ...s.rules.flatMap((r) => [r.condition, r.value])];
    case "ExceptionDecl":
      return s.rules.flatMap((r) => [r.condition, r.value]);
  }
}

/** Resolve a dotted prefix to the type whose fields complete it. */
function typeOfPath(path: readonly string[], analysis: Analysis, env: CheckEnv, variables: Map<string, Type>): Type | "namespace" | null {
  const [head, ...rest] = path;
  if (!head) return null;
  let type: Type | undefined = variables.get(head);
  if (!type) type = analysis.check.symbols.get(head)?.type ?? env.externals.get(env.namespace)?.get(head)?.type;
  if (!type && env.externals.has(head)) {
    if (rest.length === 0) return "namespace";
    type = env.externals.get(head)!.get(rest[0]!)?.type;
    rest.shift();
  }
  if (!type && env.context.kind === "object") type = env.context.fields[head]?.type;
  for (const segment of rest) {
    if (!type || type.kind !== "object") return null;
    type = type.fields[segment]?.type;
  }
  return type ?? null;
}

function symbolCompletion(s: SymbolInfo, lang: Lang): Completion {
  const label = s.label ? (lang === "en" && s.label.en ? s.label.en : s.label.nl) : "";
  return { label: s.name, kind: s.kind, detail: [label, typeToString(s.type)].filter(Boolean).join(" — ") };
}

export function completionsAt(text: string, offset: number, env: CheckEnv, lang: Lang = "nl"): Completion[] {
  return completionsIn(analyse(text, env), offset, env, lang);
}

/**
 * Completions in an analysis made earlier (the workspace keeps one per document). Its text is what
 * the offset counts in: the rules alone, or the whole YAML file when the spans are file-absolute.
 */
export function completionsIn(analysis: Analysis, offset: number, env: CheckEnv, lang: Lang = "nl"): Completion[] {
  const { text } = analysis;
  const { path, prefix, afterDot } = pathBefore(text, offset);
  const variables = variablesAt(analysis, env, offset);
  const matches = (label: string) => label.startsWith(prefix);
  if (afterDot) {
    const type = typeOfPath(path, analysis, env, variables);
    if (type === "namespace") {
      return [...env.externals.get(path[0]!)!.values()].map((s) => symbolCompletion(s, lang)).filter((c) => matches(c.label));
    }
    if (type?.kind === "object") {
      return Object.entries(type.fields)
        .map(([name, field]) => ({ label: name, kind: "field" as const, detail: [describe(field.description, lang), typeToString(field.type)].filter(Boolean).join(" — ") }))
        .filter((c) => matches(c.label));
    }
    return [];
  }
  // A rule starts with an outcome: offer those first where a line starts.
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const atLineStart = text.slice(lineStart, offset - prefix.length).trim() === "";
  const inDecision = analysis.ast.statements.some((s) => (s.kind === "DecisionDecl" || s.kind === "ExceptionDecl") && s.span.start < offset);
  const out: Completion[] = [];
  if (atLineStart && inDecision) {
    for (const [name, spelling] of Object.entries(OUTCOMES)) {
      out.push({ label: spelling[lang === "nl" ? "nl" : "en"], kind: "outcome", detail: OUTCOME_LABELS[name as Outcome][lang] });
    }
    out.push({ label: KEYWORDS.Otherwise[lang], kind: "keyword", detail: lang === "nl" ? "wanneer geen andere regel van toepassing is" : "when no other rule applies" });
  }
  for (const [name, type] of variables) out.push({ label: name, kind: "variable", detail: typeToString(type) });
  for (const s of analysis.check.symbols.values()) if (s.kind !== "decision") out.push(symbolCompletion(s, lang));
  for (const s of env.externals.get(env.namespace)?.values() ?? []) {
    if (s.kind !== "decision" && !analysis.check.symbols.has(s.name)) out.push(symbolCompletion(s, lang));
  }
  for (const ns of env.externals.keys()) if (ns !== env.namespace) out.push({ label: ns, kind: "namespace", detail: lang === "nl" ? "artikel of reglement" : "article or regulation" });
  if (env.context.kind === "object") {
    for (const [name, field] of Object.entries(env.context.fields)) out.push({ label: name, kind: "field", detail: describe(field.description, lang) });
  }
  for (const b of BUILTINS) out.push({ label: lang === "nl" ? b.nl : b.name, kind: "function", detail: `${b.signature} — ${b.doc[lang]}` });
  for (const a of Object.values(AGGREGATES)) out.push({ label: a[lang], kind: "function", detail: lang === "nl" ? "over een lijst" : "over a list" });
  for (const [read, spelling] of Object.entries(DECISION_READS) as [DecisionRead, (typeof DECISION_READS)[DecisionRead]][]) {
    out.push({ label: spelling[lang], kind: "function", detail: `${DECISION_READ_DOC[read].signature[lang]} — ${DECISION_READ_DOC[read].doc[lang]}` });
  }
  out.push({ label: KEYWORDS.Accumulate[lang], kind: "keyword", detail: FOLD_DOC.signature[lang], insertText: FOLD_DOC.snippet[lang] });
  for (const k of [KEYWORDS.And, KEYWORDS.Or, KEYWORDS.Not, KEYWORDS.If, KEYWORDS.In, KEYWORDS.Where]) out.push({ label: k[lang], kind: "keyword", detail: "" });
  const seen = new Set<string>();
  return out.filter((c) => matches(c.label) && !seen.has(c.label) && seen.add(c.label));
}

/** What the editor says about `accumulate` / `accumuleer` (completion and hover). */
export const FOLD_DOC = {
  signature: {
    en: "accumulate(s = start for y in list where … then step) — a running value over a list, in its order",
    nl: "accumuleer(s = begin voor y in lijst waarvan … dan stap) — een lopende waarde over een lijst, in haar volgorde",
  },
  doc: {
    en: "The accumulator `s` starts as `start` (a number with its unit, or a record of named fields); for each element `y` of the list, in order, it becomes `step`, which reads `s` and `y`. One step per element of a finite list, no recursion: it always ends. The explanation shows every step: the element, the value before and after, and the conditions tested.",
    nl: "De accumulator `s` begint als `begin` (een getal met zijn eenheid, of een record met benoemde velden); voor elk element `y` van de lijst, in volgorde, wordt hij `stap`, die `s` en `y` leest. Eén stap per element van een eindige lijst, geen recursie: het eindigt altijd. De uitleg toont elke stap: het element, de waarde ervoor en erna, en de geteste voorwaarden.",
  },
  snippet: {
    en: "accumulate(s = 0 sp for y in list then s + 0 sp)",
    nl: "accumuleer(s = 0 sp voor y in lijst dan s + 0 sp)",
  },
} as const;

export interface Hover {
  readonly span: A.Span;
  /** Markdown. */
  readonly contents: string;
}

export function hoverAt(text: string, offset: number, env: CheckEnv, lang: Lang = "nl"): Hover | null {
  return hoverIn(analyse(text, env), offset, lang);
}

/** The hover at an offset of an analysis made earlier. */
export function hoverIn(analysis: Analysis, offset: number, lang: Lang = "nl"): Hover | null {
  const refs = analysis.check.references.filter((r) => containsOffset(r.span, offset));
  // The innermost (shortest) reference under the cursor describes what is pointed at.
  const ref = refs.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
  if (ref) {
    if (ref.symbol) {
      const s = ref.symbol;
      const label = s.label ? (lang === "en" && s.label.en ? s.label.en : s.label.nl) : "";
      const kind = lang === "nl" ? { parameter: "parameter", definition: "definitie", decision: "beslissing" }[s.kind] : s.kind;
      return {
        span: ref.span,
        contents: `**${s.namespace}.${s.name}${s.parameters?.length ? `(${s.parameters.map((p) => p.name).join(", ")})` : ""}** (${kind}) — ${label}\n\n${typeToString(s.type)} · ${s.source}:${s.span.line}`,
      };
    }
    if (ref.field) {
      return { span: ref.span, contents: `**${ref.path}** — ${describe(ref.field.description, lang)}\n\n${typeToString(ref.field.type)}` };
    }
  }
  for (const s of analysis.ast.statements) {
    for (const e of expressionsOf(s)) {
      const fold = findAt(e, offset, foldAt(offset));
      if (fold) {
        if (containsOffset(fold.keywordSpan, offset)) return { span: fold.keywordSpan, contents: `**${FOLD_DOC.signature[lang]}**\n\n${FOLD_DOC.doc[lang]}` };
        const type = analysis.check.types.get(fold) ?? UNKNOWN;
        if (containsOffset(fold.accumulatorSpan, offset)) {
          const what = lang === "nl" ? "accumulator: de lopende waarde" : "accumulator: the running value";
          return { span: fold.accumulatorSpan, contents: `**${fold.accumulator}** — ${what}\n\n${typeToString(type)}` };
        }
      }
      const reference = findAt(e, offset, decisionReadAt(offset));
      if (reference) return { span: reference.calleeSpan, contents: `**${DECISION_READ_DOC[reference.read].signature[lang]}**\n\n${DECISION_READ_DOC[reference.read].doc[lang]}` };
      const call = findAt(e, offset, callAt(offset));
      if (call) {
        const b = BUILTINS.find((x) => x.name === call.callee || x.nl === call.callee);
        if (b) return { span: call.calleeSpan, contents: `**${b.signature}**\n\n${b.doc[lang]}` };
      }
    }
    if ((s.kind === "DecisionDecl" || s.kind === "ExceptionDecl") && s.rules) {
      for (const r of s.rules) {
        if (r.outcome && containsOffset(r.outcomeSpan, offset)) {
          return { span: r.outcomeSpan, contents: `**${OUTCOME_LABELS[r.outcome][lang]}**` };
        }
      }
    }
  }
  return null;
}

/**
 * The innermost node under the offset that `match` accepts. The finders below match a node by a
 * span of its own words (a keyword, a function word, an accumulator), which no child's span
 * overlaps: at most one node on the path to the offset matches, so innermost and outermost agree.
 */
function findAt<T extends A.Expr>(expr: A.Expr | null, offset: number, match: (e: A.Expr) => e is T): T | null {
  if (!expr || !containsOffset(expr.span, offset)) return null;
  for (const child of childrenOf(expr)) {
    const found = findAt(child, offset, match);
    if (found) return found;
  }
  return match(expr) ? expr : null;
}

/** A fold whose keyword or accumulator is under the offset. */
const foldAt = (offset: number) => (e: A.Expr): e is A.Fold => e.kind === "Fold" && (containsOffset(e.keywordSpan, offset) || containsOffset(e.accumulatorSpan, offset));
/** A decision read (`outcome(…)`, `value(…)`) whose function word is under the offset. */
const decisionReadAt = (offset: number) => (e: A.Expr): e is A.DecisionRef => e.kind === "DecisionRef" && containsOffset(e.calleeSpan, offset);
/** A call of a built-in function whose name is under the offset. */
const callAt = (offset: number) => (e: A.Expr): e is A.Call => e.kind === "Call" && containsOffset(e.calleeSpan, offset);

/** Where the name under the cursor is declared. */
export function definitionAt(text: string, offset: number, env: CheckEnv): { source: string; span: A.Span } | null {
  return definitionIn(analyse(text, env), offset);
}

/** Where the name under the cursor is declared, in an analysis made earlier. */
export function definitionIn(analysis: Analysis, offset: number): { source: string; span: A.Span } | null {
  const ref = analysis.check.references.find((r) => r.symbol && containsOffset(r.span, offset));
  return ref?.symbol ? { source: ref.symbol.source, span: ref.symbol.span } : null;
}
