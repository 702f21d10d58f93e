/** The words of the diff reports, in Dutch and English: one table, so both languages say the same. */
import type { Lang } from "../../dsl/index.js";

const NL = {
  title: "Verschillen",
  summary: "Overzicht",
  noDifferences: "geen verschillen",
  manifest: "manifest",
  calendar: "academische kalender",
  article: "artikel",
  files: "bestanden",
  provisions: "bepalingen",
  parameters: "parameters",
  statements: "beslissingen, definities en uitzonderingen",
  openToFaculties: "open voor faculteiten",
  interpretations: "interpretaties en open vragen",
  examples: "voorbeelden",
  added: "toegevoegd",
  removed: "verwijderd",
  changed: "gewijzigd",
  renamed: "hernoemd",
  renamedFrom: "hernoemd van",
  notInSeeds: "niet in de basisteksten",
  source: "bron",
  unit: "eenheid",
  general: "algemeen",
  supplement: "facultaire aanvulling",
  deviation: "facultaire afwijking",
  parameter: "parameter",
  set: "ingevuld",
  definition: "definitie",
  decision: "beslissing",
  exception: "uitzondering op",
  total: "totaal",
} as const;

export type DiffWord = keyof typeof NL;

const EN: Record<DiffWord, string> = {
  title: "Differences",
  summary: "Summary",
  noDifferences: "no differences",
  manifest: "manifest",
  calendar: "academic calendar",
  article: "article",
  files: "files",
  provisions: "provisions",
  parameters: "parameters",
  statements: "decisions, definitions and exceptions",
  openToFaculties: "open to faculties",
  interpretations: "interpretations and open questions",
  examples: "examples",
  added: "added",
  removed: "removed",
  changed: "changed",
  renamed: "renamed",
  renamedFrom: "renamed from",
  notInSeeds: "not in the seeds",
  source: "source",
  unit: "unit",
  general: "general text",
  supplement: "faculty supplement",
  deviation: "faculty deviation",
  parameter: "parameter",
  set: "filled in",
  definition: "definition",
  decision: "decision",
  exception: "exception to",
  total: "total",
};

export function diffWords(lang: Lang): Readonly<Record<DiffWord, string>> {
  return lang === "nl" ? NL : EN;
}
