/** Spans from offsets, and the text positions they stand for. */
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

/** A span over [start, end) of a text whose line starts are given. */
export function spanOf(starts: readonly number[], start: number, end: number): Span {
  const a = positionAt(starts, start);
  const b = positionAt(starts, Math.max(start, end));
  return { start, end: Math.max(start, end), line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}


export const EMPTY_SPAN: Span = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

export function containsOffset(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
