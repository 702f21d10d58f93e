/** Helpers for comparing ASTs without positions and for checking that positions fit their text. */
import type { Span } from "../../dsl/ast.js";

const SPAN_KEYS = new Set(["span", "nameSpan", "calleeSpan", "variableSpan", "outcomeSpan", "keywordSpan", "accumulatorSpan"]);

/**
 * A deep copy of an AST without spans (and comments reduced to their text). `dropLang` also drops
 * what depends on the keyword language: the file's `lang` and a declaration's keyword as written.
 */
export function withoutSpans(node: unknown, dropLang = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutSpans(n, dropLang));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (SPAN_KEYS.has(key) || key === "segmentSpans") continue;
    if (dropLang && (key === "lang" || key === "keyword")) continue;
    out[key] = key === "comments" && Array.isArray(value) ? value.map((c: { text: string }) => c.text.trimEnd()) : withoutSpans(value, dropLang);
  }
  return out;
}

/** Line and column (1-based) of an offset, computed independently of dsl/span.ts. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column };
}

/** Problems with a span in a text: empty when 0 <= start <= end <= length and line/column match the offsets. */
export function spanProblems(text: string, span: Span, what: string): string[] {
  const problems: string[] = [];
  if (!(0 <= span.start && span.start <= span.end && span.end <= text.length)) {
    problems.push(`${what}: offsets ${span.start}..${span.end} outside 0..${text.length}`);
    return problems;
  }
  const a = position(text, span.start);
  const b = position(text, span.end);
  if (a.line !== span.line || a.column !== span.column) problems.push(`${what}: start ${span.start} is ${a.line}:${a.column}, span says ${span.line}:${span.column}`);
  if (b.line !== span.endLine || b.column !== span.endColumn) problems.push(`${what}: end ${span.end} is ${b.line}:${b.column}, span says ${span.endLine}:${span.endColumn}`);
  return problems;
}

/** Every span in an AST, with the path to it. */
export function allSpans(node: unknown, path = "ast"): { path: string; span: Span }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => allSpans(n, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const out: { path: string; span: Span }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (SPAN_KEYS.has(key) && value && typeof value === "object") out.push({ path: `${path}.${key}`, span: value as Span });
    else if (key === "segmentSpans" && Array.isArray(value)) value.forEach((s: Span, i) => out.push({ path: `${path}.segmentSpans[${i}]`, span: s }));
    else out.push(...allSpans(value, `${path}.${key}`));
  }
  return out;
}
