/**
 * Condition coverage of definitions (`runTests(…, { definitions: true })`, as `regelwerk test`
 * runs it): the operands of a definition whose body combines conditions are conditions too.
 * A plain definition's are seen when a rule reads it (short-circuit counted as in rules); a
 * definition of an element's per element, from the call's trace. Without the option they are not
 * counted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";
import { runTests } from "../../../engine/index.js";
import { MANIFEST, loadSet, regulationYaml } from "../../support/regulation-set.js";

const summary = (rules: string, tests: string, definitions = true) => {
  const version = loadSet({ "art-10/general.yaml": { id: "art10", article: 10, rules, tests } });
  expect(version.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const report = runTests(version, undefined, undefined, { definitions });
  expect(report.results.flatMap((r) => r.failures)).toEqual([]);
  return report.conditions.map((c) => `${c.text} ${c.seenTrue ? "T" : "-"}${c.seenFalse ? "F" : "-"}`);
};

describe("conditions of a plain definition", () => {
  const rules = `definition too_few "te weinig" = enrolment.isp_deviation and sum(c.credits for c in courses) < 25 sp
decision minimum_credits "Minimumgrens" §2:
  refused if too_few "te weinig"
  otherwise allowed "genoeg"`;
  const example = (i: number, deviation: boolean, credits: number, outcome: string) =>
    `- name: t${i}\n  given: { enrolment: { isp_deviation: ${deviation} }, courses: [{ code: C1, credits: ${credits} }] }\n  expect: { minimum_credits: ${outcome} }`;

  it("are seen where a rule reads the definition, a short-circuited operand not", () => {
    const tests = [example(0, true, 10, "refused"), example(1, false, 30, "allowed")].join("\n");
    expect(summary(rules, tests)).toEqual(["enrolment.isp_deviation TF", "sum(c.credits for c in courses) < 25 sp T-", "too_few TF"]);
  });

  it("are covered when each is seen both ways, and not counted without the option", () => {
    const tests = [example(0, true, 10, "refused"), example(1, false, 30, "allowed"), example(2, true, 30, "allowed")].join("\n");
    expect(summary(rules, tests)).toEqual(["enrolment.isp_deviation TF", "sum(c.credits for c in courses) < 25 sp TF", "too_few TF"]);
    expect(summary(rules, tests, false)).toEqual(["too_few TF"]);
  });
});

describe("conditions of a definition of an element", () => {
  it("are seen per element the rule is about, a field of the element inferred from the call's value", () => {
    const rules = `definition light(c in courses) "licht" = c.credits < 5 sp and not c.compulsory
decision retake "Herneming" for each c in courses:
  refused if light(c) "licht en niet verplicht"
  otherwise allowed "anders"`;
    const one = `- name: t
  given: { courses: [{ code: A, credits: 3, compulsory: false }, { code: B, credits: 6, compulsory: false }] }
  expect: { "retake[A]": refused, "retake[B]": allowed }`;
    expect(summary(rules, one)).toEqual(["c.credits < 5 sp TF", "c.compulsory -F", "light(c) TF"]);
    const both = `${one}
- name: u
  given: { courses: [{ code: C, credits: 3, compulsory: true }] }
  expect: { "retake[C]": allowed }`;
    expect(summary(rules, both)).toEqual(["c.credits < 5 sp TF", "c.compulsory TF", "light(c) TF"]);
  });
});

describe("regelwerk test", () => {
  it("counts the conditions of definitions' bodies with the rules'", () => {
    const tmp = mkdtempSync(join(tmpdir(), "regelwerk-definitions-"));
    try {
      mkdirSync(join(tmp, "v", "art-10"), { recursive: true });
      writeFileSync(join(tmp, "v", "manifest.yaml"), MANIFEST);
      const rules = `definition too_few "te weinig" = enrolment.isp_deviation and sum(c.credits for c in courses) < 25 sp
decision minimum_credits "Minimumgrens" §2:
  refused if too_few "te weinig"
  otherwise allowed "genoeg"`;
      const tests = `- name: t
  given: { enrolment: { isp_deviation: true }, courses: [{ code: C1, credits: 10 }] }
  expect: { minimum_credits: refused }
- name: u
  given: { enrolment: { isp_deviation: false }, courses: [{ code: C1, credits: 10 }] }
  expect: { minimum_credits: allowed }`;
      writeFileSync(join(tmp, "v", "art-10", "general.yaml"), regulationYaml({ id: "art10", article: 10, rules, tests }));
      let out = "";
      expect(main(["test", join(tmp, "v")], { out: (t) => void (out += t), err: () => undefined })).toBe(0);
      expect(out).toContain("  condition coverage: 2/3 conditions seen both true and false (66.6%)\n");
      expect(out).toContain(`:12:64: sum(c.credits for c in courses) < 25 sp: never false\n`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
