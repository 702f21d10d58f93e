/**
 * Golden files of `regelwerk eval --article 33 --verbose` for a student whose history entry of this
 * year gives credits_earned: the figure overrides the credits derived from the courses' results, and
 * the explanation reports it as given, in Dutch and English ("opgegeven als
 * history[1].credits_earned = 24 sp in plaats van courses_credits_earned"); without it the same
 * courses give 30 % and art. 33 allows. UPDATE_GOLDEN=1 re-records.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCliWith as run } from "../../support/run-cli.js";

const DIR = join("test", "golden", "explain", "given");
const CONTEXT = join(DIR, "this-year-credits.yaml");

function compare(name: string, actual: string): void {
  const path = join(DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 on this test and review it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

for (const lang of ["nl", "en"] as const) {
  it(`this year's credits earned, given, reported as given (${lang === "nl" ? "Dutch" : "English"})`, () => {
    const r = run(["eval", CONTEXT, "--article", "33", "--verbose", "--lang", lang]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(lang === "nl" ? "opgegeven als history[1].credits_earned = 24 sp in plaats van courses_credits_earned" : "given as history[1].credits_earned = 24 sp instead of courses_credits_earned");
    compare(`this-year-credits.${lang}.txt`, r.out);
  });
}

it("the JSON trace lists the override under the definition's overrides", () => {
  const r = run(["eval", CONTEXT, "--article", "33", "--json"]);
  expect(r.code).toBe(0);
  const result = JSON.parse(r.out) as { decisions: { id: string; outcome: string; trace: { considered: { observations: { name?: string; overrides?: unknown }[] }[] } }[] };
  const refusal = result.decisions.find((d) => d.id === "art33.low_efficiency_refusal")!;
  expect(refusal.outcome).toBe("refused");
  const cse = refusal.trace.considered.flatMap((c) => c.observations).find((o) => o.name === "art33.cse_after_september");
  expect(cse?.overrides).toEqual([{ path: "history[1].credits_earned", instead: "courses_credits_earned", instead_nl: "courses_credits_earned", value: 24, unit: "sp", display: "24 sp" }]);
});
