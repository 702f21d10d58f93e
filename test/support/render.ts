/** Diagnostics rendered as in TypeScript's `*.errors.txt` baselines: the message, the line, a caret. */
import type { Diagnostic } from "../../dsl/diagnostics.js";

export function renderBaseline(text: string, diagnostics: readonly Diagnostic[]): string {
  const lines = text.split("\n");
  return diagnostics
    .map((d) => {
      const line = lines[d.span.line - 1] ?? "";
      const width = d.span.endLine === d.span.line ? Math.max(1, d.span.endColumn - d.span.column) : Math.max(1, line.length - d.span.column + 1);
      return `${d.span.line}:${d.span.column} ${d.severity} ${d.code}: ${d.message}\n    ${line}\n    ${" ".repeat(d.span.column - 1)}${"~".repeat(width)}\n`;
    })
    .join("\n");
}
