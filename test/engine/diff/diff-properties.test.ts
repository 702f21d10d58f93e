/**
 * Properties of the structural diff on the bundled OER: a version against itself is empty, and a
 * copy in which any files were laid out again or had their keywords translated (`regelwerk fmt`,
 * `fmt --lang`) is empty too — the diff compares meaning, not writing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRulesInYaml } from "../../../engine/cli/fmt.js";
import { diffVersions, isEmptyDiff } from "../../../engine/diff/index.js";
import { loadVersion, memoryFileSystem, regulationPaths } from "../../../engine/load/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";

const ROOT = "regulations";
const OER = `${ROOT}/kuleuven-oer/2020-2021`;

/** The OER and the set it uses, as path → text, so a test can rewrite some files in memory. */
function filesOnDisk(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of [OER, `${ROOT}/flanders-learning-credit/2020-2021`]) {
    for (const path of [`${dir}/manifest.yaml`, ...regulationPaths(nodeFileSystem, dir)]) out[path] = nodeFileSystem.read(path)!;
  }
  return out;
}

describe("diff properties on the OER", () => {
  const files = filesOnDisk();
  const original = loadVersion(memoryFileSystem(files), OER)!;
  const rulePaths = Object.keys(files).filter((p) => p.startsWith(OER) && !p.endsWith("manifest.yaml"));

  it("a version diffed with itself is empty", () => {
    expect(isEmptyDiff(diffVersions(original, original))).toBe(true);
    expect(isEmptyDiff(diffVersions(original, loadVersion(nodeFileSystem, OER)!))).toBe(true);
  });

  it("a copy formatted or translated in any files is empty", () => {
    fc.assert(
      fc.property(fc.subarray(rulePaths, { minLength: 1 }), fc.constantFrom("nl", "en", undefined), (chosen, lang) => {
        const copy = { ...files };
        for (const path of chosen) {
          const out = formatRulesInYaml(path, copy[path]!, lang as "nl" | "en" | undefined);
          if (out.text) copy[path] = out.text;
        }
        const diff = diffVersions(original, loadVersion(memoryFileSystem(copy), OER)!);
        expect(diff.articles).toEqual([]);
        expect(isEmptyDiff(diff)).toBe(true);
      }),
      { numRuns: 4 },
    );
  });

  it("a copy with every file translated to the other keywords is empty, though its text changed", () => {
    // The bundled files are written with English keywords: into Dutch, then that copy back into English.
    let copy = { ...files };
    for (const lang of ["nl", "en"] as const) {
      copy = { ...copy };
      let changed = 0;
      for (const path of rulePaths) {
        const out = formatRulesInYaml(path, copy[path]!, lang);
        if (out.text) (copy[path] = out.text), changed++;
      }
      expect(changed).toBeGreaterThan(0);
      expect(isEmptyDiff(diffVersions(original, loadVersion(memoryFileSystem(copy), OER)!))).toBe(true);
    }
  });
});
