/** Spans from offsets, and the file positions they stand for. */
import type { Span } from "./ast.js";

/** Line starts of a text, for turning offsets into line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** A span over [start, end) of a file whose line starts are given. */
export function spanOf(file: string, starts: readonly number[], start: number, end: number): Span {
  const a = positionAt(starts, start);
  const b = positionAt(starts, Math.max(start, end));
  return { file, start, end: Math.max(start, end), line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/**
 * Where a text sits in its file. A YAML literal block (`rules: |`) is the file's lines from `line`
 * on with `indent` columns stripped from each, so a position in the block maps to the file by
 * adding the line and the indent.
 */
export interface TextOrigin {
  readonly file: string;
  /** 1-based file line of the text's first line. */
  readonly line: number;
  /** Columns of indentation stripped from each line. */
  readonly indent: number;
  /** Line starts of the whole file. */
  readonly fileLineStarts: readonly number[];
}

/** Turns offsets in a text into file-absolute spans. */
export type SpanMaker = (start: number, end: number) => Span;

/** Spans for a text that is the whole file (`origin` is its id) or sits in a file at `origin`. */
export function spanMaker(text: string, origin: string | TextOrigin): SpanMaker {
  const starts = lineStarts(text);
  if (typeof origin === "string") return (start, end) => spanOf(origin, starts, start, end);
  const toFile = (offset: number) => {
    const p = positionAt(starts, offset);
    const line = origin.line + p.line - 1;
    const column = p.column + origin.indent;
    return { offset: (origin.fileLineStarts[line - 1] ?? 0) + column - 1, line, column };
  };
  return (start, end) => {
    const a = toFile(start);
    const b = toFile(Math.max(start, end));
    return { file: origin.file, start: a.offset, end: b.offset, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}

/** The file id of an origin. */
export function fileOf(origin: string | TextOrigin): string {
  return typeof origin === "string" ? origin : origin.file;
}

export const EMPTY_SPAN: Span = { file: "<input>", start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

export function emptySpan(file: string): Span {
  return { ...EMPTY_SPAN, file };
}

export function containsOffset(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The span from the start of `a` to the end of `b` (or of `a`, if that is later): both file-absolute already. */
export function joinSpans(a: Span, b: Span): Span {
  const last = b.end >= a.end ? b : a;
  return { file: a.file, start: a.start, end: last.end, line: a.line, column: a.column, endLine: last.endLine, endColumn: last.endColumn };
}
