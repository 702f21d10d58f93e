/**
 * `regelwerk version new` on a copy of the regulations: the new version checks, its examples pass,
 * its manifest names the predecessor, and the diff from the old one shows the calendar, the
 * manifest's year and the examples' dates only. A target that exists is refused with exit 4, a
 * missing source with exit 2; nothing is written either time.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli as run } from "../../support/run-cli.js";

describe("regelwerk version new", () => {
  let root = "";
  let set = "";
  let created: ReturnType<typeof run>;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "rw-version-new-"));
    cpSync("regulations/kuleuven-oer/2020-2021", join(root, "kuleuven-oer/2020-2021"), { recursive: true });
    cpSync("regulations/flanders-learning-credit", join(root, "flanders-learning-credit"), { recursive: true });
    set = join(root, "kuleuven-oer");
    // The copy's three weekday points say they fall on a Monday (the bundled manifests do not, so
    // that their receipts stay as recorded): version new keeps them on a Monday.
    const manifest = join(set, "2020-2021/manifest.yaml");
    let text = readFileSync(manifest, "utf8");
    for (const point of ["academic_year_start", "second_semester_start", "christmas_holiday_start"]) text = text.replace(new RegExp(`(\n  ${point}:\n    date: [0-9-]+\n)`), "$1    rule: { weekday: monday }\n");
    writeFileSync(manifest, text);
    created = run("version", "new", set, "2020-2021", "2022-2023");
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates the version, moves the calendar and records the predecessor", () => {
    expect(created.err).toBe("");
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/academic_year_start +2020-09-21 → 2022-09-19 +\(same weekday, nearest; to confirm\)/);
    expect(created.out).toMatch(/christmas_holiday_start +2020-12-21 → 2022-12-19 +\(same weekday, nearest; to confirm\)/);
    expect(created.out).toMatch(/refund_full_until +2020-11-30 → 2022-11-30 +\(same day; to confirm\)/);
    expect(created.out).toMatch(/examples: \d+ moved .* 0 fail/);
    const manifest = readFileSync(join(set, "2022-2023/manifest.yaml"), "utf8");
    expect(manifest).toMatch(/^academic_year: 2022-2023$/m);
    expect(manifest).toMatch(/^status: draft\npredecessor: 2020-2021$/m);
    expect(manifest).toContain("title: Onderwijs- en examenreglement KU Leuven 2022-2023");
    // Nothing left behind: the version was written beside the target and renamed.
    expect(readdirSync(set).sort()).toEqual(["2020-2021", "2022-2023"]);
  });

  it("gives a version that checks and whose examples pass", () => {
    expect(run("check", join(set, "2022-2023")).code).toBe(0);
    const tested = run("test", join(set, "2022-2023"));
    expect(tested.out).toMatch(/\d+ passed, 0 failed/);
    expect(tested.code).toBe(0);
  }, 240_000);

  it("differs from its predecessor in the calendar, the year and the examples' dates only", () => {
    const r = run("diff", join(set, "2020-2021"), join(set, "2022-2023"), "--json");
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.out) as { manifest: { field: string }[]; calendar: { change: string }[]; articles: { files: { provisions: unknown[]; parameters: unknown[]; statements: unknown[]; fields: unknown[]; interpretations: { added: unknown[] }; tests: { changed: string[] } }[] }[] };
    expect(diff.manifest.map((m) => m.field).sort()).toEqual(["academic_year", "predecessor", "status", "title"]);
    expect(diff.calendar.length).toBeGreaterThan(20);
    expect(diff.calendar.every((c) => c.change === "changed")).toBe(true);
    const files = diff.articles.flatMap((a) => a.files);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect([f.provisions, f.parameters, f.statements, f.fields, f.interpretations.added]).toEqual([[], [], [], [], []]);
    }
  }, 240_000);

  it("refuses a target that exists (exit 4) and a source that does not (exit 2), writing nothing", () => {
    const before = readFileSync(join(set, "2022-2023/manifest.yaml"), "utf8");
    const again = run("version", "new", set, "2020-2021", "2022-2023");
    expect(again.code).toBe(4);
    expect(again.err).toContain("exists already");
    expect(readFileSync(join(set, "2022-2023/manifest.yaml"), "utf8")).toBe(before);
    const missing = run("version", "new", set, "2018-2019", "2019-2020");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no version 2018-2019");
    expect(existsSync(join(set, "2019-2020"))).toBe(false);
    expect(run("version", "new", set, "2020-2021", "2019-2020").code).toBe(2);
    expect(run("version", "new", set, "2020-2021", "2021").code).toBe(2);
    expect(run("version", "old").code).toBe(2);
  });
});
