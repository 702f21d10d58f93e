/**
 * The formatter's promise (dsl/format.ts): format(parse(format(x))) === format(x), and the AST of the
 * formatted text is the AST of the input, spans aside: in the canonical layout and in the one that
 * keeps the author's line breaks and parentheses. Held for the valid fixtures, for their
 * translation into the other keyword language and back, and for every mutant that still parses cleanly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { format } from "../../dsl/format.js";
import { parse } from "../../dsl/parse.js";
import { withoutSpans } from "./ast-tools.js";
import { regulationRuleBlocks, validFixtures } from "./corpus.js";
import { mutateAll, mutationArb } from "./mutate.js";

/** Both layouts: the canonical one, and the one that keeps the author's line breaks (`regelwerk fmt`). */
function roundTrips(text: string): void {
  const ast = parse(text).ast;
  for (const keep of [false, true]) {
    const once = keep ? format(ast, undefined, text) : format(ast);
    const reparsed = parse(once);
    expect(reparsed.diagnostics).toEqual([]);
    expect(keep ? format(reparsed.ast, undefined, once) : format(reparsed.ast)).toBe(once);
    expect(withoutSpans(reparsed.ast)).toEqual(withoutSpans(ast));
  }
}

describe("format round trip", () => {
  for (const { name, text } of validFixtures()) {
    it(`${name}: formatting is idempotent and keeps the AST`, () => {
      roundTrips(text);
    });

    it(`${name}: translating to the other keyword language and back keeps the AST`, () => {
      const ast = parse(text).ast;
      const other = ast.lang === "nl" ? "en" : "nl";
      const translated = parse(format(ast, other));
      expect(translated.diagnostics).toEqual([]);
      expect(translated.ast.lang === other || translated.ast.lang === null).toBe(true);
      expect(withoutSpans(translated.ast, true)).toEqual(withoutSpans(ast, true));
      expect(format(translated.ast, ast.lang ?? "en")).toBe(format(ast));
    });
  }

  it("a call written as `field(…)` stays a call (found by the mutation test, seed -1429659278)", () => {
    const text = 'definition balance = field(student.learning_credit, 140 sp - total)\n';
    roundTrips(text);
    expect(format(parse(text).ast)).toContain("field(student.learning_credit, 140 sp - total)");
  });

  it("every bundled rule block that parses cleanly round-trips", () => {
    for (const { name, text } of regulationRuleBlocks()) {
      if (parse(text).diagnostics.length > 0) continue;
      expect(() => roundTrips(text), name).not.toThrow();
    }
  });

  it("every mutant of a valid fixture that still parses cleanly round-trips", () => {
    const samples = validFixtures();
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (i, mutations) => {
        const text = mutateAll(samples[i]!.text, mutations);
        fc.pre(parse(text).diagnostics.length === 0);
        roundTrips(text);
      }),
      { numRuns: 80 },
    );
  });
});
