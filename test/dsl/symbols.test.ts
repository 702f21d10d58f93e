/** symbolOf is the one place a symbol is built; the file checker's symbols are exactly what it builds. */
import { expect, it } from "vitest";
import { checkFile } from "../../dsl/checker/check-file.js";
import { declaresName, symbolOf } from "../../dsl/checker/symbols.js";
import { parse } from "../../dsl/parse.js";
import { fixtureEnv } from "../support/fixture-env.js";

const TEXT = 'parameter grens = 25 sp "grens"\ndefinition ruim = grens + 5 sp\ndecision d:\n  allowed if ruim > 0 sp\n  otherwise refused\n';

it("gives each declaration its role as kind, untyped and without for-each", () => {
  const statements = parse(TEXT).ast.statements.filter(declaresName);
  expect(statements.map((s) => symbolOf(s, "art1", "a.yaml")).map((s) => [s.kind, s.name, s.namespace, s.source, s.type.kind, s.forEach])).toEqual([
    ["parameter", "grens", "art1", "a.yaml", "unknown", null],
    ["definition", "ruim", "art1", "a.yaml", "unknown", null],
    ["decision", "d", "art1", "a.yaml", "unknown", null],
  ]);
});

it("is what the file checker records, apart from the types it fills in", () => {
  const env = fixtureEnv(TEXT);
  const ast = parse(TEXT).ast;
  const checked = checkFile(ast, env).symbols;
  for (const s of ast.statements.filter(declaresName)) {
    expect({ ...checked.get(s.name), type: null }).toEqual({ ...symbolOf(s, env.namespace, env.source), type: null });
  }
});
