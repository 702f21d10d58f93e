/**
 * What the formatter keeps of the author's layout (docs/language.md, "Formatting"): the source text
 * the AST was parsed from, to see where the author broke a line and which parentheses they wrote.
 * The AST keeps neither: a break is a newline in the source between two parts' text, a kept
 * parenthesis a `(` before an expression whose matching `)` follows it.
 */
import type * as A from "./ast.js";

export interface Layout {
  /** The text the spans index (a whole YAML file when the rules were parsed in place), or null: canonical layout. */
  readonly source: string | null;
  /** Offset of each `(` in the rules to the offset of its `)`, and back. */
  readonly closeOf: ReadonlyMap<number, number>;
  readonly openOf: ReadonlyMap<number, number>;
}

export const NO_LAYOUT: Layout = { source: null, closeOf: new Map(), openOf: new Map() };

/** The layout of a rule file's text; `source` is the text its spans index. */
export function layoutOf(file: A.RuleFile, source: string | undefined): Layout {
  if (source === undefined) return NO_LAYOUT;
  const closeOf = matchedParens(source, file.span.start, Math.min(source.length, file.span.end));
  return { source, closeOf, openOf: new Map([...closeOf].map(([open, close]) => [close, open])) };
}

/** Pairs of brackets `(` `)` between two offsets, skipping strings and comments (one pass, a stack). */
function matchedParens(source: string, from: number, to: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '"') {
      for (i++; i < to && source[i] !== '"' && source[i] !== "\n"; i++) if (source[i] === "\\") i++;
    } else if (c === "#") {
      while (i < to && source[i] !== "\n") i++;
    } else if (c === "(") open.push(i);
    else if (c === ")" && open.length > 0) pairs.set(open.pop()!, i);
  }
  return pairs;
}

const SPACE = /[ \t\r\n]/;

/**
 * Where an expression's text lies with the parentheses the author wrote around it: `kept` when
 * there were any (several pairs count as one).
 */
export function extentOf(expr: A.Expr | A.Label | null, layout: Layout): { start: number; end: number; kept: boolean } | null {
  if (!expr) return null;
  let start = expr.span.start;
  let end = expr.span.end;
  let kept = false;
  const source = layout.source;
  if (source === null || expr.kind === "Label") return { start, end, kept };
  // A node's span ends at its last operand's text, inside that operand's own parentheses
  // (`a and (b or c)` ends at `c`): take in closing parentheses that close inside the node, and
  // likewise opening ones before a first operand in parentheses, so the author's own pair around
  // the whole node is found.
  const openOf = (close: number) => layout.openOf.get(close);
  for (;;) {
    let after = end;
    while (after < source.length && SPACE.test(source[after]!)) after++;
    const open = source[after] === ")" ? openOf(after) : undefined;
    if (open === undefined || open < start) break;
    end = after + 1;
  }
  for (;;) {
    let before = start - 1;
    while (before >= 0 && SPACE.test(source[before]!)) before--;
    const close = source[before] === "(" ? layout.closeOf.get(before) : undefined;
    if (close === undefined || close >= end) break;
    start = before;
  }
  for (;;) {
    let before = start - 1;
    while (before >= 0 && SPACE.test(source[before]!)) before--;
    let after = end;
    while (after < source.length && SPACE.test(source[after]!)) after++;
    if (source[before] !== "(" || layout.closeOf.get(before) !== after) return { start, end, kept };
    start = before;
    end = after + 1;
    kept = true;
  }
}

/** True when the author put a line break between two offsets. */
export function brokenBetween(layout: Layout, end: number | undefined, start: number | undefined): boolean {
  if (layout.source === null || end === undefined || start === undefined || start <= end) return false;
  return layout.source.slice(end, start).includes("\n");
}

/** True when the author left a blank line between two offsets. */
export function blankBetween(layout: Layout, end: number, start: number): boolean {
  if (layout.source === null || start <= end) return false;
  return /\n[ \t\r]*\n/.test(layout.source.slice(end, start));
}
