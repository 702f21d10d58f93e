/**
 * The structural diff: what it reports for each kind of change in a small set written for the test
 * (quote, parameter, decision, rename, open point, calendar, files added and removed), and that it
 * reports nothing where only the layout differs.
 */
import { describe, expect, it } from "vitest";
import { diffVersions, isEmptyDiff, renderDiffHtml, renderDiffText, wordDiff } from "../../../engine/diff/index.js";
import { loadVersion, memoryFileSystem, type LoadedVersion } from "../../../engine/load/index.js";
import { MANIFEST, regulationYaml, type FileSpec } from "../../support/regulation-set.js";

const DIR = "oer/v";

function load(files: Readonly<Record<string, FileSpec>>, manifest = MANIFEST): LoadedVersion {
  const all: Record<string, string> = { [`${DIR}/manifest.yaml`]: manifest };
  for (const [path, spec] of Object.entries(files)) all[`${DIR}/${path}`] = regulationYaml(spec);
  return loadVersion(memoryFileSystem(all), DIR)!;
}

const GENERAL: FileSpec = {
  id: "art10",
  quote: "Een student neemt ten minste 25 studiepunten op.",
  open: ["minimum"],
  rules: `parameter minimum = 25 sp "ten minste 25"
definition taken "opgenomen" = enrolment.credits_taken
decision enough "Genoeg" §2:
  allowed if taken >= minimum
  otherwise refused`,
};

describe("the structural diff", () => {
  it("is empty for a version against itself, and for a relaid, commented, Dutch-keyword copy", () => {
    const base = load({ "art-10/general.yaml": GENERAL });
    expect(isEmptyDiff(diffVersions(base, base))).toBe(true);
    const dutch = load({
      "art-10/general.yaml": {
        ...GENERAL,
        rules: `# §2
parameter   minimum =   25 sp "ten minste 25"
definitie taken "opgenomen" =    enrolment.credits_taken
beslissing enough "Genoeg" §2:
    toegestaan als (taken >= minimum)
    anders geweigerd`,
      },
    });
    expect(isEmptyDiff(diffVersions(base, dutch))).toBe(true);
  });

  it("shows a changed parameter old → new with its unit, and a changed quote word by word", () => {
    const next = load({ "art-10/general.yaml": { ...GENERAL, quote: "Een student neemt ten minste 30 studiepunten op.", rules: GENERAL.rules.replace("25 sp", "30 sp") } });
    const diff = diffVersions(load({ "art-10/general.yaml": GENERAL }), next);
    const file = diff.articles[0]!.files[0]!;
    expect(diff.articles[0]!.article).toBe("art. 10");
    expect(file.change).toBe("changed");
    expect(file.parameters).toEqual([{ name: "minimum", change: "changed", old: "25 sp", new: "30 sp", unit: "sp" }]);
    expect(file.provisions[0]!.words).toEqual([
      { op: "same", text: "Een student neemt ten minste" },
      { op: "del", text: "25" },
      { op: "ins", text: "30" },
      { op: "same", text: "studiepunten op." },
    ]);
    expect(file.statements).toEqual([]);
  });

  it("reports decisions changed, added and removed, and a definition renamed with the same body", () => {
    const next = load({
      "art-10/general.yaml": {
        ...GENERAL,
        rules: `parameter minimum = 25 sp "ten minste 25"
definition credits "opgenomen" = enrolment.credits_taken
decision enough "Genoeg" §2:
  allowed if credits >= minimum
  otherwise warning
decision other "Ander" §3:
  otherwise allowed`,
      },
    });
    const statements = diffVersions(load({ "art-10/general.yaml": GENERAL }), next).articles[0]!.files[0]!.statements;
    expect(statements.map((s) => [s.kind, s.name, s.change, s.oldName])).toEqual([
      ["decision", "enough", "changed", undefined],
      ["definition", "credits", "renamed", "taken"],
      ["decision", "other", "added", undefined],
    ]);
  });

  it("reports a supplement added, its `set` as a parameter, and a point no longer open to faculties", () => {
    const before = load({ "art-10/general.yaml": GENERAL });
    const after = load({
      "art-10/general.yaml": { ...GENERAL, open: [] },
      "art-10/law.yaml": { kind: "supplement", scope: { faculty: "LAW" }, rules: `set art10.minimum = 20 sp "twintig"` },
    });
    const files = diffVersions(before, after).articles[0]!.files;
    expect(files.map((f) => [f.path, f.change])).toEqual([
      ["art-10/general.yaml", "changed"],
      ["art-10/law.yaml", "added"],
    ]);
    expect(files[0]!.openToFaculties).toEqual({ added: [], removed: ["minimum"] });
    expect(files[1]!.parameters).toEqual([{ name: "art10.minimum", change: "added", new: "20 sp", unit: "sp" }]);
  });

  it("reports the calendar date by date with its source", () => {
    const shifted = MANIFEST.replace("academic_year: 2020-2021", "academic_year: 2021-2022").replace("date: 2020-09-21", "date: 2021-09-27");
    const diff = diffVersions(load({ "art-10/general.yaml": GENERAL }), load({ "art-10/general.yaml": GENERAL }, shifted));
    expect(diff.calendar).toEqual([{ name: "academic_year_start", change: "changed", old: "2020-09-21", new: "2021-09-27", source: "test" }]);
    expect(diff.manifest).toEqual([{ field: "academic_year", old: "2020-2021", new: "2021-2022" }]);
    expect(diff.articles).toEqual([]);
  });

  it("renders the same diff as Dutch and English text and as HTML that needs nothing else", () => {
    const next = load({ "art-10/general.yaml": { ...GENERAL, rules: GENERAL.rules.replace("25 sp", "30 sp") } });
    const diff = diffVersions(load({ "art-10/general.yaml": GENERAL }), next);
    expect(renderDiffText(diff, "en")).toContain("~ parameter minimum: 25 sp → 30 sp (unit sp)");
    expect(renderDiffText(diff, "nl")).toContain("~ parameter minimum: 25 sp → 30 sp (eenheid sp)");
    const html = renderDiffHtml(diff, "nl");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain("25 sp → 30 sp");
  });
});

describe("wordDiff", () => {
  it("keeps equal texts whole and puts deletions before insertions", () => {
    expect(wordDiff("a b c", "a b c")).toEqual([{ op: "same", text: "a b c" }]);
    expect(wordDiff("a x c", "a y c")).toEqual([
      { op: "same", text: "a" },
      { op: "del", text: "x" },
      { op: "ins", text: "y" },
      { op: "same", text: "c" },
    ]);
  });
});
