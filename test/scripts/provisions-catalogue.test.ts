/**
 * The catalogue reader behind scripts/gen-provisions-index.ts: headings into index entries — ids,
 * article and paragraph, faculties (multi-faculty entries credited as the per-faculty table says),
 * kind, campus, scope, seed lines (course codes such as L03B1A are not lines), what is not counted.
 */
import { describe, expect, it } from "vitest";
import { parseCatalogue } from "../../scripts/provisions-catalogue.js";

const CATALOGUE = `# Catalogue
Source: \`seeds/004.txt\` (in this folder).

#### M-0.3 · TITEL 0 · aanv FABER · L64
- Gist: routing.

#### G-0.1 · TITEL 0 "Afrondingen" · ALGEMEEN · L25
- Gist: rounding.
- Quote: «afronding naar de hogere eenheid»

#### G-1.5 · Art. 1 · Bijzondere bepaling internationale studenten ALGEMEEN · L285
- Count: governance (not counted)
- Gist: route.

#### F-SW-46.1 · Art. 46 §2 · aanv SW · Campus Antwerpen (L3750) / Brussel (L3754) / Leuven (L3758)
- Gist: nulscore.

#### F-LAW-51.1 · Art. 51 · aanv+afw LAW · scope: master in de rechten · L4577-4581
- Quote (LAW): «spreiding»

#### F-FABER-67.1 · Art. 67 · aanv FABER · Campus Brugge (L5779) / Leuven (L5799) · listed OPOs (B3094O; L03B1A, L04B5A)

#### F-MISC-14.x · Art. 14 · aanv KERK (L991-999), ARCH (L1003), MED (L1065)

#### F-XXX-38.1 · Art. 38 · exam-period start shifts — several faculties
- FABER aanv L2812: early.
- FARM afw L2840: Thursday.

| Code | Faculty | Computable entries | own | IDs |
|---|---|---|---|---|
| KERK | Kerkelijk Recht | 1 | 0 / 0 | F-MISC-14.x |
| ARCH | Architectuur | 1 | 0 / 0 | F-MISC-14.x |
| FABER | Bewegingswetenschappen | 2 | 1 / 0 | F-FABER-67.1, F-XXX-38.1 |
| FARM | Farmacie | 1 | 0 / 0 | F-XXX-38.1 |
| SW | Sociale Wetenschappen | 1 | 1 / 0 | F-SW-46.1 |
| LAW | Rechten | 1 | 1 / 0 | F-LAW-51.1 |
`;

describe("parseCatalogue", () => {
  const { source, entries, problems } = parseCatalogue(CATALOGUE);
  const entry = (id: string) => entries.find((e) => e.id === id)!;

  it("reads every heading, in order, with the source", () => {
    expect(source).toBe("seeds/004.txt");
    expect(entries.map((e) => e.id)).toEqual(["M-0.3", "G-0.1", "G-1.5", "F-SW-46.1", "F-LAW-51.1", "F-FABER-67.1", "F-MISC-14.x", "F-XXX-38.1"]);
    expect(problems).toEqual([]);
  });

  it("counts general and faculty entries, not routing or what the catalogue says is not counted", () => {
    expect(entry("M-0.3")).toMatchObject({ layer: "meta", counted: false, faculties: ["FABER"] });
    expect(entry("G-0.1")).toMatchObject({ article: 0, paragraph: "Afrondingen", layer: "general", counted: true, lines: [[25, 25]], quote: "afronding naar de hogere eenheid" });
    expect(entry("G-1.5")).toMatchObject({ section: "Bijzondere bepaling internationale studenten", counted: false, not_counted: "governance" });
  });

  it("reads kind, campus, scope and every place in the source", () => {
    expect(entry("F-SW-46.1")).toMatchObject({ article: 46, paragraph: "§2", kind: ["supplement"], faculties: ["SW"], campus: ["Leuven", "Brussel", "Antwerpen"], lines: [[3750, 3750], [3754, 3754], [3758, 3758]] });
    expect(entry("F-LAW-51.1")).toMatchObject({ kind: ["supplement", "deviation"], programmes: "master in de rechten", lines: [[4577, 4581]], quote: "spreiding" });
  });

  it("does not read course codes as lines", () => {
    expect(entry("F-FABER-67.1").lines).toEqual([[5779, 5779], [5799, 5799]]);
  });

  it("credits a multi-faculty entry to the faculties of the per-faculty table, and takes lines from the bullets when the heading has none", () => {
    expect(entry("F-MISC-14.x").faculties).toEqual(["KERK", "ARCH"]);
    expect(entry("F-XXX-38.1")).toMatchObject({ faculties: ["FABER", "FARM"], kind: ["supplement", "deviation"], lines: [[2812, 2812], [2840, 2840]] });
  });

  it("reports a counted faculty entry no faculty is credited with, and a heading without an id", () => {
    const bad = parseCatalogue(CATALOGUE.replace("| LAW | Rechten | 1 | 1 / 0 | F-LAW-51.1 |", "") + "\n#### Art. 99 · ALGEMEEN · L1\n");
    expect(bad.problems.map((p) => p.message)).toEqual(["heading without a provision id: #### Art. 99 · ALGEMEEN · L1", "F-LAW-51.1: counted, but the per-faculty table credits no faculty with it"]);
  });
});
