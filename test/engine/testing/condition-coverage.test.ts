/**
 * Condition coverage: each condition of each rule is evaluated both true and false by the examples,
 * with the rule reached. A rule that decides once with `a and b` covers neither alone; a condition
 * skipped by short-circuit evaluation is not counted; element fields used as conditions on their
 * own are read from the element; the CLI lists the conditions never true / never false at their
 * positions and fails under --min-condition-coverage only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runTests } from "../../../engine/index.js";
import { main } from "../../../engine/cli/main.js";
import { MANIFEST, loadSet, regulationYaml, type FileSpec } from "../../support/regulation-set.js";

/** Rules on lines 13-15 of the file (regulationYaml: `rules: |` is line 12). */
const RULES = `decision minimum_credits "Minimumgrens" §2:
  refused if enrolment.isp_deviation and sum(c.credits for c in courses) < 25 sp "te weinig"
  otherwise allowed "genoeg"`;

const given = (deviation: boolean, credits: number) => `{ enrolment: { isp_deviation: ${deviation} }, courses: [{ code: C1, credits: ${credits} }] }`;
function general(tests: readonly [boolean, number, string][], rules = RULES): FileSpec {
  return {
    id: "art10",
    article: 10,
    rules,
    tests: tests.map(([d, c, outcome], i) => `- name: t${i}\n  given: ${given(d, c)}\n  expect: { minimum_credits: ${outcome} }`).join("\n"),
  };
}

const summary = (tests: readonly [boolean, number, string][], rules?: string) =>
  runTests(loadSet({ "art-10/general.yaml": general(tests, rules) })).conditions.map((c) => `${c.line}:${c.column} ${c.text} ${c.seenTrue ? "T" : "-"}${c.seenFalse ? "F" : "-"}`);

describe("conditions of a rule", () => {
  it("are not covered by one example that fires the rule", () => {
    expect(summary([[true, 10, "refused"]])).toEqual(["13:16 enrolment.isp_deviation T-", "13:44 sum(c.credits for c in courses) < 25 sp T-"]);
  });

  it("count a condition only where it was evaluated: a false first operand skips the second", () => {
    expect(summary([[true, 10, "refused"], [false, 30, "allowed"]])).toEqual(["13:16 enrolment.isp_deviation TF", "13:44 sum(c.credits for c in courses) < 25 sp T-"]);
  });

  it("are covered when each is seen both ways", () => {
    expect(summary([[true, 10, "refused"], [false, 30, "allowed"], [true, 30, "allowed"]])).toEqual([
      "13:16 enrolment.isp_deviation TF",
      "13:44 sum(c.credits for c in courses) < 25 sp TF",
    ]);
  });

  it("go through not, and read a field of the element a decision is about", () => {
    const rules = `decision retake "Herneming" for each c in courses:
  refused if not c.compulsory and c.credits > 5 sp "te groot"
  otherwise allowed "klein"`;
    const version = loadSet({
      "art-10/general.yaml": {
        id: "art10",
        article: 10,
        rules,
        tests: `- name: t
  given: { courses: [{ code: A, compulsory: true, credits: 6 }, { code: B, compulsory: false, credits: 6 }, { code: C, compulsory: false, credits: 3 }] }
  expect: { "retake[A]": allowed, "retake[B]": refused, "retake[C]": allowed }`,
      },
    });
    expect(version.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(runTests(version).conditions.map((c) => `${c.text} ${c.seenTrue ? "T" : "-"}${c.seenFalse ? "F" : "-"}`)).toEqual(["c.compulsory TF", "c.credits > 5 sp TF"]);
  });
});

describe("regelwerk test", () => {
  const tmp = mkdtempSync(join(tmpdir(), "regelwerk-conditions-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  };
  write("v/manifest.yaml", MANIFEST);
  write("v/art-10/general.yaml", regulationYaml(general([[true, 10, "refused"], [false, 30, "allowed"]])));
  const run = (...argv: string[]) => {
    let out = "";
    let err = "";
    const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }) as number;
    return { code, out, err };
  };

  it("reports the percentage and each condition never true or never false at its position, and passes", () => {
    const r = run("test", join(tmp, "v"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("  condition coverage: 1/2 conditions seen both true and false (50%)\n");
    expect(r.out).toContain(`      ${join(tmp, "v", "art-10", "general.yaml")}:13:44: sum(c.credits for c in courses) < 25 sp: never false\n`);
  });

  it("fails under --min-condition-coverage, and refuses a percentage that is not one", () => {
    expect(run("test", join(tmp, "v"), "--min-condition-coverage", "50").code).toBe(0);
    const r = run("test", join(tmp, "v"), "--min-condition-coverage", "80");
    expect(r.code).toBe(1);
    expect(r.err).toContain("condition coverage 50% is below --min-condition-coverage 80%");
    expect(run("test", join(tmp, "v"), "--min-condition-coverage", "lots").code).toBe(2);
  });
});
