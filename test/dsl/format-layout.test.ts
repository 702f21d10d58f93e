/**
 * What the formatter keeps of the author's layout when it is given the source (as `regelwerk fmt`
 * does), and the one width rule it applies where the author did not break a line.
 */
import { describe, expect, it } from "vitest";
import { format } from "../../dsl/format.js";
import { parse } from "../../dsl/parse.js";

const formatted = (text: string) => format(parse(text).ast, undefined, text);

describe("formatting keeps the author's layout", () => {
  it("breaks between and/or operands stay, indented one step under the rule", () => {
    const text = "decision d:\n  allowed if a\n   and b or c\n  otherwise refused\n";
    expect(formatted(text)).toBe("decision d:\n  allowed if a\n      and b or c\n  otherwise refused\n");
  });

  it("a definition's value below its `=` stays there, its chain lined up under its first operand", () => {
    const text = "definition x =\n      a\n   or b\n";
    expect(formatted(text)).toBe("definition x =\n  a\n  or b\n");
  });

  it("breaks before then/otherwise, for/where and in lists stay", () => {
    expect(formatted("definition x = if a\n then 1 otherwise 2\n")).toBe("definition x = if a\n    then 1 otherwise 2\n");
    expect(formatted("definition x = sum(c.credits for c in courses\nwhere c.phase = 1)\n")).toBe("definition x = sum(c.credits for c in courses\n    where c.phase = 1)\n");
    expect(formatted('parameter k = ["a",\n"b"]\n')).toBe('parameter k = ["a",\n    "b"]\n');
  });

  it("a label the author put on its own line stays there", () => {
    const text = 'decision d:\n  refused if a\n  "reden" §2\n  otherwise allowed\n';
    expect(formatted(text)).toBe('decision d:\n  refused if a\n      "reden" §2\n  otherwise allowed\n');
  });

  it("parentheses the author wrote around an operation stay; around a name they go", () => {
    expect(formatted("definition x = (a and b) or not (c in d) or (e)\n")).toBe("definition x = (a and b) or not (c in d) or e\n");
  });

  it("parentheses of a call or an aggregate are not taken for the author's", () => {
    expect(formatted("definition x = min(a + b) + sum(c.credits for c in courses where (c.phase = 1))\n")).toBe(
      "definition x = min(a + b) + sum(c.credits for c in courses where c.phase = 1)\n",
    );
  });

  it("one blank line stays where the author left blank lines between statements or under a comment", () => {
    const text = "parameter a = 1\n\n\nparameter b = 2\n# heading\n\nparameter c = 3\n";
    expect(formatted(text)).toBe("parameter a = 1\n\nparameter b = 2\n# heading\n\nparameter c = 3\n");
  });

  it("without the source, the canonical layout: no kept breaks", () => {
    const text = "definition x = a\n  and b\n";
    expect(format(parse(text).ast)).toBe("definition x = a and b\n");
  });
});

describe("the width rule", () => {
  const long = Array.from({ length: 8 }, (_, i) => `enrolment.condition_number_${i}`).join(" and ");

  it("a condition the author left on one line and that runs past 100 columns breaks before each top-level and/or", () => {
    const out = formatted(`decision d:\n  allowed if ${long}\n  otherwise refused\n`);
    expect(out.split("\n").filter((l) => l.startsWith("      and "))).toHaveLength(7);
    expect(formatted(out)).toBe(out);
  });

  it("a condition the author broke somewhere keeps only the author's breaks", () => {
    const text = `decision d:\n  allowed if x\n      and ${long}\n  otherwise refused\n`;
    expect(formatted(text)).toBe(text);
  });

  it("a definition whose value would run past 100 columns moves below its `=`", () => {
    const out = formatted(`definition x = ${long}\n`);
    expect(out.startsWith("definition x =\n  enrolment.condition_number_0\n  and ")).toBe(true);
    expect(formatted(out)).toBe(out);
  });
});
