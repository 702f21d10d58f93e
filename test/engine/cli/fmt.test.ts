/**
 * `regelwerk fmt`: the rules block inside a YAML file is laid out canonically (or translated to the
 * other keyword language) and the file otherwise untouched; broken rules are never rewritten.
 */
import { describe, expect, it } from "vitest";
import { formatRulesInYaml } from "../../../engine/cli/fmt.js";
import { parse } from "../../../dsl/parse.js";
import { readYaml } from "../../../engine/load/index.js";

const FILE = `article: 10
title: Test
kind: general
rules: |
  parameter   minimum=25 sp
  decision d §2:
      allowed if enrolment.credits_remaining<minimum   "weinig"
      otherwise refused
tests: []
`;

describe("fmt", () => {
  it("lays out the rules block and leaves the rest of the YAML as it was", () => {
    const out = formatRulesInYaml("f.yaml", FILE, undefined);
    expect(out.status).toBe("changed");
    expect(out.text).toBe(`article: 10
title: Test
kind: general
rules: |
  parameter minimum = 25 sp

  decision d §2:
    allowed if enrolment.credits_remaining < minimum "weinig"
    otherwise refused
tests: []
`);
    expect(formatRulesInYaml("f.yaml", out.text!, undefined).status).toBe("unchanged");
  });

  it("translates the keywords to Dutch and keeps the meaning", () => {
    const out = formatRulesInYaml("f.yaml", FILE, "nl");
    expect(out.text).toContain("beslissing d §2:\n    toegestaan als enrolment.credits_remaining < minimum \"weinig\"\n    anders geweigerd");
    const rules = (text: string) => String((readYaml("f.yaml", text).data as { rules: string }).rules);
    const strip = (text: string) => JSON.stringify(parse(rules(text)).ast.statements, (k, v) => (k === "span" || k.endsWith("Span") || k === "segmentSpans" ? undefined : v));
    expect(strip(out.text!)).toBe(strip(FILE));
  });

  it("does not touch rules that do not parse", () => {
    const broken = FILE.replace("otherwise refused", "otherwise");
    expect(formatRulesInYaml("f.yaml", broken, undefined)).toMatchObject({ status: "skipped" });
  });
});
