/**
 * Complements in condition coverage: a rule whose condition is the exact complement of an earlier
 * rule's in the same block (`refused if x > d` after `discretionary if x <= d`, as a supplement's
 * exception must write it, RW034) cannot be false where it is reached; it counts as covered through
 * the earlier condition when that one is seen both true and false — and only then. A condition that
 * merely looks like a complement (other operands, other conjuncts) stays uncovered.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";
import { conditionCovered, coveredAsComplement, runTests } from "../../../engine/index.js";
import { MANIFEST, loadSet, regulationYaml } from "../../support/regulation-set.js";

const SUM = "sum(c.credits for c in courses)";
const given = (deviation: boolean, credits: number) => `{ enrolment: { isp_deviation: ${deviation} }, courses: [{ code: C1, credits: ${credits} }] }`;

/** The conditions as `line:column text state`, state: both (seen both ways), complement (covered as one), open. */
const file = (rules: string, tests: readonly [boolean, number, string][]) => ({
  id: "art10",
  article: 10,
  rules,
  tests: tests.map(([d, c, outcome], i) => `- name: t${i}\n  given: ${given(d, c)}\n  expect: { minimum_credits: ${outcome} }`).join("\n"),
});

function coverage(rules: string, tests: readonly [boolean, number, string][]): string[] {
  const version = loadSet({ "art-10/general.yaml": file(rules, tests) });
  expect(version.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const report = runTests(version);
  expect(report.results.flatMap((r) => r.failures)).toEqual([]);
  return report.conditions.map((c) => `${c.line}:${c.column} ${c.text} ${coveredAsComplement(c) ? "complement" : conditionCovered(c) ? "both" : "open"}`);
}

/** Rules on lines 13-15 (regulationYaml: `rules: |` is line 12). */
const decision = (second: string) => `decision minimum_credits "Minimumgrens" §2:
  allowed if enrolment.isp_deviation and ${SUM} <= 25 sp "genoeg"
  refused if ${second} "te veel"
  otherwise not_applicable "geen afwijking"`;

describe("a condition that is the complement of an earlier rule's", () => {
  it("is covered through the earlier condition, seen true and false: last conjuncts after the same conjuncts, operands swapped", () => {
    const rules = decision(`enrolment.isp_deviation and 25 sp < ${SUM}`);
    expect(coverage(rules, [[true, 10, "allowed"], [true, 30, "refused"], [false, 10, "not_applicable"]])).toEqual([
      `13:16 enrolment.isp_deviation both`,
      `13:44 ${SUM} <= 25 sp both`,
      `14:16 enrolment.isp_deviation both`,
      `14:44 25 sp < ${SUM} complement`,
    ]);
  });

  it("is covered as `not p` after `p`", () => {
    const rules = `decision minimum_credits "Minimumgrens" §2:
  allowed if enrolment.isp_deviation "afwijking"
  refused if not enrolment.isp_deviation "geen afwijking"`;
    expect(coverage(rules, [[true, 10, "allowed"], [false, 10, "refused"]])).toEqual(["13:16 enrolment.isp_deviation both", "14:20 enrolment.isp_deviation complement"]);
  });

  it("stays uncovered where the earlier condition was never seen false", () => {
    const rules = decision(`enrolment.isp_deviation and 25 sp < ${SUM}`);
    expect(coverage(rules, [[true, 10, "allowed"], [false, 10, "not_applicable"]])).toEqual([
      `13:16 enrolment.isp_deviation both`,
      `13:44 ${SUM} <= 25 sp open`,
      `14:16 enrolment.isp_deviation open`,
      `14:44 25 sp < ${SUM} open`,
    ]);
  });

  it("stays uncovered where it only looks like a complement: other operands, or other conjuncts before it", () => {
    const tests: [boolean, number, string][] = [[true, 10, "allowed"], [true, 30, "refused"], [false, 10, "not_applicable"]];
    expect(coverage(decision(`enrolment.isp_deviation and ${SUM} > 20 sp`), tests)).toContain(`14:44 ${SUM} > 20 sp open`);
    expect(coverage(decision(`25 sp < ${SUM}`), [[true, 10, "allowed"], [true, 30, "refused"]])).toContain(`14:16 25 sp < ${SUM} open`);
  });
});

describe("regelwerk test", () => {
  const tmp = mkdtempSync(join(tmpdir(), "regelwerk-complements-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const path = join(tmp, "v", "art-10", "general.yaml");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(join(tmp, "v", "manifest.yaml"), MANIFEST);
  writeFileSync(path, regulationYaml(file(decision(`enrolment.isp_deviation and 25 sp < ${SUM}`), [[true, 10, "allowed"], [true, 30, "refused"], [false, 10, "not_applicable"]])));
  const run = (...argv: string[]) => {
    let out = "";
    const code = main(argv, { out: (t) => void (out += t), err: () => undefined }) as number;
    return { code, out };
  };

  it("counts a complement in the totals, and names the earlier condition under --verbose only", () => {
    const plain = run("test", join(tmp, "v"));
    expect(plain.code).toBe(0);
    expect(plain.out).toContain("  condition coverage: 4/4 conditions seen both true and false or covered as complements (1) (100%)\n");
    expect(plain.out).not.toContain("complement of line");
    expect(run("test", join(tmp, "v"), "--verbose").out).toContain(
      `      ${path}:14:44: 25 sp < ${SUM}: never false, covered as the complement of line 13 (${SUM} <= 25 sp, seen true and false)\n`,
    );
  });
});
