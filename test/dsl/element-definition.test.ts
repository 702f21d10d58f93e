/**
 * Definitions of an element (`definition no_credit(c in courses) = …`, called `no_credit(c)`):
 * parsed into the declaration's parameters and a DefinitionCall, printed back in both keyword
 * languages, checked for arity, element type and recursion, and served by hover and completion.
 */
import { describe, expect, it } from "vitest";
import type { Declaration, DecisionDecl, DefinitionCall } from "../../dsl/ast.js";
import { format } from "../../dsl/format.js";
import { completionsAt, hoverAt } from "../../dsl/language-service.js";
import { parse } from "../../dsl/parse.js";
import { fixtureEnv } from "../support/fixture-env.js";
import { codesOf, diagnosticsOf } from "./check-helpers.js";

const NO_CREDIT = `definition has_credit(c in courses) "credit behaald" = c.result.status in ["passed", "exempt"] or (c.result.status = "score" and c.result.score >= 10)
definition no_credit(c in courses) "nog geen credit" = c.first_period_exam and not has_credit(c)

decision retake "Hernemen" for each c in courses:
  refused if no_credit(c) and c.early_retake_requested "te vroeg"
  otherwise allowed
`;

describe("parsing", () => {
  it("reads the element parameter and the list it comes from, and a call as a DefinitionCall", () => {
    const { ast, diagnostics } = parse(NO_CREDIT);
    expect(diagnostics).toEqual([]);
    const decl = ast.statements[1] as Declaration;
    expect(decl.parameters.map((p) => [p.name, p.collection?.kind === "NameRef" ? p.collection.path : null])).toEqual([["c", ["courses"]]]);
    const rule = (ast.statements[2] as DecisionDecl).rules[0]!;
    const call = rule.condition?.kind === "Binary" ? (rule.condition.left as DefinitionCall) : null;
    expect(call?.kind).toBe("DefinitionCall");
    expect(call?.callee.path).toEqual(["no_credit"]);
  });

  it("reads a qualified call `art47.no_credit(c)`; built-in functions stay calls of built-ins", () => {
    const { ast } = parse("definition x = art47.no_credit(c) and round(1) = 1\n");
    const value = (ast.statements[0] as Declaration).value;
    expect(value?.kind === "Binary" && value.left?.kind).toBe("DefinitionCall");
    expect(value?.kind === "Binary" && value.left?.kind === "DefinitionCall" ? value.left.callee.path : null).toEqual(["art47", "no_credit"]);
    expect(value?.kind === "Binary" && value.right?.kind === "Binary" ? value.right.left?.kind : null).toBe("Call");
  });

  it("a plain definition has no parameters", () => {
    const { ast } = parse("definition x = 1\n");
    expect((ast.statements[0] as Declaration).parameters).toEqual([]);
  });
});

describe("formatting", () => {
  it("prints the parameters and the calls back, and round-trips", () => {
    const once = format(parse(NO_CREDIT).ast, "en", NO_CREDIT);
    expect(once).toContain('definition no_credit(c in courses) "nog geen credit" = c.first_period_exam and not has_credit(c)');
    expect(once).toContain("refused if no_credit(c) and c.early_retake_requested");
    expect(format(parse(once).ast, "en", once)).toBe(once);
  });

  it("translates to Dutch keywords (`definitie … (c in courses)`) and back", () => {
    const nl = format(parse(NO_CREDIT).ast, "nl", NO_CREDIT);
    expect(nl).toContain('definitie no_credit(c in courses) "nog geen credit" = c.first_period_exam en niet has_credit(c)');
    expect(parse(nl).diagnostics).toEqual([]);
    expect(format(parse(nl).ast, "en", nl)).toBe(format(parse(NO_CREDIT).ast, "en", NO_CREDIT));
  });
});

describe("checking", () => {
  it("accepts a definition of an element and its calls", () => {
    expect(codesOf(NO_CREDIT)).toEqual([]);
  });

  it("types the call by the definition's value: a condition", () => {
    const text = `${NO_CREDIT}\ndecision d for each c in courses:\n  refused if no_credit(c) + 1 > 2\n  otherwise allowed\n`;
    expect(codesOf(text)).toContain("RW020-type-mismatch");
  });

  it("refuses a definition that calls itself, directly or through another (RW048)", () => {
    const direct = `definition open_credit(c in courses) = not open_credit(c)\n`;
    expect(codesOf(direct)).toContain("RW048-recursive-definition");
    const through = `definition a(c in courses) = b(c)\ndefinition b(c in courses) = a(c)\n`;
    const found = diagnosticsOf(through).filter((d) => d.code === "RW048-recursive-definition");
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toMatch(/calls itself/);
  });

  it("checks the number of arguments (RW013), also a definition of an element named without a call", () => {
    expect(codesOf(`${NO_CREDIT}\ndefinition y = count(x in courses where no_credit(x, x))\n`)).toContain("RW013-wrong-argument-count");
    expect(codesOf(`${NO_CREDIT}\ndefinition y = count(x in courses where no_credit())\n`)).toContain("RW013-wrong-argument-count");
    const bare = diagnosticsOf(`${NO_CREDIT}\ndefinition y = no_credit\n`).find((d) => d.code === "RW013-wrong-argument-count");
    expect(bare?.message).toMatch(/call it with 1 argument/);
  });

  it("checks the element type of the argument (RW020)", () => {
    const text = `${NO_CREDIT}\ndefinition y = count(a in history where no_credit(a))\n`;
    expect(codesOf(text)).toContain("RW020-type-mismatch");
  });

  it("a definition without parameters is not called (RW049); an unknown name called is an unknown function (RW012)", () => {
    expect(codesOf(`definition total = 1\ndefinition y = total(1)\n`)).toContain("RW049-not-a-definition-of-an-element");
    expect(codesOf(`definition y = procent(1, 2)\n`)).toContain("RW012-unknown-function");
  });

  it("the parameter names a list (RW022)", () => {
    expect(codesOf(`definition y(c in enrolment.credits_remaining) = true\n`)).toContain("RW022-not-a-list");
  });
});

describe("language service", () => {
  it("hovers a call with the definition, its parameter and label", () => {
    const offset = NO_CREDIT.indexOf("no_credit(c) and") + 2;
    const hover = hoverAt(NO_CREDIT, offset, fixtureEnv(NO_CREDIT));
    expect(hover?.contents).toMatch(/no_credit\(c\)\*\* \(definitie\) — nog geen credit/);
  });

  it("completes a course's fields for the parameter inside the definition", () => {
    const marked = `definition no_credit(c in courses) = c.`;
    const found = completionsAt(marked, marked.length, fixtureEnv(marked), "nl").map((c) => c.label);
    expect(found).toEqual(expect.arrayContaining(["credits", "result"]));
  });
});
