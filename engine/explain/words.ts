/**
 * Every word of the explanations, one table per language: outcomes, the layers, units, booleans and
 * the phrases around them. render.ts builds the text from these and nothing else.
 */
import { OUTCOME_LABELS, type Lang } from "../../dsl/index.js";
import type { FileRole } from "../../dsl/index.js";
import type { ResultOutcome } from "../evaluate/index.js";
import type { UnitCode } from "../../dsl/index.js";

export interface Words {
  /** "Toegestaan", "Onbepaald": the headline of a decision. */
  readonly outcome: Readonly<Record<ResultOutcome, string>>;
  readonly missing: string;
  readonly conflictBetween: string;
  readonly decidedBy: string;
  readonly rule: string;
  readonly saw: string;
  readonly parameter: string;
  readonly definition: string;
  /** Before the fact a derived value was given as: "opgegeven als enrolment.cse_after_september". */
  readonly given: string;
  /** After a fact given inside a computation, before what it replaced: "in plaats van courses_credits_earned". */
  readonly instead: string;
  readonly from: string;
  readonly quote: string;
  readonly notApplied: string;
  readonly noRule: string;
  readonly receipt: string;
  /** The receipt's field names (kept as in the JSON receipt in both languages). */
  readonly receiptFields: { readonly rules: string; readonly engine: string; readonly input: string };
  /** Before an article number: "art. 22". */
  readonly article: string;
  /** A list value, by its length; a record value; a value that is not there. */
  readonly items: (count: number) => string;
  readonly record: string;
  readonly none: string;
  /** A value that layers of equal rank set differently. */
  readonly conflictValue: string;
  readonly term: string;
  /** A fold's steps: "stap voor stap (3 stappen)", "stap 2019: …", "(omdat …)". */
  readonly stepByStep: (count: number) => string;
  readonly step: string;
  readonly because: string;
  /** Another decision a rule read: "omdat art. 24 besliste: toegestaan" / "because art. 24 decided: allowed". */
  readonly decided: string;
  readonly unchanged: string;
  readonly whatIf: (fact: string, to: string, from: string, outcome: string) => string;
  readonly true: string;
  readonly false: string;
  /** The layer a file belongs to: "facultaire aanvulling" / "faculty supplement". */
  readonly role: Readonly<Record<FileRole, string>>;
  readonly campus: string;
  /** Unit words after a number; dates need none. */
  readonly unit: Readonly<Record<Exclude<UnitCode, "date">, string>>;
  /** The summary table of `regelwerk eval`: its heading, column heads and closing lines. */
  readonly summary: {
    readonly heading: (decisions: number, outcomes: number) => string;
    readonly columns: { readonly article: string; readonly decision: string; readonly outcome: string; readonly decidedBy: string };
    readonly notApplicableRows: (count: number) => string;
    readonly noRule: string;
    /** Which outcomes the default report explains, and how to see all. */
    readonly explained: (shown: number, all: number) => string;
  };
}

const outcomes = (lang: Lang, undetermined: string, conflict: string): Record<ResultOutcome, string> => ({
  allowed: OUTCOME_LABELS.allowed[lang],
  refused: OUTCOME_LABELS.refused[lang],
  required: OUTCOME_LABELS.required[lang],
  warning: OUTCOME_LABELS.warning[lang],
  not_applicable: OUTCOME_LABELS.not_applicable[lang],
  discretionary: OUTCOME_LABELS.discretionary[lang],
  determined: OUTCOME_LABELS.determined[lang],
  undetermined,
  conflict,
});

export const WORDS: Readonly<Record<Lang, Words>> = {
  nl: {
    outcome: outcomes("nl", "Onbepaald", "Conflict"),
    missing: "ontbrekende gegevens",
    conflictBetween: "tegenstrijdige regels van gelijke rang",
    decidedBy: "beslist door",
    rule: "regel",
    saw: "gezien",
    parameter: "parameter",
    definition: "definitie",
    given: "opgegeven als",
    instead: "in plaats van",
    decided: "besliste",
    from: "uit",
    quote: "tekst",
    notApplied: "niet toegepast",
    noRule: "geen regel van toepassing",
    receipt: "ontvangstbewijs",
    receiptFields: { rules: "rules", engine: "engine", input: "input" },
    article: "art.",
    items: (count) => `[${count} items]`,
    record: "{…}",
    none: "null",
    conflictValue: "conflict",
    term: "begrip",
    stepByStep: (count) => `stap voor stap (${count} ${count === 1 ? "stap" : "stappen"})`,
    step: "stap",
    because: "omdat",
    unchanged: "ongewijzigd",
    whatIf: (fact, to, from, outcome) => `wat zou moeten veranderen: met ${fact} = ${to} (nu ${from}) zou het ${outcome} zijn`,
    true: "waar",
    false: "onwaar",
    role: { general: "algemeen", supplement: "facultaire aanvulling", deviation: "facultaire afwijking" },
    campus: "campus",
    unit: { sp: "sp", percent: "%", hours: "uren", days: "dagen" },
    summary: {
      heading: (decisions, outcomes) => `Overzicht: ${decisions} ${decisions === 1 ? "beslissing" : "beslissingen"}, ${outcomes} ${outcomes === 1 ? "uitkomst" : "uitkomsten"}`,
      columns: { article: "bepaling", decision: "beslissing", outcome: "uitkomst", decidedBy: "beslist door" },
      notApplicableRows: (count) => `(en ${count} ${count === 1 ? "beslissing van de algemene tekst die" : "beslissingen van de algemene tekst die"} niet van toepassing ${count === 1 ? "is" : "zijn"})`,
      noRule: "geen regel",
      explained: (shown, all) => `Uitgelegd: ${shown} van ${all === 1 ? "de 1 uitkomst" : `de ${all} uitkomsten`} (beslist door een facultaire tekst, of niet toegestaan, vastgesteld of niet van toepassing); --verbose legt elke uitkomst uit.`,
    },
  },
  en: {
    outcome: outcomes("en", "Undetermined", "Conflict"),
    missing: "missing facts",
    conflictBetween: "conflicting rules of equal rank",
    decidedBy: "decided by",
    rule: "rule",
    saw: "seen",
    parameter: "parameter",
    definition: "definition",
    given: "given as",
    instead: "instead of",
    decided: "decided",
    from: "from",
    quote: "text",
    notApplied: "did not apply",
    noRule: "no rule applies",
    receipt: "receipt",
    receiptFields: { rules: "rules", engine: "engine", input: "input" },
    article: "art.",
    items: (count) => `[${count} items]`,
    record: "{…}",
    none: "null",
    conflictValue: "conflict",
    term: "term",
    stepByStep: (count) => `step by step (${count} ${count === 1 ? "step" : "steps"})`,
    step: "step",
    because: "because",
    unchanged: "unchanged",
    whatIf: (fact, to, from, outcome) => `what would have to change: with ${fact} = ${to} (now ${from}) it would be ${outcome}`,
    true: "true",
    false: "false",
    role: { general: "general text", supplement: "faculty supplement", deviation: "faculty deviation" },
    campus: "campus",
    unit: { sp: "sp", percent: "%", hours: "hours", days: "days" },
    summary: {
      heading: (decisions, outcomes) => `Summary: ${decisions} ${decisions === 1 ? "decision" : "decisions"}, ${outcomes} ${outcomes === 1 ? "outcome" : "outcomes"}`,
      columns: { article: "provision", decision: "decision", outcome: "outcome", decidedBy: "decided by" },
      notApplicableRows: (count) => `(and ${count} ${count === 1 ? "decision of the general text that does" : "decisions of the general text that do"} not apply)`,
      noRule: "no rule",
      explained: (shown, all) => `Explained: ${shown} of ${all === 1 ? "the 1 outcome" : `the ${all} outcomes`} (decided by a faculty text, or not allowed, determined or not applicable); --verbose explains every outcome.`,
    },
  },
};
