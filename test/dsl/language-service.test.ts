/**
 * The editor's language service, tested with a cursor marker `<|>` in the text (as Langium does):
 * completion of fields, parameters, outcomes and functions, hovers with the Dutch field description,
 * diagnostics, and go-to-definition.
 */
import { describe, expect, it } from "vitest";
import { completionsAt, definitionAt, diagnosticsOf, hoverAt } from "../../dsl/language-service.js";
import { fixtureEnv } from "../support/fixture-env.js";

const CURSOR = "<|>";

function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error("no <|> in the text");
  return { text: marked.replace(CURSOR, ""), offset };
}

function labels(marked: string, lang: "nl" | "en" = "nl"): string[] {
  const { text, offset } = atCursor(marked);
  return completionsAt(text, offset, fixtureEnv(text), lang).map((c) => c.label);
}

describe("completion", () => {
  it("offers the fields of a context record after a dot, filtered by what is typed", () => {
    const found = labels(`decision d:\n  allowed if enrolment.cred<|> < 25 sp\n  otherwise refused\n`);
    expect(found).toContain("credits_remaining");
    expect(found).toContain("credits_remaining_bachelor");
    expect(found).not.toContain("faculty");
  });

  it("describes a field in Dutch", () => {
    const { text, offset } = atCursor(`decision d:\n  allowed if enrolment.fa<|>\n`);
    const faculty = completionsAt(text, offset, fixtureEnv(text), "nl").find((c) => c.label === "faculty");
    expect(faculty?.detail).toMatch(/^Faculteit die verantwoordelijk is/);
  });

  it("offers the fields of a course for the variable of a `for each`", () => {
    const found = labels(`decision d for each c in courses:\n  refused if c.<|>\n  otherwise allowed\n`);
    expect(found).toEqual(expect.arrayContaining(["credits", "semester", "attempts", "result"]));
  });

  it("offers the fields of an aggregate's variable inside the aggregate", () => {
    const found = labels(`definition x = sum(o.cred<|> for o in enrolment.other_enrolments)\n`);
    expect(found).toEqual(["credits"]);
  });

  it("offers the names an article declares after its namespace", () => {
    const found = labels(`# role: supplement\nexception to art22.min<|>\n`);
    expect(found).toEqual(["minimum", "minimum_credits"]);
  });

  it("offers outcomes in Dutch where a rule starts", () => {
    const found = labels(`beslissing d:\n  <|>\n`);
    expect(found).toEqual(expect.arrayContaining(["toegestaan", "geweigerd", "verplicht", "anders"]));
  });

  it("offers local parameters, context roots and functions in an expression", () => {
    const found = labels(`parameter limit = 66 sp\ndecision d:\n  allowed if l<|>\n`, "en");
    expect(found).toContain("limit");
    const roots = labels(`parameter limit = 66 sp\ndecision d:\n  allowed if <|>\n`, "en");
    expect(roots).toEqual(expect.arrayContaining(["student", "enrolment", "courses", "history", "calendar", "round", "percent"]));
  });
});

describe("hover", () => {
  it("finds the function word under the cursor however deep it is nested: a built-in inside a fold's step, the fold's keyword, a decision read inside a built-in's argument", () => {
    const text = `decision d:\n  allowed if accumulate(s = 0 sp for c in courses then s + round(c.credits)) > 3 sp and round(if outcome(art22.minimum_credits) = allowed then 1 otherwise 0) = 1\n  otherwise refused\n`;
    const hover = (word: string, from = 0) => hoverAt(text, text.indexOf(word, from) + 2, fixtureEnv(text), "en")?.contents ?? "";
    expect(hover("round")).toMatch(/^\*\*round\(x\) or round\(x, decimals\)\*\*/);
    expect(hover("round", text.indexOf("and round"))).toMatch(/^\*\*round\(x\)/);
    expect(hover("accumulate")).toContain("One step per element of a finite list");
    expect(hover("outcome")).toMatch(/^\*\*outcome\(artN\.decision\)/);
  });

  it("shows a field's Dutch description and type", () => {
    const { text, offset } = atCursor(`decision d:\n  allowed if enrolment.credits_rem<|>aining < 25 sp\n  otherwise refused\n`);
    const hover = hoverAt(text, offset, fixtureEnv(text), "nl");
    expect(hover?.contents).toContain("enrolment.credits_remaining");
    expect(hover?.contents).toContain("Studiepunten die bij het begin van het academiejaar nog af te werken zijn");
    expect(hover?.contents).toContain("number in sp");
  });

  it("shows a parameter of the article with its label, from a supplement", () => {
    const { text, offset } = atCursor(`# role: supplement\nexception to art22.minimum_credits:\n  allowed if credits_taken >= mini<|>mum - 5 sp\n`);
    const hover = hoverAt(text, offset, fixtureEnv(text), "nl");
    expect(hover?.contents).toContain("art22.minimum");
    expect(hover?.contents).toContain("ten minste 25 studiepunten");
  });

  it("documents built-in functions, including the OER rounding rule", () => {
    const { text, offset } = atCursor(`definition x = rou<|>nd(29.5)\n`);
    expect(hoverAt(text, offset, fixtureEnv(text), "nl")?.contents).toContain("vanaf en inclusief 0,5 naar boven");
  });

  it("returns nothing over blank space", () => {
    const { text, offset } = atCursor(`definition x = 1\n<|>\n`);
    expect(hoverAt(text, offset, fixtureEnv(text))).toBeNull();
  });
});

describe("diagnostics and definitions", () => {
  it("reports errors with positions as the user types, without throwing on half-written text", () => {
    const text = `decision d:\n  allowed if enrolment.credits_remaining <\n`;
    const diagnostics = diagnosticsOf(text, fixtureEnv(text));
    expect(diagnostics.some((d) => d.code === "RW002-syntax-error")).toBe(true);
  });

  it("goes to the declaration of a parameter", () => {
    const { text, offset } = atCursor(`parameter limit = 66 sp\ndecision d:\n  allowed if enrolment.credits_remaining < lim<|>it\n  otherwise refused\n`);
    const target = definitionAt(text, offset, fixtureEnv(text));
    expect(target?.span.line).toBe(1);
    expect(text.slice(target!.span.start, target!.span.end)).toBe("limit");
  });
});
