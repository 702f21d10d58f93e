/**
 * Coverage against the provisions index: a provision cited by a file whose rules decide something is
 * encoded, one cited only by files that decide nothing is quoted only, the rest is not encoded;
 * uncounted and routing entries are left out; general and faculty are counted apart. On the real
 * OER the totals are the catalogue's counts (163 general, 320 faculty credits over 290 entries).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageOf, openVersion } from "../../../engine/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { art10, loadIndexed } from "../../support/provisions-set.js";

describe("coverage of a small version", () => {
  const version = loadIndexed({
    "art-10/general.yaml": art10(),
    // Decides nothing: a parameter no rule uses.
    "art-11/general.yaml": { id: "art11", article: 11, provisionId: "G-11.1", rules: 'parameter unused = 3 "drie"' },
    // A definition that art. 10's LAW supplement uses: it decides through that file.
    "art-12/general.yaml": { id: "art12", article: 12, provisionId: "G-12.1", rules: 'definition threshold = 40 sp "veertig"' },
    "art-10/law.yaml": {
      kind: "supplement",
      scope: { faculty: "LAW" },
      provisionId: "F-LAW-10.1",
      rules: 'exception to minimum_credits:\n  allowed if sum(c.credits for c in courses) >= art12.threshold "LAW: 40"',
    },
  });
  const report = coverageOf(version)!;
  const status = (id: string) => report.articles.flatMap((a) => a.provisions).find((p) => p.id === id)?.status;

  it("loads without diagnostics", () => {
    expect(version.diagnostics).toEqual([]);
  });

  it("classifies each counted provision", () => {
    expect(status("G-10.1")).toBe("encoded");
    expect(status("G-10.2")).toBe("not_encoded");
    expect(status("G-11.1")).toBe("quoted");
    expect(status("G-12.1")).toBe("encoded");
    expect(status("F-LAW-10.1")).toBe("encoded");
    expect(status("F-IIW-10.1")).toBe("not_encoded");
  });

  it("leaves out entries the index does not count and routing rules", () => {
    expect(status("G-10.3")).toBeUndefined();
    expect(status("M-0.1")).toBeUndefined();
  });

  it("totals general and faculty apart, and per article", () => {
    expect(report.general).toEqual({ encoded: 2, quoted: 1, total: 4 });
    expect(report.faculty).toEqual({ encoded: 1, quoted: 0, total: 2 });
    expect(report.articles.map((a) => [a.article, a.general, a.faculty])).toEqual([
      [10, { encoded: 1, quoted: 0, total: 2 }, { encoded: 1, quoted: 0, total: 2 }],
      [11, { encoded: 0, quoted: 1, total: 1 }, { encoded: 0, quoted: 0, total: 0 }],
      [12, { encoded: 1, quoted: 0, total: 1 }, { encoded: 0, quoted: 0, total: 0 }],
    ]);
  });

  it("names the files citing each provision", () => {
    const f = report.articles[0]!.provisions.find((p) => p.id === "F-LAW-10.1")!;
    expect(f.files).toEqual(["art-10/law.yaml"]);
  });

  it("is null for a version without an index", () => {
    const plain = loadIndexed({ "art-10/general.yaml": art10({ provisionId: undefined }) });
    expect(coverageOf({ ...plain, provisions: undefined })).toBeNull();
  });
});

describe("coverage of the OER", () => {
  const root = join(import.meta.dirname, "../../../regulations/kuleuven-oer");
  const oer2020 = openVersion(nodeFileSystem, join(root, "2020-2021"))!;
  const report = coverageOf(oer2020)!;

  it("counts the catalogue's computable provisions: 163 general and 290 faculty", () => {
    expect(report.general.total).toBe(163);
    expect(report.faculty.total).toBe(290);
    // …credited to 320 faculty places (an entry naming several faculties counts for each, as the catalogue's table).
    const credits = oer2020.provisions!.provisions.filter((p) => p.layer === "faculty" && p.counted).reduce((n, p) => n + p.faculties!.length, 0);
    expect(credits).toBe(320);
  });

  it("adds up per article to the totals", () => {
    const sum = (pick: (a: (typeof report.articles)[number]) => number) => report.articles.reduce((n, a) => n + pick(a), 0);
    expect(sum((a) => a.general.encoded)).toBe(report.general.encoded);
    expect(sum((a) => a.faculty.total)).toBe(290);
  });

  it("has every file's provisions matched: none without an id or a reason", () => {
    expect(oer2020.diagnostics.filter((d) => d.code.startsWith("RW06"))).toEqual([]);
    // Each article with files encodes at least one provision of the index.
    for (const article of new Set(oer2020.files.map((f) => f.meta.article))) {
      if (article === 81) continue; // art. 81 is not in the seed: not_in_index
      const a = report.articles.find((x) => x.article === article);
      expect(a && a.general.encoded + a.faculty.encoded, `art. ${article}`).toBeGreaterThan(0);
    }
  });

  it("counts the 2021-2022 reconstruction's added provisions on top", () => {
    const next = coverageOf(openVersion(nodeFileSystem, join(root, "2021-2022"))!)!;
    expect(next.general.total).toBe(163 + 4);
    const added = next.articles.flatMap((a) => a.provisions).filter((p) => p.id.startsWith("N-"));
    expect(added.map((p) => [p.id, p.status])).toEqual([
      ["N-35.1", "encoded"],
      ["N-81.1", "encoded"],
      ["N-81.2", "encoded"],
      ["N-mijlpaal.1", "encoded"],
    ]);
  });
});
