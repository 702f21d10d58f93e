/** The editor's words, Dutch first (the policy officers' language) with an English switch. */
import type { Lang } from "../../dsl/index.js";

const WORDS = {
  nl: {
    app: "Regelwerk — editor",
    versions: "Reglementen",
    articles: "Artikels",
    article: "Artikel",
    general: "Algemene tekst",
    supplement: "aanvulling",
    deviation: "afwijking",
    openTo: "Open voor de faculteiten",
    filterFaculty: "Filter op faculteit",
    allFaculties: "alle faculteiten",
    readOnly: "Alleen lezen: er is geen server die opslaan toelaat.",
    text: "Tekst",
    tests: "Tests",
    passed: "geslaagd",
    failed: "mislukt",
    expected: "verwacht",
    actual: "gekregen",
    noTests: "Dit bestand heeft geen tests.",
    tryStudent: "Probeer een student",
    example: "Voorbeeldstudent",
    facts: "Feiten (YAML)",
    loading: "Laden…",
    problems: "problemen",
    noProblems: "Geen problemen",
    kind: "Soort",
    title: "Titel",
    scope: "Toepassingsgebied",
  },
  en: {
    app: "Regelwerk — editor",
    versions: "Regulations",
    articles: "Articles",
    article: "Article",
    general: "General text",
    supplement: "supplement",
    deviation: "deviation",
    openTo: "Open to the faculties",
    filterFaculty: "Filter by faculty",
    allFaculties: "all faculties",
    readOnly: "Read only: there is no server that allows saving.",
    text: "Text",
    tests: "Tests",
    passed: "passed",
    failed: "failed",
    expected: "expected",
    actual: "got",
    noTests: "This file has no tests.",
    tryStudent: "Try a student",
    example: "Example student",
    facts: "Facts (YAML)",
    loading: "Loading…",
    problems: "problems",
    noProblems: "No problems",
    kind: "Kind",
    title: "Title",
    scope: "Scope",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type Words = (typeof WORDS)[Lang];

const STORED = "regelwerk-editor-lang";

/** The chosen language: `?lang=` in the URL, else the last choice, else Dutch. */
export function currentLang(): Lang {
  const asked = new URLSearchParams(location.search).get("lang") ?? localStorage.getItem(STORED);
  return asked === "en" ? "en" : "nl";
}

export function chooseLang(lang: Lang): void {
  localStorage.setItem(STORED, lang);
}

export function words(lang: Lang): Words {
  return WORDS[lang];
}
