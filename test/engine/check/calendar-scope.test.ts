/**
 * Faculty-level calendar entries (docs/regulation-files.md, "The manifest"): a date of the
 * manifest's calendar that names a faculty (and programmes) belongs to that faculty's text, and a
 * rule of another scope that reads it is RW065 at the name. Title 0's FABER deviations use them
 * (calendar.faber_summer_internships_from).
 */
import { describe, expect, it } from "vitest";
import { MANIFEST, loadSet } from "../../support/regulation-set.js";

const manifest = MANIFEST.replace(
  "calendar:\n",
  `calendar:
  faber_summer_from:
    date: 2020-07-01
    source: test
    faculty: FABER
    programmes: [ma-reva]
  law_only:
    date: 2020-10-01
    source: test
    faculty: LAW
`,
).replace(
  "programmes:\n",
  `programmes:
  - id: ma-reva
    name: Master RevaKi
    faculty: FABER
  - id: ma-other
    name: Andere master
    faculty: FABER
`,
);

const general = {
  id: "art10",
  open: ["start"],
  rules: 'decision start "Begin" for each c in courses:\n  allowed if c.start_date >= calendar.academic_year_start "op tijd"\n  otherwise refused "te vroeg"',
};
const faber = (programmes: string[] | undefined, name = "faber_summer_from") => ({
  kind: "deviation" as const,
  approval: "test",
  scope: { faculty: "FABER", ...(programmes ? { programmes } : {}) },
  rules: `exception to art10.start:\n  allowed if c.start_date >= calendar.${name} "zomer"`,
});
const rw065 = (files: Parameters<typeof loadSet>[0]) =>
  loadSet(files, manifest)
    .diagnostics.filter((d) => d.code.startsWith("RW065"))
    .map((d) => `${d.source.replace("oer/2020-2021/", "")}:${d.span.line}:${d.span.column} ${d.message}`);

describe("RW065: a faculty-level calendar entry read outside its faculty's text", () => {
  it("accepts the faculty's file limited to the entry's programmes", () => {
    const v = loadSet({ "art-10/general.yaml": general, "art-10/faber.yaml": faber(["ma-reva"]) }, manifest);
    expect(v.diagnostics).toEqual([]);
  });

  it("warns at the name when the general text reads it", () => {
    const g = { ...general, rules: general.rules.replace("calendar.academic_year_start", "calendar.faber_summer_from") };
    expect(rw065({ "art-10/general.yaml": g })).toEqual([
      "art-10/general.yaml:14:32 calendar.faber_summer_from is a calendar entry of FABER (ma-reva)'s text, and the general text applies it to every faculty",
    ]);
  });

  it("warns when another faculty reads it, and is a warning, not an error", () => {
    const v = loadSet({ "art-10/general.yaml": general, "art-10/law.yaml": { ...faber(undefined), scope: { faculty: "LAW" } } }, manifest);
    const found = v.diagnostics.filter((d) => d.code === "RW065-calendar-entry-of-another-scope");
    expect(found.map((d) => d.message)).toEqual(["calendar.faber_summer_from is a calendar entry of FABER (ma-reva)'s text, and this file speaks for LAW"]);
    expect(found[0]!.severity).toBe("warning");
  });

  it("warns when the faculty's file is not limited to the entry's programmes, or also speaks for others", () => {
    expect(rw065({ "art-10/general.yaml": general, "art-10/faber.yaml": faber(undefined) })).toEqual([
      "art-10/faber.yaml:15:32 calendar.faber_summer_from is a calendar entry of FABER (ma-reva)'s text, and this file is not limited to ma-reva",
    ]);
    expect(rw065({ "art-10/general.yaml": general, "art-10/faber.yaml": faber(["ma-reva", "ma-other"]) })).toEqual([
      "art-10/faber.yaml:16:32 calendar.faber_summer_from is a calendar entry of FABER (ma-reva)'s text, and this file also speaks for ma-other",
    ]);
  });

  it("lets any file of the faculty read an entry that names no programmes", () => {
    const law = { ...faber(undefined, "law_only"), scope: { faculty: "LAW" } };
    expect(rw065({ "art-10/general.yaml": general, "art-10/law.yaml": law })).toEqual([]);
  });

  it("leaves the university's calendar entries to every file", () => {
    expect(rw065({ "art-10/general.yaml": general, "art-10/faber.yaml": faber(undefined, "academic_year_start") })).toEqual([]);
  });
});
