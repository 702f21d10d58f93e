/**
 * The source text a file encodes, as the form shows it beside the provisions: which document of
 * `sources/` a regulation set and version come from, the article's part of it (the OER's
 * `Artikel 22. …` up to the next article), and the headings inside it (§, Artikel ALGEMEEN,
 * Facultaire aanvulling/afwijking …, Campus …) to jump to — the file's own faculty first. Pure.
 */

/** The document of each set (and version) in `sources/`. */
const DOCUMENTS: Readonly<Record<string, string>> = {
  "kuleuven-oer/2020-2021": "kuleuven-oer-2020-2021.txt",
  // Reconstructed from the 2020-2021 text (sources/README.md): that text is what there is.
  "kuleuven-oer/2021-2022": "kuleuven-oer-2020-2021.txt",
  "flanders-learning-credit/2020-2021": "flanders-learning-credit.txt",
  "kuleuven-lio/2020-2021": "kuleuven-lio.txt",
  "vub-teacher-training/2021-2022": "vub-teacher-training.txt",
  "lerarenstage/2017-2018": "lerarenstage.txt",
};

export function sourceDocumentOf(set: string, year: string): string | null {
  return DOCUMENTS[`${set}/${year}`] ?? null;
}

/**
 * The OER text lost its non-ASCII characters (a `?` each; sources/README.md). Restored by rule:
 * `ö` in coördinator, `ï` in geïn…, `ç` in français, a `?` opening a paragraph dropped, else `ë`
 * (Industriële, geëxamineerd, België) — every damaged word of the OER but one or two follows these.
 */
export function repairLostCharacters(text: string): string {
  return text
    .replace(/(^|[\s"(])\?(?=[A-Za-z"])/gm, "$1")
    .replace(/([Cc]o)\?(?=r)/g, "$1ö")
    .replace(/([Gg]e)\?(?=n)/g, "$1ï")
    .replace(/fran\?ais/g, "français")
    .replace(/([A-Za-z])\?(?=[A-Za-z])/g, "$1ë")
    .replace(/([a-z]i)\?(?=[\s.,;:)])/g, "$1ë");
}

/** The faculty codes of the scope as the OER's headings name them. */
const FACULTY_NAMES: Readonly<Record<string, RegExp>> = {
  KERK: /Kerkelijk Recht/,
  ARCH: /Faculteit Architectuur/,
  FABER: /Bewegings- en Revalidatiewetenschappen/,
  BIR: /Bio-ingenieurswetenschappen/,
  FEB: /Economie en Bedrijfswetenschappen/,
  FARM: /Farmaceutische Wetenschappen/,
  MED: /Faculteit Geneeskunde/,
  IIW: /Industri.le Ingenieurswetenschappen/,
  ING: /Faculteit Ingenieurswetenschappen/,
  LET: /Faculteit Letteren/,
  PPW: /Psychologie en Pedagogische Wetenschappen/,
  LAW: /Faculteit Rechtsgeleerdheid/,
  SW: /Faculteit Sociale Wetenschappen/,
  THEO: /Theologie en Religiewetenschappen/,
  WET: /Faculteit Wetenschappen/,
  HIW: /Hoger Instituut voor Wijsbegeerte/,
};

export interface SourcePart {
  readonly heading: string;
  /** Offset of the heading in the article's text. */
  readonly start: number;
  /** A heading of the file's own faculty. */
  readonly own: boolean;
}

export interface ArticleText {
  readonly text: string;
  readonly parts: readonly SourcePart[];
  /** False when the article's heading was not found and the whole document is shown. */
  readonly found: boolean;
}

const HEADING = /^(§\d+\.[^\n]*|Artikel ALGEMEEN|Bijzondere bepaling[^\n]*|Procedure ALGEMEEN|Facultaire (?:aanvulling|afwijking)[^\n]*|Campus [^\n]{1,40})$/gm;

/** The part of `document` that is article `article` (the whole document for another source). */
export function articleText(document: string, article: string, faculty: string | null): ArticleText {
  const text = repairLostCharacters(document);
  const start = article ? new RegExp(`^Artikel ${article.replace(/\D/g, "")}\\. `, "m").exec(text) : null;
  if (!start || !/\d/.test(article)) return { text, parts: partsOf(text, faculty), found: false };
  const next = /^Artikel \d+\. /m.exec(text.slice(start.index + start[0].length));
  const own = text.slice(start.index, next ? start.index + start[0].length + next.index : undefined).trimEnd();
  return { text: own, parts: partsOf(own, faculty), found: true };
}

function partsOf(text: string, faculty: string | null): SourcePart[] {
  const name = faculty ? FACULTY_NAMES[faculty] : undefined;
  return [...text.matchAll(HEADING)].map((m) => ({ heading: m[0], start: m.index, own: Boolean(name && /^Facultaire/.test(m[0]) && name.test(m[0])) }));
}

/** A selection of the source text as a quote: one line, spaces collapsed, bullets dropped. */
export function quoteOf(selected: string): string {
  return selected.replace(/\s*•\s*/g, " … ").replace(/\s+/g, " ").replace(/^(?:… )+|(?: …)+$/g, "").trim();
}
