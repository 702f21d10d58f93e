/** Diagnostics as `file:line:col: severity code message`, with the source line and a caret under it. */
import { formatDiagnostic, type Diagnostic } from "../../dsl/index.js";

/** `severity` words the severity (a terminal colours it); the rest of the line is as formatDiagnostic writes it. */
export function renderDiagnostic(d: Diagnostic, text: string | undefined, severity: (word: Diagnostic["severity"]) => string = (word) => word): string {
  const plain = formatDiagnostic(d);
  const at = plain.indexOf(`: ${d.severity} `);
  const head = at < 0 ? plain : `${plain.slice(0, at + 2)}${severity(d.severity)}${plain.slice(at + 2 + d.severity.length)}`;
  if (text === undefined) return head;
  const line = text.split("\n")[d.span.line - 1];
  // A line that is not text (a binary file) or far too long is not worth echoing.
  if (line === undefined || line.length > 240 || /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(line)) return head;
  const width = d.span.endLine === d.span.line ? Math.max(1, d.span.endColumn - d.span.column) : Math.max(1, line.length - d.span.column + 1);
  return `${head}\n  ${line}\n  ${" ".repeat(Math.max(0, d.span.column - 1))}${"^".repeat(width)}`;
}
