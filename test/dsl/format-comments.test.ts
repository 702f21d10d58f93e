/**
 * The formatter keeps comments: each on its own line before the statement or rule that follows it
 * in the source; a comment after code on its line moves above the next code (dsl/format.ts).
 */
import { describe, expect, it } from "vitest";
import { format } from "../../dsl/format.js";
import { parse } from "../../dsl/parse.js";

const fmt = (text: string) => format(parse(text).ast);

describe("comments in formatted text", () => {
  it("stay before the rule they precede, indented with it", () => {
    const text = "decision d:\n  allowed if enrolment.isp_deviation\n    # before otherwise\n  otherwise refused\n";
    expect(fmt(text)).toBe("decision d:\n  allowed if enrolment.isp_deviation\n  # before otherwise\n  otherwise refused\n");
  });

  it("after code on its line move above the next code", () => {
    const text = "decision d: # on the header\n  allowed if true # on a rule\n  otherwise refused\n";
    expect(fmt(text)).toBe("decision d:\n  # on the header\n  allowed if true\n  # on a rule\n  otherwise refused\n");
  });

  it("at the end of the file stay at the end", () => {
    expect(fmt("parameter p = 1\n# the end\n")).toBe("parameter p = 1\n# the end\n");
  });

  it("inside a table stay with the row they precede", () => {
    const text = 'parameter steps = [\n  # first row\n  { code: "a", weight: 1 },\n  # second row\n  { code: "b", weight: 2 }\n]\n';
    const out = fmt(text);
    expect(out.indexOf("# first row")).toBeLessThan(out.indexOf('{ code: "a"'));
    expect(out.indexOf("# second row")).toBeLessThan(out.indexOf('{ code: "b"'));
  });
});
