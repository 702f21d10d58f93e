/**
 * Every bundled regulation set: the files check without errors, every example passes, and every
 * rule and exception is exercised by some example (`regelwerk test regulations` as a suite).
 */
import { describe, expect, it } from "vitest";
import { nodeFileSystem } from "../../engine/node/index.js";
import { openAll } from "../../engine/index.js";
import { runTests } from "../../engine/index.js";
import { formatDiagnostic } from "../../dsl/diagnostics.js";

const versions = openAll(nodeFileSystem, "regulations");

describe("bundled regulations", () => {
  it("include the OER (two years), the learning credit and the teacher-training sets", () => {
    expect(versions.map((v) => `${v.manifest.id} ${v.manifest.academic_year}`).sort()).toEqual([
      "flanders-learning-credit 2020-2021",
      "kuleuven-lio 2020-2021",
      "kuleuven-oer 2020-2021",
      "kuleuven-oer 2021-2022",
      "lerarenstage 2017-2018",
      "vub-teacher-training 2021-2022",
    ]);
  });

  for (const version of versions) {
    describe(`${version.manifest.id} ${version.manifest.academic_year}`, () => {
      it("check without errors or warnings", () => {
        expect(version.diagnostics.filter((d) => d.severity !== "info").map(formatDiagnostic)).toEqual([]);
      });

      const report = runTests(version);
      it("pass every example taken from the text", () => {
        const failures = report.results.flatMap((r) => r.failures.map((f) => `${r.file.path}: ${r.test.name}: ${f.key}: expected ${f.expected}, got ${f.actual}`));
        expect(failures).toEqual([]);
        expect(report.results.length).toBeGreaterThan(0);
      });

      it("exercise every rule and exception", () => {
        expect(report.uncovered.map((u) => `${u.file}:${u.line}: ${u.text}`)).toEqual([]);
      });
    });
  }
});
