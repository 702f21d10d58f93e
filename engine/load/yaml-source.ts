/**
 * YAML with positions: parse a file keeping offsets, find the position of a value by its path (for
 * schema errors), and map positions inside an embedded DSL block back to the YAML file, so an error
 * in `rules:` is reported at its own line and column.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node } from "yaml";
import type { Span } from "../../dsl/ast.js";
import { diagnostic, type Diagnostic } from "../../dsl/diagnostics.js";

export interface YamlSource {
  readonly path: string;
  readonly text: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly data: unknown;
  readonly diagnostics: Diagnostic[];
}

export function spanAt(lines: LineCounter, start: number, end = start): Span {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { start, end: Math.max(start, end), line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

export function readYaml(path: string, text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const [start, end] = error.pos;
    diagnostics.push(diagnostic("RW050-yaml-syntax", `YAML: ${firstLine(error.message)}`, spanAt(lines, start, end), path));
  }
  const data = doc.errors.length === 0 ? (doc.toJS({ maxAliasCount: 100 }) ?? null) : null;
  return { path, text, doc, lines, data, diagnostics };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** The node at a JSON path (`["tests", 0, "given"]`), or the deepest existing ancestor. */
export function nodeAt(doc: Document, path: readonly (string | number)[]): { node: Node | null; depth: number } {
  let node: unknown = doc.contents;
  let depth = 0;
  for (const key of path) {
    if (!node || typeof (node as { get?: unknown }).get !== "function") break;
    const next = (node as { get(k: unknown, keep: true): unknown }).get(key, true);
    if (next === undefined || next === null) break;
    node = next;
    depth++;
  }
  return { node: (node as Node) ?? null, depth };
}

/** The span of a value at a JSON path; for a key that is present, `keyOf` gives the key's span. */
export function spanOfPath(source: YamlSource, path: readonly (string | number)[], keyOf?: string): Span {
  const { node } = nodeAt(source.doc, path);
  if (keyOf && node && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === keyOf);
    const range = (pair?.key as Node | undefined)?.range;
    if (range) return spanAt(source.lines, range[0], range[1]);
  }
  const range = node?.range;
  return range ? spanAt(source.lines, range[0], range[1]) : spanAt(source.lines, 0, 0);
}

/** Where an embedded block's text starts in the file: the line of its first content and its indent. */
export interface BlockOrigin {
  /** 1-based file line of the block's first line of content. */
  readonly line: number;
  /** Columns of indentation the YAML scalar stripped from each line. */
  readonly indent: number;
  /** Offset of the block's first content line in the file. */
  readonly offset: number;
}

export function blockOrigin(source: YamlSource, key: string): BlockOrigin | null {
  const { node } = nodeAt(source.doc, [key]);
  if (!node || !isScalar(node) || !node.range) return null;
  const start = node.range[0];
  const text = source.text;
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const lineEnd = text.indexOf("\n", start);
    if (lineEnd < 0) return null;
    let offset = lineEnd + 1;
    // The indentation of the first non-empty content line is what YAML strips from every line.
    let probe = offset;
    while (probe < text.length) {
      const end = text.indexOf("\n", probe);
      const line = text.slice(probe, end < 0 ? text.length : end);
      if (line.trim().length > 0) break;
      probe = end < 0 ? text.length : end + 1;
    }
    const indent = /^ */.exec(text.slice(probe))![0].length;
    const pos = source.lines.linePos(offset);
    return { line: pos.line, indent, offset };
  }
  // A quoted value starts after its quote mark; a plain one where it stands.
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  const pos = source.lines.linePos(start);
  return { line: pos.line, indent: pos.col - 1 + (quoted ? 1 : 0), offset: start + (quoted ? 1 : 0) };
}

/** Only literal blocks (`|`) and one-line values keep the rules' lines and columns as written. */
export function blockStyleProblem(source: YamlSource, key: string): string | null {
  const { node } = nodeAt(source.doc, [key]);
  if (!node || !isScalar(node)) return null;
  if (node.type === "BLOCK_FOLDED") return "rules must be a literal block (`rules: |`): a folded block (`>`) joins lines, so positions in it could not be reported";
  const text = typeof node.value === "string" ? node.value : "";
  if (node.type !== "BLOCK_LITERAL" && text.includes("\n")) return "rules that span several lines must be a literal block (`rules: |`)";
  return null;
}

/** Move a span inside the block's text to the YAML file's coordinates. */
export function mapSpan(span: Span, origin: BlockOrigin, lines: LineCounter): Span {
  const line = origin.line + span.line - 1;
  const endLine = origin.line + span.endLine - 1;
  const column = span.column + origin.indent;
  const endColumn = span.endColumn + origin.indent;
  const lineStart = (n: number) => lines.lineStarts[n - 1] ?? 0;
  return { start: lineStart(line) + column - 1, end: lineStart(endLine) + endColumn - 1, line, column, endLine, endColumn };
}

export function remapDiagnostic(d: Diagnostic, origin: BlockOrigin | null, lines: LineCounter, path: string): Diagnostic {
  return { ...d, span: origin ? mapSpan(d.span, origin, lines) : d.span, source: path };
}
