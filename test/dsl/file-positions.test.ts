/**
 * Spans are file-absolute: a rules block parsed with its origin in a YAML file gives every node the
 * place of the same text in the file, and spans built from other spans (a binary expression, a
 * field access) are not moved twice.
 */
import { describe, expect, it } from "vitest";
import { lineStarts, parse, type TextOrigin } from "../../dsl/index.js";
import { regulationRuleBlocks, validFixtures } from "./corpus.js";
import { allSpans, spanProblems } from "./ast-tools.js";

/** A YAML-like file with the block under `rules: |`, indented by `indent` spaces, after `before` lines. */
function embed(block: string, before: number, indent: number): { file: string; origin: TextOrigin } {
  const head = Array.from({ length: before }, (_, i) => `line${i}: x`).join("\n") + "\nrules: |\n";
  const body = block
    .split("\n")
    .map((l) => (l.length > 0 ? " ".repeat(indent) + l : l))
    .join("\n");
  const file = head + body + "\ntests: []\n";
  return { file, origin: { file: "f.yaml", line: before + 2, indent, fileLineStarts: lineStarts(file) } };
}

describe("file-absolute spans", () => {
  it("place every node of the golden fixtures and the bundled rules at the same text in the file", () => {
    for (const { name, text } of [...validFixtures(), ...regulationRuleBlocks()]) {
      const { file, origin } = embed(text, 7, 4);
      const inBlock = allSpans(parse(text, "block").ast);
      const inFile = allSpans(parse(text, origin).ast);
      expect(inFile.length, name).toBe(inBlock.length);
      inFile.forEach(({ path, span }, i) => {
        const own = inBlock[i]!.span;
        expect(spanProblems(file, span, `${name} ${path}`)).toEqual([]);
        expect(span.file).toBe("f.yaml");
        expect({ line: span.line, column: span.column }, `${name} ${path}`).toEqual({ line: own.line + 8, column: own.column + 4 });
        expect({ line: span.endLine, column: span.endColumn }, `${name} ${path}`).toEqual({ line: own.endLine + 8, column: own.endColumn + 4 });
      });
    }
  });

  it("keep a binary expression over two lines where its operands are", () => {
    const block = "definition total = 1 sp +\n  2 sp\n";
    const { file, origin } = embed(block, 3, 2);
    const statement = parse(block, origin).ast.statements[0]!;
    const value = (statement as { value: { span: { start: number; end: number } } }).value;
    expect(file.slice(value.span.start, value.span.end)).toBe("1 sp +\n    2 sp");
  });
});
