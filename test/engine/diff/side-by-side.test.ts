/**
 * One student's two explanations side by side (`diff A B --student FILE`), and the example students
 * of the behavioural diff shown the same way in its JSON and HTML.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../../support/run-cli.js";

const OLD = "regulations/kuleuven-oer/2020-2021";
const NEW = "regulations/kuleuven-oer/2021-2022";
const STUDENT = "examples/low-efficiency-bachelor.yaml";

interface Row {
  id: string;
  changed: boolean;
  old: { outcome: string; text: string } | null;
  new: { outcome: string; text: string } | null;
}

describe("diff --student", () => {
  it("shows a decision whose rule changed as a before / after block, the unchanged ones by name", () => {
    const r = run("diff", OLD, NEW, "--student", STUDENT, "--article", "35");
    expect(r.code).toBe(1);
    expect(r.out).toContain("~ art35.third_enrolment[D0H02A]: refused → refused\n  voor (kuleuven-oer 2020-2021):\n    Geweigerd (art. 35 §1");
    expect(r.out).toMatch(/  na \(kuleuven-oer 2021-2022\):\n    Geweigerd \(art\. 35 §1.*\n      «mijlpaalsysteem/);
    expect(r.out).toMatch(/= ongewijzigd \(\d+\): art35\.third_enrolment\[D0H01A\] allowed/);
  }, 120_000);

  it("gives the rows as JSON and as two columns in HTML", () => {
    const json = run("diff", OLD, NEW, "--student", STUDENT, "--article", "35", "--json", "--lang", "en");
    const rows = (JSON.parse(json.out) as { decisions: Row[] }).decisions;
    const changed = rows.filter((row) => row.changed);
    expect(changed.map((row) => row.id)).toEqual(["art35.third_enrolment[D0H02A]"]);
    expect(changed[0]!.old!.text).toContain("2020-2021/art-35/general.yaml");
    expect(changed[0]!.new!.text).toContain("2021-2022/art-35/general.yaml");
    const html = run("diff", OLD, NEW, "--student", STUDENT, "--article", "35", "--html", "--lang", "en");
    expect(html.out).toMatch(/^<!DOCTYPE html>/i);
    expect(html.out).toMatch(/<tr class="changed"><td><code>art35\.third_enrolment\[D0H02A\]<\/code><\/td><td><pre>Refused[^]*?<\/pre><\/td><td><pre>Refused[^]*?milestone[^]*?<\/pre><\/td><\/tr>/);
  }, 120_000);

  it("finds nothing changed for a version beside itself (exit 0)", () => {
    const r = run("diff", OLD, OLD, "--student", STUDENT, "--article", "33", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^0 decisions with another outcome or rule/);
  }, 120_000);

  it("refuses two students, or a student with a cohort (exit 2)", () => {
    const two = join(tmpdir(), `rw-side-${process.pid}.yaml`);
    writeFileSync(two, "- enrolment: { faculty: LET }\n- enrolment: { faculty: FEB }\n");
    expect(run("diff", OLD, NEW, "--student", two).code).toBe(2);
    expect(run("diff", OLD, NEW, "--student", STUDENT, "--generate", "5").code).toBe(2);
    expect(run("diff", OLD, NEW, "--article", "35").code).toBe(2);
  }, 120_000);
});

describe("the behavioural diff's example students, side by side", () => {
  it("carries each example's two explanations of the decision that changed, in JSON and in HTML", () => {
    const student = { student: { id: "first-phase" }, enrolment: { academic_year: "2020-2021", faculty: "LET", programme: { id: "ba-x", kind: "bachelor" }, first_in_programme: true, credits_remaining: 180 }, courses: [{ code: "A", credits: 6, phase: 1, result: { status: "score", score: 9, tolerated: true } }] };
    const cohort = join(tmpdir(), `rw-side-${process.pid}.ndjson`);
    writeFileSync(cohort, JSON.stringify(student) + "\n");
    const json = run("diff", OLD, NEW, "--cohort", cohort, "--json", "--lang", "en");
    const decisions = (JSON.parse(json.out) as { behaviour: { decisions: { decision: string; transitions: { from: string; to: string; side_by_side?: { student: string; rows: Row[] }[] }[] }[] } }).behaviour.decisions;
    const transition = decisions.find((d) => d.decision === "art81.tolerance_credit_used")!.transitions.find((t) => t.from === "allowed" && t.to === "refused")!;
    expect(transition.side_by_side!.map((e) => e.student)).toEqual(["first-phase"]);
    const [row] = transition.side_by_side![0]!.rows;
    expect([row!.id, row!.old!.outcome, row!.new!.outcome]).toEqual(["art81.tolerance_credit_used", "allowed", "refused"]);
    expect(row!.new!.text).toMatch(/^Refused \(art\. 81/);
    const html = run("diff", OLD, NEW, "--cohort", cohort, "--html", "--lang", "en");
    expect(html.out).toContain('<details><summary>first-phase: allowed → refused</summary>\n<table class="side-by-side">');
  }, 120_000);
});
