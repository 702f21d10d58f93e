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
    form: "Formulier",
    titleNl: "Titel (nl)",
    titleEn: "Titel (en)",
    provisions: "Bepalingen",
    rules: "Regels (alleen lezen in het formulier; pas ze aan in de tekst)",
    addException: "Uitzondering toevoegen",
    decision: "Beslissing",
    conditions: "Voorwaarden",
    fact: "Feit",
    operator: "Operator",
    value: "Waarde",
    addCondition: "Voorwaarde toevoegen",
    combine: "Combineer met",
    and: "en",
    or: "of",
    outcome: "Uitkomst",
    reasonNl: "Reden (nl)",
    reasonEn: "Reden (en)",
    newTest: "Test bij deze uitzondering",
    testName: "Naam van de test",
    given: "Gegeven feiten (YAML; de voorwaarden worden ingevuld)",
    add: "Toevoegen",
    notInForm: "Niet in het formulier (blijft behouden)",
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
    form: "Form",
    titleNl: "Title (nl)",
    titleEn: "Title (en)",
    provisions: "Provisions",
    rules: "Rules (read only in the form; change them in the text)",
    addException: "Add an exception",
    decision: "Decision",
    conditions: "Conditions",
    fact: "Fact",
    operator: "Operator",
    value: "Value",
    addCondition: "Add a condition",
    combine: "Combine with",
    and: "and",
    or: "or",
    outcome: "Outcome",
    reasonNl: "Reason (nl)",
    reasonEn: "Reason (en)",
    newTest: "A test for this exception",
    testName: "Name of the test",
    given: "Given facts (YAML; the conditions are filled in)",
    add: "Add",
    notInForm: "Not in the form (kept as is)",
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
