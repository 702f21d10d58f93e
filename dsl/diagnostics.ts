/**
 * One diagnostic type for every stage (lexer, parser, checker, loader), with codes from one catalogue.
 * Messages say what was found, what was expected and, where there is one, the nearest name.
 */
import type { Span } from "./ast.js";

export type Severity = "error" | "warning" | "info";

/**
 * The catalogue: one meaning per code. Each language code has a bad fixture under
 * test/dsl/golden/invalid/; the loader's codes (RW05x: YAML, schemas, files, scopes) are produced by
 * whole regulation sets, so test/engine/loader.test.ts gives each of them a bad set; the provision
 * citations (RW060-RW063, against the provisions index) likewise in test/engine/check/provisions.test.ts,
 * the faculty-level calendar entries (RW065) in test/engine/check/calendar-scope.test.ts, and the
 * per-course files' statements (RW066) in test/engine/check/per-course.test.ts.
 */
export const DIAGNOSTIC_CODES = {
  "RW001-unexpected-character": "error",
  "RW002-syntax-error": "error",
  "RW003-unterminated-string": "error",
  "RW010-unknown-name": "error",
  "RW011-unknown-field": "error",
  "RW012-unknown-function": "error",
  "RW013-wrong-argument-count": "error",
  "RW014-unknown-enum-value": "error",
  "RW020-type-mismatch": "error",
  "RW021-unit-mismatch": "error",
  "RW022-not-a-list": "error",
  "RW023-not-a-condition": "error",
  "RW024-invalid-date": "error",
  "RW030-duplicate-name": "error",
  "RW031-duplicate-otherwise": "error",
  "RW032-rule-after-otherwise": "warning",
  "RW033-missing-otherwise": "info",
  "RW034-exception-with-otherwise": "error",
  "RW035-unknown-exception-target": "error",
  "RW036-not-open-to-faculties": "error",
  "RW037-deviation-without-approval": "error",
  "RW038-exception-in-general-text": "error",
  "RW039-set-unknown-parameter": "error",
  "RW040-mixed-languages": "warning",
  "RW041-cyclic-definition": "error",
  "RW042-decision-without-rules": "error",
  "RW043-nested-too-deeply": "error",
  "RW044-decision-cycle": "error",
  "RW045-bad-decision-reference": "error",
  "RW048-recursive-definition": "error",
  "RW049-not-a-definition-of-an-element": "error",
  "RW050-yaml-syntax": "error",
  "RW051-schema-violation": "error",
  "RW052-missing-file": "error",
  "RW053-bad-test": "error",
  "RW054-unknown-scope": "error",
  "RW055-uses-cycle": "error",
  "RW056-rules-block-style": "error",
  "RW060-unknown-provision": "error",
  "RW061-provision-cited-twice": "warning",
  "RW062-provision-without-id": "warning",
  "RW063-provision-of-another-scope": "warning",
  "RW064-supplement-narrows-right": "warning",
  "RW065-calendar-entry-of-another-scope": "warning",
  "RW066-per-course-file-statement": "error",
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** The file (or "<input>") the span refers to. */
  readonly source: string;
  /** For quick fixes: the name the message suggests ("did you mean `x`?"), to put at the span. */
  readonly data?: { readonly suggestion: string };
}

export function diagnostic(code: DiagnosticCode, message: string, span: Span, source = "<input>"): Diagnostic {
  const suggestion = /did you mean `([^`]+)`\?/.exec(message)?.[1];
  const d = { code, severity: DIAGNOSTIC_CODES[code], message, span, source };
  return suggestion === undefined ? d : { ...d, data: { suggestion } };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** `file:line:col: code message`, the form of `regelwerk check`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.source}:${d.span.line}:${d.span.column}: ${d.severity} ${d.code} ${d.message}`;
}
