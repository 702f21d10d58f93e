/**
 * `regelwerk test <new> --against <old>`: the 2020-2021 examples on 2021-2022 decide differently
 * where the milestone system changed the text (art. 35's third enrolment, art. 81's tolerance
 * credit) and nowhere else (nothing in art. 22); a version against itself changes nothing.
 */
import { describe, expect, it } from "vitest";
import { runCli as run } from "../../support/run-cli.js";

const OLD = "regulations/kuleuven-oer/2020-2021";
const NEW = "regulations/kuleuven-oer/2021-2022";

interface Side {
  outcome: string;
  decided_by: string | null;
}

describe("regelwerk test --against", () => {
  it("lists the examples of 2020-2021 that 2021-2022 decides differently, with where and why", () => {
    const r = run("test", NEW, "--against", OLD, "--json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { examples: number; changed: { file: string; article: string; test: string; decisions: { key: string; old: Side; new: Side; explanation: string }[] }[] };
    expect(report.examples).toBeGreaterThan(800);
    expect(new Set(report.changed.map((c) => c.article))).toEqual(new Set(["35", "81"]));
    const tolerance = report.changed.find((c) => c.test === "startende bachelor, 15 sp getolereerd, meer dan 12 in het eerste jaar")!;
    const [decision] = tolerance.decisions;
    expect(decision!.key).toBe("tolerance_credit_used");
    expect(decision!.old.outcome).toBe("refused");
    expect(decision!.old.decided_by).toMatch(/2020-2021\/art-81\/general\.yaml:\d+$/);
    expect(decision!.new.decided_by).toMatch(/2021-2022\/art-81\/general\.yaml:\d+$/);
    expect(decision!.explanation).toMatch(/^Onbepaald \(art\. 81 §1.*\n(ontbrekende gegevens|«)/);
  }, 240_000);

  it("reads as a checklist in English", () => {
    const r = run("test", NEW, "--against", OLD, "--article", "35", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^\d+ examples of 2020-2021 run on 2021-2022 .*: \d+ now decide differently/);
    expect(r.out).toMatch(/✗ art-35\/general\.yaml: .*\n    third_enrolment\[C1\]: (refused|allowed) \(.*2020-2021\/art-35\/general\.yaml:\d+\) → \w+ \(.*2021-2022\/art-35\/general\.yaml:\d+\)/);
  }, 240_000);

  it("finds nothing in art. 22, and nothing for a version against itself", () => {
    const r22 = run("test", NEW, "--against", OLD, "--article", "22");
    expect(r22.code).toBe(0);
    expect(r22.out).toContain("geen enkel voorbeeld beslist anders");
    expect(run("test", OLD, "--against", OLD, "--article", "25").code).toBe(0);
  }, 240_000);

  it("refuses a folder that is not a version (exit 2)", () => {
    const r = run("test", NEW, "--against", "regulations/kuleuven-oer/1999-2000");
    expect(r.code).toBe(2);
    expect(r.err).toContain("no such directory");
  });
});
