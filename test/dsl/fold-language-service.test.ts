/**
 * The language service on `accumulate` / `accumuleer`: completion of the keyword in both languages,
 * of the accumulator's fields and the element's inside the step, hovers on the keyword and the
 * accumulator, and positioned diagnostics for a wrong accumulator type or an undefined field.
 */
import { describe, expect, it } from "vitest";
import { completionsAt, diagnosticsOf, hoverAt } from "../../dsl/language-service.js";
import { parse } from "../../dsl/parse.js";
import { withoutSpans } from "./ast-tools.js";
import { fixtureEnv } from "../support/fixture-env.js";

const CURSOR = "<|>";

function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  return { text: marked.replace(CURSOR, ""), offset };
}

function labels(marked: string, lang: "nl" | "en" = "nl"): string[] {
  const { text, offset } = atCursor(marked);
  return completionsAt(text, offset, fixtureEnv(text), lang).map((c) => c.label);
}

const STATE = "definition x = accumulate(s = { balance: 0 sp, rebuilt: false } for h in history then ";

describe("accumulate in the language service", () => {
  it("completes the keyword in the file's language, with a snippet", () => {
    const { text, offset } = atCursor("definition x = acc<|>\n");
    const en = completionsAt(text, offset, fixtureEnv(text), "en").find((c) => c.label === "accumulate");
    expect(en?.insertText).toBe("accumulate(s = 0 sp for y in list then s + 0 sp)");
    expect(labels("definitie x = accu<|>\n", "nl")).toContain("accumuleer");
  });

  it("offers the accumulator and the element inside the step, and their fields after a dot", () => {
    expect(labels(`${STATE}<|>)\n`)).toEqual(expect.arrayContaining(["s", "h"]));
    expect(labels(`${STATE}{ balance: s.<|> })\n`)).toEqual(["balance", "rebuilt"]);
    expect(labels(`${STATE}{ balance: h.credits_<|> })\n`)).toEqual(expect.arrayContaining(["credits_taken", "credits_earned"]));
    // Not in the start value: the accumulator does not exist yet there.
    expect(labels("definition x = accumulate(s = <|> for h in history then s)\n")).not.toContain("s");
  });

  it("explains the keyword and the accumulator on hover, in Dutch and English", () => {
    const text = "definition x = accumulate(s = 0 sp for h in history then s + h.credits_earned)\n";
    const keyword = hoverAt(text, text.indexOf("accumulate") + 3, fixtureEnv(text), "nl");
    expect(keyword?.contents).toMatch(/^\*\*accumuleer\(s = begin voor y in lijst/);
    expect(keyword?.contents).toContain("Eén stap per element van een eindige lijst");
    expect(hoverAt(text, text.indexOf("accumulate") + 3, fixtureEnv(text), "en")?.contents).toContain("One step per element of a finite list");
    const accumulator = hoverAt(text, text.indexOf("(s") + 1, fixtureEnv(text), "en");
    expect(accumulator?.contents).toBe("**s** — accumulator: the running value\n\nnumber in sp");
  });

  it("reports a step of another type and a field the accumulator does not have, where they are written", () => {
    const text = `${STATE}{ balance: s.balans + 10 sp })\n`;
    const d = diagnosticsOf(text, fixtureEnv(text));
    const field = d.find((x) => x.code === "RW011-unknown-field")!;
    expect(text.slice(field.span.start, field.span.end)).toBe("balans");
    expect(field.message).toBe("'s' has no field 'balans'; did you mean `balance`?");
    const step = d.find((x) => x.code === "RW020-type-mismatch")!;
    expect(text.slice(step.span.start, step.span.end)).toBe("{ balance: s.balans + 10 sp }");
    expect(step.message).toContain("missing field 'rebuilt'");
  });

  it("parses the Dutch and the English keywords to the same syntax tree", () => {
    const en = parse("definition x = accumulate(s = 0 sp for h in history where h.contract = \"diploma\" then s + h.credits_earned)\n").ast;
    const nl = parse("definitie x = accumuleer(s = 0 sp voor h in history waarvan h.contract = \"diploma\" dan s + h.credits_earned)\n").ast;
    expect(withoutSpans(nl, true)).toEqual(withoutSpans(en, true));
  });
});
