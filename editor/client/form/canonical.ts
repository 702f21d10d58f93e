/**
 * The form's writes into a regulation file's YAML text, each giving the text `regelwerk fmt` would
 * give: the `rules: |` block is printed by the rule language's formatter (the same algorithm as
 * the CLI's fmt, which is Node-only), and a new test is appended to the `tests:` list in the
 * layout the bundled files use. Everything the form does not touch is kept byte for byte.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify } from "yaml";
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

/** Add a statement (rule-language text) at the end of the rules block, then format the block. */
export function addStatement(text: string, statement: string): string {
  const block = rulesBlock(text);
  if (!block) return text;
  const pad = " ".repeat(block.indent);
  const added = statement.split("\n").map((line) => (line ? pad + line : line)).join("\n");
  return formatRules(text.slice(0, block.end) + "\n\n" + added + text.slice(block.end));
}

/** Set a top-level text field (title, title_en) to a new value, written as YAML writes it. */
export function setField(text: string, key: string, value: string): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return text;
  const node = doc.contents.get(key, true);
  const written = stringify(value, { lineWidth: 0 }).replace(/\n$/, "");
  if (isScalar(node) && node.range) return text.slice(0, node.range[0]) + written + text.slice(node.range[1]);
  return text.replace(/\n?$/, `\n${key}: ${written}\n`);
}

export interface NewTest {
  readonly name: string;
  readonly given: Readonly<Record<string, unknown>>;
  readonly expect: Readonly<Record<string, string>>;
}

/** Append a test to the `tests:` list (made if missing), in the block layout of the bundled files. */
export function addTest(text: string, test: NewTest): string {
  const doc = parseDocument(text);
  const item = stringify([{ name: test.name, given: test.given, expect: test.expect }], { lineWidth: 0, flowCollectionPadding: true })
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
  const tests = isMap(doc.contents) ? doc.contents.get("tests", true) : null;
  if (isSeq(tests) && tests.range && tests.items.length > 0) {
    let end = tests.range[1];
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    return `${text.slice(0, end)}\n${item}${text.slice(end)}`;
  }
  return `${text.replace(/\n*$/, "")}\ntests:\n${item}\n`;
}
