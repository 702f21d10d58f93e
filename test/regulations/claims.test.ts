/**
 * A regulation file's `interpretations` never claim a name or a file that does not exist: a
 * reviewer reading the law found interpretations naming a file that had moved away and a
 * definition that was never written. Every `namespace.name` that starts with a namespace of the
 * bundled sets must be a parameter, definition or decision of that namespace (in the file's own
 * version or a version it uses; another set's namespace in that set) or a field of the student
 * context (the file's own keys, `scope.per_course`, are skipped); every `*.yaml`, `*.ts`, `*.md` or
 * `*.json` path must exist next to the file, in its version folder, in another set's version
 * folder, under `sources/` or from the repository root.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Type } from "../../dsl/index.js";
import { openAll, type RegulationVersion } from "../../engine/index.js";
import { nodeFileSystem } from "../../engine/node/index.js";

const versions = openAll(nodeFileSystem, "regulations");

const FILE_KEYS = new Set(["scope", "source", "provisions", "tests", "meta"]);
const NAME = /\b([a-z][a-z0-9_]*)\.([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)\b/g;
const PATH = /(?<![\w/.-])((?:[\w-]+\/)*[\w.-]+\.(?:yaml|ts|md|json))\b/g;

function symbolsOf(version: RegulationVersion): Map<string, Set<string>> {
  const byNamespace = new Map<string, Set<string>>();
  for (const v of [version, ...version.uses]) {
    for (const file of v.files) {
      const names = byNamespace.get(file.namespace) ?? new Set<string>();
      for (const name of file.check.symbols.keys()) names.add(name);
      byNamespace.set(file.namespace, names);
    }
  }
  return byNamespace;
}

/** Whether `segments` is a path through the context type (lists are entered: `history.credits_taken`). */
function isContextPath(type: Type, segments: readonly string[]): boolean {
  let at: Type = type;
  for (const segment of segments) {
    while (at.kind === "list") at = at.element;
    if (at.kind !== "object") return false;
    const field = at.fields[segment];
    if (!field) return false;
    at = field.type;
  }
  return true;
}

function unknownNames(version: RegulationVersion, text: string): string[] {
  const own = symbolsOf(version);
  const otherSets = versions.filter((v) => v.manifest.id !== version.manifest.id);
  const wrong: string[] = [];
  for (const match of text.matchAll(NAME)) {
    const [whole, namespace, rest] = match as unknown as [string, string, string];
    const name = rest.split(".")[0]!;
    // The file's own metadata (`scope.per_course`, `source.section`), not a rule name.
    if (FILE_KEYS.has(namespace)) continue;
    if (isContextPath(version.contextType, [namespace, ...rest.split(".")])) continue;
    if (own.has(namespace)) {
      if (!own.get(namespace)!.has(name)) wrong.push(whole);
      continue;
    }
    const elsewhere = otherSets.map(symbolsOf).filter((m) => m.has(namespace));
    if (elsewhere.length > 0 && !elsewhere.some((m) => m.get(namespace)!.has(name))) wrong.push(whole);
  }
  return wrong;
}

function missingPaths(version: RegulationVersion, filePath: string, text: string): string[] {
  // Another set's files may be named too (the learning credit names the OER's art-25/general.yaml).
  const otherSets = versions.filter((v) => v.manifest.id !== version.manifest.id).map((v) => v.dir);
  const places = [dirname(filePath), version.dir, "sources", ".", ...otherSets];
  return [...text.matchAll(PATH)].map((m) => m[1]!).filter((p) => !places.some((place) => existsSync(join(place, p))));
}

describe("interpretations claim only what exists", () => {
  for (const version of versions) {
    it(`${version.manifest.id} ${version.manifest.academic_year}`, () => {
      const wrong = version.files.flatMap((file) =>
        (file.meta.interpretations ?? []).flatMap((text) => [
          ...unknownNames(version, text).map((n) => `${file.path}: names ${n}, which is no parameter, definition, decision or context field`),
          ...missingPaths(version, file.path, text).map((p) => `${file.path}: names the file ${p}, which does not exist`),
        ]),
      );
      expect(wrong).toEqual([]);
    });
  }

  it("would catch a claimed file or name that does not exist", () => {
    const oer = versions.find((v) => v.manifest.id === "kuleuven-oer")!;
    const file = oer.files.find((f) => f.namespace === "art22")!;
    expect(missingPaths(oer, file.path, "see art-22/nowhere.yaml")).toEqual(["art-22/nowhere.yaml"]);
    expect(unknownNames(oer, "reads art22.no_such_definition")).toEqual(["art22.no_such_definition"]);
    expect(unknownNames(oer, "reads art22.remaining_credits and enrolment.programme.credits")).toEqual([]);
  });
});
