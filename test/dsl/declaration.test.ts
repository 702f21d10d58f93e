/**
 * Parameters and definitions are one declaration form: one grammar rule, one AST node whose `role`
 * says which keyword introduced it, printed back with that keyword.
 */
import { expect, it } from "vitest";
import { format } from "../../dsl/format.js";
import { parse } from "../../dsl/parse.js";

it("reads both keywords into one node, with the role and the keyword as written", () => {
  const { ast, diagnostics } = parse('parameter grens = 25 sp "grens"\ndefinitie ruim = grens + 5 sp\n');
  expect(diagnostics).toEqual([]);
  expect(ast.statements.map((s) => (s.kind === "Declaration" ? [s.kind, s.role, s.keyword, s.name] : [s.kind]))).toEqual([
    ["Declaration", "parameter", "parameter", "grens"],
    ["Declaration", "definition", "definitie", "ruim"],
  ]);
});

it("prints each declaration with its own keyword, in the file's language", () => {
  const text = "parameter a = 1\n\ndefinition b = a + 1\n";
  expect(format(parse(text).ast)).toBe(text);
  expect(format(parse(text).ast, "nl")).toBe("parameter a = 1\n\ndefinitie b = a + 1\n");
});
