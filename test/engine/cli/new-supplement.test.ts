/**
 * `regelwerk new supplement` writes a faculty file into a copy of the OER 2020-2021 that then checks
 * and whose test passes through the ordinary commands; it never overwrites a file, and an unknown
 * article, faculty or campus is refused with the nearest name (exit 2).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli as run } from "../../support/run-cli.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
let version = "";
let tmp = "";

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "regelwerk-new-"));
  // The OER uses the learning credit: both sets, side by side as in regulations/.
  for (const set of ["kuleuven-oer/2020-2021", "flanders-learning-credit"]) cpSync(join(ROOT, "regulations", set), join(tmp, set), { recursive: true });
  version = join(tmp, "kuleuven-oer", "2020-2021");
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("new supplement", { timeout: 240_000 }, () => {
  it("writes art-22/farm.yaml with the open points, a provision, an exception and a test; check and test pass on it", () => {
    const made = run("new", "supplement", "--article", "22", "--faculty", "FARM", "--regulation", version);
    expect(made.code, made.err).toBe(0);
    const path = join(version, "art-22", "farm.yaml");
    expect(made.out).toContain(`wrote ${path}: art. 22, supplement FARM`);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("kind: supplement\nscope:\n  faculty: FARM\n");
    expect(text).toContain("Faculteit Farmaceutische Wetenschappen");
    for (const open of ["art22.minimum_credits", "art22.retake_first", "art22.course_not_organised"]) expect(text).toContain(`#   - exception to ${open}`);
    expect(text).toMatch(/provisions:\n {2}- paragraph: "TODO/);
    expect(text).toContain("  exception to art22.minimum_credits:\n    allowed if false");
    expect(text).toContain("      art22.minimum_credits: { outcome: refused, layer: general }");
    const check = run("check", version);
    expect(check.code, check.err).toBe(0);
    expect(check.err).not.toContain("art-22/farm.yaml");
    const test = run("test", path);
    expect(test.code, test.out).toBe(0);
    expect(test.out).toMatch(/^1 passed, 0 failed$/m);
  });

  it("refuses to overwrite an existing file (exit 2) and leaves it as it was", () => {
    const path = join(version, "art-22", "iiw.yaml");
    const before = readFileSync(path, "utf8");
    const again = run("new", "supplement", "--article", "22", "--faculty", "IIW", "--regulation", version);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`regelwerk: ${path}: already exists; it is not overwritten (choose another name with --out FILE)\n`);
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("a deviation for a campus: named faculty-campus, with its approval to fill in, and it checks", () => {
    const made = run("new", "supplement", "--article", "23", "--faculty", "WET", "--campus", "Kortrijk", "--kind", "deviation", "--regulation", version);
    expect(made.code, made.err).toBe(0);
    const text = readFileSync(join(version, "art-23", "wet-kortrijk.yaml"), "utf8");
    expect(text).toContain("kind: deviation\nscope:\n  faculty: WET\n  campus: Kortrijk\napproval: \"TODO");
    expect(run("test", join(version, "art-23", "wet-kortrijk.yaml")).out).toMatch(/^1 passed, 0 failed$/m);
  });

  it("an unknown article, faculty or campus: exit 2 with the nearest name", () => {
    const article = run("new", "supplement", "--article", "222", "--faculty", "FARM", "--regulation", version);
    expect(article.code).toBe(2);
    expect(article.err).toMatch(/--article 222: .* did you mean `22`\?/);
    const faculty = run("new", "supplement", "--article", "22", "--faculty", "FAMR", "--regulation", version);
    expect(faculty.code).toBe(2);
    expect(faculty.err).toMatch(/--faculty FAMR: unknown; expected one of .*; did you mean `FARM`\?/);
    const campus = run("new", "supplement", "--article", "22", "--faculty", "SW", "--campus", "Brusel", "--regulation", version);
    expect(campus.code).toBe(2);
    expect(campus.err).toMatch(/did you mean `Brussel`\?/);
  });

  it("a file outside the version folder, or a missing or wrong word, is refused", () => {
    expect(run("new", "supplement", "--article", "22", "--faculty", "FARM", "--regulation", version, "--out", join(tmp, "farm.yaml")).err).toContain("outside the version folder");
    expect(run("new", "--article", "22").err).toContain("new needs what to write; expected: regelwerk new supplement --article N --faculty F");
    expect(run("new", "article").code).toBe(2);
  });
});
