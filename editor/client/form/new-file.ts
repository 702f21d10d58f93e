/**
 * A new faculty file on an article, for a faculty without one: the article's number and titles
 * with the faculty's name, a supplement scoped to the faculty, the source named, one provision to
 * fill in (the schema asks for at least one), an empty rules block and no tests. The form then
 * fills it in; it is saved like any other file.
 */
import { parse as parseYaml, stringify } from "yaml";

/** The faculties as the OER names them (its faculty supplements' headings). */
export const FACULTY_NAMES: Readonly<Record<string, { nl: string; en: string }>> = {
  KERK: { nl: "Bijzondere Faculteit Kerkelijk Recht", en: "Faculty of Canon Law" },
  ARCH: { nl: "Faculteit Architectuur", en: "Faculty of Architecture" },
  FABER: { nl: "Faculteit Bewegings- en Revalidatiewetenschappen", en: "Faculty of Movement and Rehabilitation Sciences" },
  BIR: { nl: "Faculteit Bio-ingenieurswetenschappen", en: "Faculty of Bioscience Engineering" },
  FEB: { nl: "Faculteit Economie en Bedrijfswetenschappen", en: "Faculty of Economics and Business" },
  FARM: { nl: "Faculteit Farmaceutische Wetenschappen", en: "Faculty of Pharmaceutical Sciences" },
  MED: { nl: "Faculteit Geneeskunde", en: "Faculty of Medicine" },
  IIW: { nl: "Faculteit Industriële Ingenieurswetenschappen", en: "Faculty of Engineering Technology" },
  ING: { nl: "Faculteit Ingenieurswetenschappen", en: "Faculty of Engineering Science" },
  LET: { nl: "Faculteit Letteren", en: "Faculty of Arts" },
  PPW: { nl: "Faculteit Psychologie en Pedagogische Wetenschappen", en: "Faculty of Psychology and Educational Sciences" },
  LAW: { nl: "Faculteit Rechtsgeleerdheid", en: "Faculty of Law and Criminology" },
  SW: { nl: "Faculteit Sociale Wetenschappen", en: "Faculty of Social Sciences" },
  THEO: { nl: "Faculteit Theologie en Religiewetenschappen", en: "Faculty of Theology and Religious Studies" },
  WET: { nl: "Faculteit Wetenschappen", en: "Faculty of Science" },
  HIW: { nl: "Hoger Instituut voor Wijsbegeerte", en: "Institute of Philosophy" },
};

export interface NewFileOf {
  readonly article: number | string;
  readonly title: string;
  readonly titleEn?: string;
  readonly document: string;
  readonly faculty: string;
}

/** The path of a new faculty file in an article's folder: `art-22/wet.yaml`. */
export function newFilePath(folder: string, faculty: string): string {
  return `${folder}/${faculty.toLowerCase()}.yaml`;
}

export function newFacultyFile(o: NewFileOf): string {
  const name = FACULTY_NAMES[o.faculty] ?? { nl: o.faculty, en: o.faculty };
  const head = stringify(
    {
      article: o.article,
      title: `${o.title} — ${name.nl}`,
      ...(o.titleEn ? { title_en: `${o.titleEn} — ${name.en}` } : {}),
      kind: "supplement",
      scope: { faculty: o.faculty },
      source: { document: o.document, section: `art. ${o.article}, Facultaire aanvulling ${name.nl}` },
      provisions: [{ paragraph: "§", quote: "…" }],
    },
    { lineWidth: 0 },
  );
  return `${head}rules: |\ntests: []\n`;
}

/** Reads a general file's YAML for what a new faculty file on its article repeats. */
export function newFacultyFileFrom(generalYaml: string, faculty: string): string {
  const data = (parseYaml(generalYaml) ?? {}) as { article?: number | string; title?: string; title_en?: string; source?: { document?: string } };
  return newFacultyFile({ article: data.article ?? "", title: data.title ?? "", ...(data.title_en ? { titleEn: data.title_en } : {}), document: data.source?.document ?? "", faculty });
}
