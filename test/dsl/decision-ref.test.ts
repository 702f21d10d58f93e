/**
 * Decision references (`outcome(art24.x) = allowed`, `value(x)`, `outcome(art47.y, c)`): parsed in
 * both keyword languages, printed back and translated, typed against the decision they name, and
 * cycles between decisions refused with the cycle named.
 */
import { describe, expect, it } from "vitest";
import type { DecisionRef, Declaration, Expr } from "../../dsl/ast.js";
import { format } from "../../dsl/format.js";
import { completionsAt, hoverAt } from "../../dsl/language-service.js";
import { parse } from "../../dsl/parse.js";
import { decisionCycles } from "../../dsl/checker/decision-cycles.js";
import { fixtureEnv } from "../support/fixture-env.js";
import { withoutSpans } from "./ast-tools.js";
import { codesOf, diagnosticsOf } from "./check-helpers.js";

function valueOf(text: string): Expr | null {
  const d = parse(text).ast.statements.find((s): s is Declaration => s.kind === "Declaration");
  return d?.value ?? null;
}

describe("parsing and printing", () => {
  it("reads outcome(…) and uitkomst(…) into one node, with the outcome word compared", () => {
    const en = valueOf("definition x = outcome(art24.credit_limit_deviation) = allowed\n");
    const nl = valueOf("definitie x = uitkomst(art24.credit_limit_deviation) = toegestaan\n");
    expect(withoutSpans(en, true)).toEqual(withoutSpans(nl, true));
    expect(en).toMatchObject({ kind: "Binary", left: { kind: "DecisionRef", read: "outcome", target: { path: ["art24", "credit_limit_deviation"] }, element: null }, right: { kind: "OutcomeLit", outcome: "allowed" } });
  });

  it("reads the element of a decision per element and value(…) / waarde(…)", () => {
    const ref = valueOf("definition x = any(outcome(art47.retake, c) = required for c in courses)\n") as unknown as { body: DecisionRef };
    expect(ref.body).toMatchObject({ left: { kind: "DecisionRef", element: { kind: "NameRef", path: ["c"] } } });
    expect(valueOf("definitie x = waarde(art12.refund)\n")).toMatchObject({ kind: "DecisionRef", read: "value" });
  });

  it("prints in the file's language and translates both ways", () => {
    const text = "decision d:\n  refused if outcome(art24.x) in [refused, not_applicable] and value(art12.y) > 3 sp\n  otherwise allowed\n";
    const { ast } = parse(text);
    const nl = format(ast, "nl");
    expect(nl).toContain("geweigerd als uitkomst(art24.x) in [geweigerd, niet_van_toepassing] en waarde(art12.y) > 3 sp");
    expect(withoutSpans(parse(nl).ast.statements, true)).toEqual(withoutSpans(ast.statements, true));
    expect(format(parse(nl).ast, "en")).toBe(format(ast, "en"));
  });

  it("keeps outcome as an ordinary name where it is not called on a decision name", () => {
    // A field may be called `value`; only a call on a name is a decision read.
    expect(valueOf("definition x = value(1 sp)\n")).toMatchObject({ kind: "Call", callee: "value" });
  });
});

describe("checking", () => {
  it("accepts a read of a decision of another article and of the same file", () => {
    expect(codesOf("decision own:\n  allowed if enrolment.isp_deviation\n  otherwise refused\n\ndecision d:\n  allowed if outcome(art22.minimum_credits) = allowed and outcome(own) != refused\n  otherwise refused\n")).toEqual([]);
  });

  it("refuses a name that is no decision, a missing or superfluous element, and a value no rule determines", () => {
    expect(codesOf("decision d:\n  allowed if outcome(art22.minimum) = allowed\n  otherwise refused\n")).toEqual(["RW045-bad-decision-reference"]);
    expect(codesOf("decision d:\n  allowed if outcome(art35.third_enrolment) = allowed\n  otherwise refused\n")).toEqual(["RW045-bad-decision-reference"]);
    expect(codesOf("decision d for each c in courses:\n  allowed if outcome(art22.minimum_credits, c) = allowed\n  otherwise refused\n")).toEqual(["RW045-bad-decision-reference"]);
    expect(codesOf("decision d:\n  allowed if value(art22.minimum_credits) > 1 sp\n  otherwise refused\n")).toEqual(["RW045-bad-decision-reference"]);
  });

  it("checks the outcome compared against what the decision can decide", () => {
    const d = diagnosticsOf("decision d:\n  allowed if outcome(art22.minimum_credits) = required\n  otherwise refused\n").find((x) => x.code === "RW014-unknown-enum-value");
    expect(d?.message).toBe("'art22.minimum_credits' never decides required: its outcomes are allowed, refused");
    expect(codesOf("decision d for each c in courses:\n  allowed if outcome(art35.third_enrolment, c) in [allowed, refused]\n  otherwise refused\n")).toEqual([]);
  });

  it("types value(…) as the decision's values", () => {
    const text = "decision refund:\n  determined with 10 sp if enrolment.isp_deviation\n  otherwise not_applicable\n\ndecision d:\n  allowed if value(refund) > 5 %\n  otherwise refused\n";
    expect(codesOf(text)).toEqual(["RW021-unit-mismatch"]);
  });

  it("names a cycle between decisions (through a definition) with file, line and column", () => {
    const text = "decision a:\n  refused if outcome(b) = refused\n  otherwise allowed\n\ndefinition seen = outcome(a) = refused\n\ndecision b:\n  refused if seen\n  otherwise allowed\n";
    const cycle = diagnosticsOf(text).filter((d) => d.code === "RW044-decision-cycle");
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message).toBe("decisions read each other in a cycle: local.a (fixture.rw:1:10) → local.b (fixture.rw:7:10) → local.seen (fixture.rw:5:12) → local.a; a decision may not depend on its own outcome");
    expect(cycle[0]!.span).toMatchObject({ line: 2, column: 22 });
    expect(codesOf("decision a:\n  refused if outcome(a) = refused\n  otherwise allowed\n")).toEqual(["RW044-decision-cycle"]);
  });

  it("finds a cycle across files, through an exception a faculty file adds, once in each file that reads a step of it", () => {
    const general = parse("decision a:\n  refused if outcome(art2.b) = refused\n  otherwise allowed\n", "art-1/general.yaml").ast;
    const other = parse("decision b:\n  allowed if enrolment.isp_deviation\n  otherwise refused\n", "art-2/general.yaml").ast;
    const faculty = parse("exception to art2.b:\n  refused if outcome(art1.a) = allowed\n", "art-2/iiw.yaml").ast;
    const files = [
      { namespace: "art1", source: "art-1/general.yaml", statements: general.statements },
      { namespace: "art2", source: "art-2/general.yaml", statements: other.statements },
      { namespace: "art2", source: "art-2/iiw.yaml", statements: faculty.statements },
    ];
    const across = decisionCycles(files, new Set(["art1", "art2"]), "across-files");
    // The general text that reads art2.b, and the faculty file whose exception reads art1.a back; not
    // art-2/general.yaml, whose own rules read nothing of the cycle.
    expect(across.map((d) => `${d.code} ${d.source}:${d.span.line}:${d.span.column}`)).toEqual(["RW044-decision-cycle art-1/general.yaml:2:22", "RW044-decision-cycle art-2/iiw.yaml:2:22"]);
    for (const d of across) expect(d.message).toMatch(/^decisions read each other in a cycle: art1\.a \(art-1\/general\.yaml:1:10\) → art2\.b \(art-2\/general\.yaml:1:10\) → art1\.a;/);
    expect(decisionCycles(files.slice(0, 2), new Set(["art1", "art2"]), "across-files")).toEqual([]);
  });
});

describe("language service", () => {
  it("offers outcome / uitkomst and explains them on hover; the decision read hovers as a decision", () => {
    const text = "decision d:\n  allowed if outcome(art22.minimum_credits) = allowed\n  otherwise refused\n";
    expect(completionsAt("decision d:\n  allowed if uitk", 26, fixtureEnv(""), "nl").map((c) => c.label)).toContain("uitkomst");
    expect(hoverAt(text, text.indexOf("outcome") + 2, fixtureEnv(text), "en")?.contents).toMatch(/^\*\*outcome\(artN\.decision\)/);
    expect(hoverAt(text, text.indexOf("minimum_credits") + 2, fixtureEnv(text), "en")?.contents).toMatch(/^\*\*art22\.minimum_credits\*\* \(decision\)/);
  });
});
