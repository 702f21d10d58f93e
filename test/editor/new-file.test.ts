/**
 * One way to start a faculty's file: the editor's worker drafts exactly the text `regelwerk new
 * supplement` writes (both from engine/authoring), for a faculty, a faculty and campus, and a
 * deviation; a name that gives no faculty, or a folder without a general text, is refused in words.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../engine/cli/main.js";
import { LanguageService } from "../../editor/client/worker/service.js";
import { readRegulations, REGULATIONS } from "./support/regulations.js";

const DIR = "regulations/kuleuven-oer/2020-2021";
const tmp = mkdtempSync(join(tmpdir(), "regelwerk-new-file-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What the CLI writes for these options into a fresh copy of the OER 2020-2021. */
function cliSkeleton(...options: string[]): string {
  const copy = mkdtempSync(join(tmp, "v-"));
  for (const set of ["kuleuven-oer/2020-2021", "flanders-learning-credit"]) cpSync(join(REGULATIONS, set), join(copy, set), { recursive: true });
  const out = join(copy, "kuleuven-oer", "2020-2021", "new.yaml");
  let err = "";
  main(["new", "supplement", ...options, "--regulation", join(copy, "kuleuven-oer", "2020-2021"), "--out", out], { out: () => undefined, err: (t) => void (err += t) });
  expect(err).toBe("");
  return readFileSync(out, "utf8");
}

describe("a new faculty file in the editor", { timeout: 120_000 }, () => {
  const service = new LanguageService();
  service.load(readRegulations());

  it("is the skeleton regelwerk new supplement writes: supplement for WET, deviation for LET, SW on campus Leuven", () => {
    expect(service.newFacultyFile(`${DIR}/art-22/wet.yaml`, "supplement")).toBe(cliSkeleton("--article", "22", "--faculty", "WET"));
    expect(service.newFacultyFile(`${DIR}/art-22/let.yaml`, "deviation")).toBe(cliSkeleton("--article", "22", "--faculty", "LET", "--kind", "deviation"));
    expect(service.newFacultyFile(`${DIR}/art-22/med-leuven.yaml`, "supplement")).toBe(cliSkeleton("--article", "22", "--faculty", "MED", "--campus", "Leuven"));
  });

  it("checks as drafted, with a test that passes", () => {
    const uri = `${DIR}/art-22/wet.yaml`;
    expect(service.change(uri, service.newFacultyFile(uri, "supplement")).filter((d) => d.severity === "error")).toEqual([]);
    const tests = service.fileTests(uri, "nl");
    expect(tests.length).toBe(1);
    expect(tests[0]!.passed).toBe(true);
  });

  it("refuses a name that gives no faculty, and a folder without a general text", () => {
    expect(() => service.newFacultyFile(`${DIR}/art-22/nobody.yaml`, "supplement")).toThrow("art-22/nobody.yaml: the name gives no faculty of the context schema");
    expect(() => service.newFacultyFile(`${DIR}/nowhere/wet.yaml`, "supplement")).toThrow("no general text of an article here");
  });
});
