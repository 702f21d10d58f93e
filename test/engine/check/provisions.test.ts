/**
 * Provision citations against the provisions index (docs/provisions.md), each at its line and
 * column: an unknown id with the nearest (RW060), the same provision encoded twice in one scope
 * (RW061), a provision with neither id nor reason (RW062), another faculty's provision (RW063); and
 * the index itself checked against its schema (RW051) and found (RW052). Positions counted by hand:
 * regulationYaml puts `provision_id` on line 11, column 19 of a general file (after the paragraph
 * and the quote), line 12 of a faculty file (no id line, and scope takes two).
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../dsl/diagnostics.js";
import { INDEX, INDEXED_MANIFEST, art10, loadIndexed } from "../../support/provisions-set.js";
import { loadSet } from "../../support/regulation-set.js";

const at = (ds: readonly Diagnostic[], prefix = "RW0") =>
  ds.filter((d) => d.code.startsWith(prefix)).map((d) => `${d.code} ${d.source.replace("oer/2020-2021/", "")}:${d.span.line}:${d.span.column}`);
const LAW = { faculty: "LAW" };
const lawSupplement = (id: string, quote = "LAW-citaat.") => ({
  kind: "supplement" as const,
  scope: LAW,
  provisionId: id,
  quote,
  rules: 'exception to art10.minimum_credits:\n  allowed if sum(c.credits for c in courses) >= 20 sp "LAW"',
});

it("accepts files citing ids of the index", () => {
  expect(loadIndexed({ "art-10/general.yaml": art10(), "art-10/law.yaml": lawSupplement("F-LAW-10.1") }).diagnostics).toEqual([]);
});

describe("RW060: an id the index does not have", () => {
  it("is an error at the id, with the nearest id", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10({ provisionId: "G-10.4" }) });
    expect(at(v.diagnostics)).toEqual(["RW060-unknown-provision art-10/general.yaml:11:19"]);
    expect(v.diagnostics[0]!.message).toContain("did you mean `G-10.1`?");
    expect(v.diagnostics[0]!.severity).toBe("error");
  });

  it("is reported for each id of a list, at its own place", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10({ provisionId: ["G-10.1", "G-10.9"] }) });
    expect(at(v.diagnostics)).toEqual(["RW060-unknown-provision art-10/general.yaml:11:28"]);
  });

  it("is an error in a version without an index", () => {
    const v = loadSet({ "art-10/general.yaml": art10() });
    expect(at(v.diagnostics)).toEqual(["RW060-unknown-provision art-10/general.yaml:11:19"]);
    expect(v.diagnostics[0]!.message).toContain("no provisions index");
  });

  it("refuses an id of the wrong form in the schema", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10({ provisionId: "art-10-§1" }) });
    expect(at(v.diagnostics, "RW051")).toEqual(["RW051-schema-violation art-10/general.yaml:11:19"]);
  });
});

describe("RW061: one provision encoded twice in one scope", () => {
  it("warns when two files of the same faculty cite it with the same quote", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10(), "art-10/law-a.yaml": lawSupplement("F-LAW-10.1"), "art-10/law-b.yaml": lawSupplement("F-LAW-10.1") });
    expect(at(v.diagnostics)).toEqual(["RW061-provision-cited-twice art-10/law-b.yaml:12:19"]);
    expect(v.diagnostics[0]!.severity).toBe("warning");
    expect(v.diagnostics[0]!.message).toContain("art-10/law-a.yaml");
  });

  it("does not warn for different sentences of one entry, or for another scope", () => {
    const campus = { ...lawSupplement("F-LAW-10.1"), scope: { faculty: "LAW", campus: "Brussel" } };
    const v = loadIndexed({
      "art-10/general.yaml": art10(),
      "art-10/law-a.yaml": lawSupplement("F-LAW-10.1", "Eerste zin."),
      "art-10/law-b.yaml": lawSupplement("F-LAW-10.1", "Tweede zin."),
      "art-10/law-brussel.yaml": campus,
    });
    expect(at(v.diagnostics)).toEqual([]);
  });

  it("does not warn for a provision of another article that a file applies", () => {
    const v = loadIndexed({
      "art-10/general.yaml": art10(),
      "art-11/general.yaml": { id: "art11", article: 11, provisionId: "G-10.1", rules: 'parameter p = 3 "drie"' },
    });
    expect(at(v.diagnostics)).toEqual([]);
  });
});

describe("RW062 and RW063", () => {
  it("warns about a provision with neither id nor reason, at its paragraph", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10({ provisionId: undefined }) });
    expect(at(v.diagnostics)).toEqual(["RW062-provision-without-id art-10/general.yaml:9:5"]);
  });

  it("accepts a reason instead of an id", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10({ provisionId: undefined, notInIndex: "the index counts it as procedural" }) });
    expect(v.diagnostics).toEqual([]);
  });

  it("warns when a faculty file cites another faculty's provision, not when the file is limited to programmes", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10(), "art-10/law.yaml": lawSupplement("F-IIW-10.1") });
    expect(at(v.diagnostics)).toEqual(["RW063-provision-of-another-scope art-10/law.yaml:12:19"]);
    const programme = { ...lawSupplement("F-IIW-10.1"), scope: { faculty: "LAW", programmes: ["ba-rechten-verkort"] } };
    expect(at(loadIndexed({ "art-10/general.yaml": art10(), "art-10/law.yaml": programme }).diagnostics)).toEqual([]);
  });
});

describe("the index file", () => {
  it("is checked against its schema, at the value", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10() }, INDEX.replace("layer: general, counted: true, lines: [[14, 14]]", "layer: generaal, counted: true, lines: [[14, 14]]"));
    const [d] = v.diagnostics.filter((x) => x.code === "RW051-schema-violation");
    expect(`${d!.source}:${d!.span.line}`).toBe("oer/2020-2021/provisions.yaml:4");
    expect(d!.message).toContain("generaal");
  });

  it("gives each id once", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10() }, INDEX.replace("id: G-10.2,", "id: G-10.1,"));
    expect(at(v.diagnostics, "RW051")).toEqual(["RW051-schema-violation provisions.yaml:4:11"]);
  });

  it("must exist when the manifest names it", () => {
    const v = loadSet({ "art-10/general.yaml": art10({ provisionId: undefined }) }, INDEXED_MANIFEST);
    expect(at(v.diagnostics)).toEqual(["RW052-missing-file manifest.yaml:6:19"]);
  });

  it("requires a source for a provision not in the seeds, and lines for the others", () => {
    const v = loadIndexed({ "art-10/general.yaml": art10() }, INDEX + "  - { id: N-10.1, article: 10, layer: general, counted: true, not_in_seeds: true }\n");
    expect(v.diagnostics.map((d) => d.message).join("\n")).toContain("source");
  });
});
