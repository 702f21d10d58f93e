/**
 * The rules block of a regulation file's YAML text, as `regelwerk fmt` gives it: found, replaced,
 * and printed by the rule language's formatter (the same algorithm as the CLI's fmt, which is
 * Node-only). Everything outside the block is kept byte for byte.
 */
import { isMap, isScalar, parseDocument } from "yaml";
import { format, parse, type Lang } from "../../../dsl/index.js";

interface Block {
  /** Offset of the block's first content line. */
  readonly start: number;
  /** Offset after its last non-blank character. */
  readonly end: number;
  readonly indent: number;
  readonly rules: string;
}

/** The `rules: |` block of a file, or null: none, or the YAML does not parse. */
export function rulesBlock(text: string): Block | null {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const node = doc.contents.get("rules", true);
  if (!isScalar(node) || node.type !== "BLOCK_LITERAL" || !node.range) return null;
  const headerEnd = text.indexOf("\n", node.range[0]);
  if (headerEnd < 0) return null;
  const start = headerEnd + 1;
  let end = node.range[1];
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const firstLine = text.slice(start, text.indexOf("\n", start) < 0 ? undefined : text.indexOf("\n", start));
  const indent = firstLine.length - firstLine.trimStart().length;
  return { start, end, indent, rules: String(node.value) };
}

/** The text with its rules block in canonical layout; unchanged when the rules do not parse. */
export function formatRules(text: string, lang?: Lang): string {
  const block = rulesBlock(text);
  if (!block) return text;
  const parsed = parse(block.rules);
  if (parsed.diagnostics.some((d) => d.severity === "error")) return text;
  const pad = " ".repeat(block.indent);
  // As `regelwerk fmt` does: the author's line breaks and parentheses stay.
  const printed = format(parsed.ast, lang ?? parsed.ast.lang ?? "en", block.rules)
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => (line.length > 0 ? pad + line : line))
    .join("\n");
  return text.slice(0, block.start) + printed + text.slice(block.end);
}

/**
 * Put `rules` (rule-language text, unindented) into the file's `rules: |` block, indented like the
 * block (two spaces for a new or empty one). A file without a rules key gets one at the end.
 */
export function setRules(text: string, rules: string): string {
  const body = rules.replace(/\n+$/, "");
  const block = rulesBlock(text);
  if (block && block.rules.trim()) {
    const pad = " ".repeat(block.indent);
    return text.slice(0, block.start) + body.split("\n").map((l) => (l ? pad + l : l)).join("\n") + text.slice(block.end);
  }
  const indented = body.split("\n").map((l) => (l ? `  ${l}` : l)).join("\n");
  const header = /^rules:[^\n]*(\n|$)/m.exec(text);
  if (!header) return `${text.replace(/\n*$/, "\n")}rules: |\n${indented}\n`;
  // An empty block: everything up to the next top-level key is the (blank) block.
  const after = header.index + header[0].length;
  const next = /^\S/m.exec(text.slice(after));
  const end = next ? after + next.index : text.length;
  return `${text.slice(0, header.index)}rules: |\n${indented}\n${text.slice(end)}`;
}
