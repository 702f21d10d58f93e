/**
 * The behavioural diff on cohorts whose transitions are known by construction: a threshold raised
 * from 25 to 30 sp moves exactly the students between the two from allowed to refused; on the OER,
 * a tolerated first-phase course is allowed in 2020-2021 and refused in 2021-2022, one of the
 * second phase stays allowed. Also the generated cohort: valid, deterministic, streaming from a file.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BehaviourTally, generateCohort } from "../../../engine/diff/index.js";
import { contextProblems, contextValidator, Evaluator, openVersion, portableSha256 } from "../../../engine/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { loadSet } from "../../support/regulation-set.js";
import { runCli as run } from "../../support/run-cli.js";

const rules = (minimum: number) => ({
  id: "art10",
  rules: `parameter minimum = ${minimum} sp "minimum"
decision enough "Genoeg" §2:
  allowed if enrolment.credits_remaining >= minimum
  otherwise refused`,
});

describe("BehaviourTally", () => {
  it("counts the students a raised threshold moves, and only those", () => {
    const before = new Evaluator(loadSet({ "art-10/general.yaml": rules(25) }), portableSha256);
    const after = new Evaluator(loadSet({ "art-10/general.yaml": rules(30) }), portableSha256);
    const tally = new BehaviourTally();
    [20, 27, 28, 35, 40, 41].forEach((credits, i) => {
      const student = { enrolment: { credits_remaining: credits } };
      tally.add(`s${i}`, before.evaluate(student), after.evaluate(student));
    });
    const [decision] = tally.result().decisions;
    expect(decision!.decision).toBe("art10.enough");
    expect(decision!.transitions.map((t) => [t.from, t.to, t.count, t.examples])).toEqual([
      ["allowed", "refused", 2, ["s1", "s2"]],
      ["allowed", "allowed", 3, ["s3", "s4", "s5"]],
      ["refused", "refused", 1, ["s0"]],
    ]);
    // The allowed rule (line 14 of the YAML file) decided before; the otherwise rule (line 15) decides now.
    expect(decision!.transitions[0]!.decided_by).toEqual({ old: "oer/2020-2021/art-10/general.yaml:14", new: "oer/2020-2021/art-10/general.yaml:15" });
  });
});

function cohortFile(name: string, lines: readonly object[]): string {
  const path = join(tmpdir(), `rw-behaviour-${process.pid}-${name}.ndjson`);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return path;
}

const OLD = "regulations/kuleuven-oer/2020-2021";
const NEW = "regulations/kuleuven-oer/2021-2022";

describe("regelwerk diff --cohort on the OER", () => {
  it("moves a tolerated first-phase course from allowed to refused, and keeps one of the second phase allowed", () => {
    const student = (id: string, phase: number) => ({
      student: { id },
      enrolment: { academic_year: "2020-2021", faculty: "LET", programme: { id: "ba-x", kind: "bachelor" }, first_in_programme: true, credits_remaining: 180 },
      courses: [{ code: "A", credits: 6, phase, result: { status: "score", score: 9, tolerated: true } }],
    });
    const r = run("diff", OLD, NEW, "--cohort", cohortFile("known", [student("first-phase", 1), student("second-phase", 2)]), "--json");
    expect(r.code).toBe(1);
    const behaviour = JSON.parse(r.out).behaviour as { students: number; decisions: { decision: string; transitions: { from: string; to: string; count: number; examples: string[] }[] }[] };
    expect(behaviour.students).toBe(2);
    const tolerance = behaviour.decisions.find((d) => d.decision === "art81.tolerance_credit_used")!;
    expect(tolerance.transitions.map((t) => [t.from, t.to, t.count, t.examples])).toEqual([
      ["allowed", "refused", 1, ["first-phase"]],
      ["allowed", "allowed", 1, ["second-phase"]],
    ]);
    const milestone = behaviour.decisions.find((d) => d.decision === "milestone.first_milestone")!;
    expect(milestone.transitions.map((t) => [t.from, t.to, t.count])).toEqual([["absent", "undetermined", 2]]);
  });

  it("stops at a line that is not a student, naming file and line (exit 2)", () => {
    const path = cohortFile("bad", [{ enrolment: { faculty: "LET" } }, { enrolment: { faculty: "NOPE" } }]);
    const r = run("diff", OLD, NEW, "--cohort", path);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${path}:2: not a valid student context`);
  });

  it("draws the transitions in the HTML report, with the tables beneath and nothing external", () => {
    const r = run("diff", OLD, NEW, "--generate", "30", "--seed", "3", "--html", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("<svg");
    expect(r.out.indexOf("<svg")).toBeLessThan(r.out.indexOf("<h2>Summary"));
    expect(r.out).not.toMatch(/<script|<link|src=/);
  });
});

describe("the generated cohort", () => {
  it("is valid by the context schema, the same for a seed, different for another, and keeps to a faculty", () => {
    const version = openVersion(nodeFileSystem, OLD)!;
    const validate = contextValidator(version.contextSchema);
    const students = [...generateCohort({ size: 300, seed: 5 })];
    expect(students.flatMap((s) => contextProblems(s, validate))).toEqual([]);
    expect(JSON.stringify([...generateCohort({ size: 300, seed: 5 })])).toBe(JSON.stringify(students));
    expect(JSON.stringify([...generateCohort({ size: 300, seed: 6 })])).not.toBe(JSON.stringify(students));
    const faculties = new Set(students.map((s) => (s.enrolment as { faculty: string }).faculty));
    expect(faculties.size).toBe(16);
    const cses = new Set(students.map((s) => (s.enrolment as { cse_after_september?: number }).cse_after_september));
    for (const edge of [29.4, 29.5, 30, 49.4, 49.5, 50, undefined]) expect(cses.has(edge)).toBe(true);
    const r = run("cohort", "--size", "20", "--seed", "5", "--faculty", "MED");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as { enrolment: { faculty: string } });
    expect(lines).toHaveLength(20);
    expect(new Set(lines.map((l) => l.enrolment.faculty))).toEqual(new Set(["MED"]));
    expect(run("cohort", "--size", "2", "--faculty", "XYZ").code).toBe(2);
    expect(run("cohort", "--size", "many").code).toBe(2);
  });
});
