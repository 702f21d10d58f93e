/**
 * The `rules: |` block of a regulation file as a region of the YAML text, so that an edit inside it
 * is applied to the rules without parsing the YAML again: a literal block is the file's lines with
 * the indentation stripped, nothing else of the document depends on it, and the rest of the file
 * only shifts. Anything this cannot vouch for (another block style, an explicit indentation
 * indicator, `|+`, an edit that moves the block's edges) falls back to loading the whole file.
 */

export interface RulesBlock {
  /** Offset of the block's first content line. */
  readonly start: number;
  /** Offset where the block's region ends: the first line that is not part of it, or the text's end. */
  readonly end: number;
  /** Spaces stripped from each line. */
  readonly indent: number;
  /** `|` keeps one final line break, `|-` none. */
  readonly chomp: "clip" | "strip";
}

const HEADER = /^rules:[ \t]*\|(-?)[ \t]*(?:#.*)?$/m;

/** The block after a top-level `rules: |` (or `|-`), or null when the file has none this can handle. */
export function findRulesBlock(text: string): RulesBlock | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  const headerEnd = text.indexOf("\n", m.index);
  if (headerEnd < 0) return null;
  const start = headerEnd + 1;
  let indent = -1;
  let p = start;
  while (p < text.length) {
    const lineEnd = text.indexOf("\n", p);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    let lead = 0;
    while (p + lead < stop && text.charCodeAt(p + lead) === 32) lead++;
    if (p + lead < stop) {
      // A line with content: the first sets the indentation; a less indented one ends the block.
      if (indent < 0) {
        if (lead === 0) return null;
        indent = lead;
      } else if (lead < indent) break;
    }
    p = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  if (indent < 0) return null;
  return { start, end: Math.min(p, text.length), indent, chomp: m[1] === "-" ? "strip" : "clip" };
}

/** The rules text the block stands for, as YAML reads it. */
export function blockValue(text: string, block: RulesBlock): string {
  const lines = text.slice(block.start, block.end).split("\n");
  const endsWithBreak = text.charCodeAt(block.end - 1) === 10;
  if (endsWithBreak) lines.pop();
  const stripped = lines.map((line) => (line.length > block.indent ? line.slice(block.indent) : line.trim() === "" ? "" : line.slice(block.indent)));
  let last = stripped.length - 1;
  while (last >= 0 && stripped[last] === "") last--;
  const body = stripped.slice(0, last + 1).join("\n");
  if (block.chomp === "strip" || body === "") return body;
  // Clip: one final line break, if the last content line had one.
  const lastHadBreak = last < stripped.length - 1 || endsWithBreak;
  return lastHadBreak ? body + "\n" : body;
}

/** Where two texts differ: [start, oldEnd) in the old text became [start, newEnd) in the new. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

export function changeBetween(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * The new block and its rules when a change stays inside the old block and leaves its edges and
 * indentation as they were; null otherwise (then the whole file is loaded again).
 */
export function changeInsideBlock(block: RulesBlock, after: string, change: TextChange): { block: RulesBlock; rules: string } | null {
  if (change.start < block.start || change.oldEnd > block.end) return null;
  const next = findRulesBlock(after);
  const delta = change.newEnd - change.oldEnd;
  if (!next || next.start !== block.start || next.indent !== block.indent || next.chomp !== block.chomp || next.end !== block.end + delta) return null;
  if (change.newEnd > next.end) return null;
  return { block: next, rules: blockValue(after, next) };
}
