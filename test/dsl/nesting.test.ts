/**
 * Statements nested deeper than the parser, checker and formatter can follow are refused with
 * RW043 at a position in the text, never with a stack overflow; every form of nesting is covered,
 * and a statement just under the limit still parses, checks and formats.
 */
import { describe, expect, it } from "vitest";
import { checkFile } from "../../dsl/checker/check-file.js";
import { format } from "../../dsl/format.js";
import { MAX_NESTING } from "../../dsl/nesting.js";
import { parse } from "../../dsl/parse.js";
import { fixtureEnv } from "../support/fixture-env.js";

const forms: Record<string, (n: number) => string> = {
  parentheses: (n) => `definition x = ${"(".repeat(n)}1${")".repeat(n)}\n`,
  lists: (n) => `definition x = ${"[".repeat(n)}1${"]".repeat(n)}\n`,
  "not's": (n) => `decision d:\n  allowed if ${"not ".repeat(n)}true\n`,
  "unary minuses": (n) => `definition x = ${"-".repeat(n)}1\n`,
  "chained if … then … otherwise": (n) => `definition x = ${"if true then 1 otherwise ".repeat(n)}2\n`,
  "a chain of and": (n) => `decision d:\n  allowed if true${" and true".repeat(n)}\n`,
  "a chain of +": (n) => `definition x = 1${" + 1".repeat(n)}\n`,
};

function run(text: string) {
  const parsed = parse(text);
  const checked = checkFile(parsed.ast, fixtureEnv(text, "deep.rw"));
  return { parsed, checked, formatted: format(parsed.ast) };
}

describe("deep nesting", () => {
  for (const [name, make] of Object.entries(forms)) {
    it(`${name}, 10,000 deep, is RW043 at a position inside the statement`, () => {
      const text = make(10_000);
      const { parsed, checked } = run(text);
      const deep = parsed.diagnostics.filter((d) => d.code === "RW043-nested-too-deeply");
      expect(deep).toHaveLength(1);
      expect(deep[0]!.span.start).toBeGreaterThan(0);
      expect(deep[0]!.span.end).toBeLessThanOrEqual(text.length);
      expect(parsed.ast.statements).toEqual([]);
      expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    });

    it(`${name}, ${MAX_NESTING / 2} deep, parses, checks and formats`, () => {
      const text = make(MAX_NESTING / 2);
      const { parsed, formatted } = run(text);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.ast.statements).toHaveLength(1);
      expect(format(parse(formatted).ast)).toBe(formatted);
    });
  }
});
