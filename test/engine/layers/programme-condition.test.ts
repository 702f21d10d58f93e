/**
 * How a programme adds a condition (issue: "a programme may add conditions: show how one does"):
 * docs/examples/kuleuven-lio-programme-condition.yaml is a programme-limited supplement to the KU
 * Leuven LIO rules. It is an illustration — the source names no such condition — so it is not
 * bundled with the regulation; here it is loaded beside the real files and must pass its examples.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryFileSystem } from "../../../engine/index.js";
import { openVersion } from "../../../engine/index.js";
import { runTests } from "../../../engine/index.js";
import { Evaluator } from "../../../engine/index.js";

const VERSION = "regulations/kuleuven-lio/2020-2021";

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, filesUnder(path));
    else out[path] = readFileSync(path, "utf8");
  }
  return out;
}

const files = { ...filesUnder(VERSION), [`${VERSION}/stage/talen.yaml`]: readFileSync("docs/examples/kuleuven-lio-programme-condition.yaml", "utf8") };
const version = openVersion(memoryFileSystem(files), VERSION)!;

describe("a programme-limited supplement to the LIO rules", () => {
  it("loads without errors next to the real files", () => {
    expect(version.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("passes its own examples and exercises its rule", () => {
    const report = runTests(version);
    expect(report.results.flatMap((r) => r.failures)).toEqual([]);
    expect(report.uncovered).toEqual([]);
  });

  it("decides for its programme only: another programme of the same faculty keeps the general rule", () => {
    const evaluator = new Evaluator(version);
    const lio = { teaching_assignment: { teaching_hours: 120, required_qualification: true, abroad: false, subject_mentor: true, school_mentor: true, within_subject_didactics: false } };
    const talen = evaluator.evaluate({ enrolment: { faculty: "LET", programme: { id: "edu-ma-talen", kind: "educational_master_shortened" } }, lio });
    const cultuur = evaluator.evaluate({ enrolment: { faculty: "LET", programme: { id: "edu-ma-cultuurwetenschappen", kind: "educational_master_shortened" } }, lio });
    const lessons = (r: typeof talen) => r.decisions.find((d) => d.id === "practice.practice_lessons");
    expect(lessons(talen)).toMatchObject({ outcome: "refused", layer: "programme" });
    expect(lessons(cultuur)).toMatchObject({ outcome: "determined", value: 10, layer: "general" });
  });
});
