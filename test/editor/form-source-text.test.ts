/** The source text beside the form: the article's part of the OER, its headings, the file's own faculty, the repaired characters. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleText, quoteOf, repairLostCharacters, sourceDocumentOf } from "../../editor/client/form/source-text.js";
import { REPO } from "./support/regulations.js";

const oer = readFileSync(join(REPO, "sources", "kuleuven-oer-2020-2021.txt"), "utf8");

describe("the source text of an article", () => {
  it("maps every bundled version to a text in sources/", () => {
    for (const [set, year] of [["kuleuven-oer", "2020-2021"], ["kuleuven-oer", "2021-2022"], ["flanders-learning-credit", "2020-2021"], ["kuleuven-lio", "2020-2021"], ["vub-teacher-training", "2021-2022"], ["lerarenstage", "2017-2018"]] as const) {
      const name = sourceDocumentOf(set, year);
      expect(name, `${set} ${year}`).not.toBeNull();
      expect(readFileSync(join(REPO, "sources", name!), "utf8").length).toBeGreaterThan(1000);
    }
  });

  it("cuts art. 22 out of the OER and finds the IIW supplement among its headings", () => {
    const { text, parts, found } = articleText(oer, "22", "IIW");
    expect(found).toBe(true);
    expect(text.startsWith("Artikel 22. Regels voor alle studenten")).toBe(true);
    expect(text).not.toContain("Artikel 23.");
    const own = parts.filter((p) => p.own).map((p) => p.heading);
    expect(own).toEqual(["Facultaire aanvulling Faculteit Industriële Ingenieurswetenschappen", "Facultaire afwijking Faculteit Industriële Ingenieurswetenschappen"]);
    expect(parts.map((p) => p.heading)).toContain("§2. Aantal studiepunten: minimumgrens");
    // The IIW file's quote is in the text (up to the ellipsis the file writes).
    expect(text).toContain("Studenten kunnen eveneens minder dan 25 studiepunten opnemen in eenzelfde inschrijving");
  });

  it("has no faculty text of WET on art. 22", () => {
    expect(articleText(oer, "22", "WET").parts.filter((p) => p.own)).toEqual([]);
  });

  it("restores the characters the conversion lost", () => {
    expect(repairLostCharacters("Faculteit Industri?le Ingenieurswetenschappen, de co?rdinator, ge?nformeerd, in Belgi? verblijven, fran?ais\n?De student")).toBe(
      "Faculteit Industriële Ingenieurswetenschappen, de coördinator, geïnformeerd, in België verblijven, français\nDe student",
    );
  });

  it("makes a selection one line", () => {
    expect(quoteOf("Studenten kunnen\n\n • zij zich voor het eerst   inschrijven")).toBe("Studenten kunnen … zij zich voor het eerst inschrijven");
  });
});
