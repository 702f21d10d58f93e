/**
 * Decision references: a rule reads another decision's result. `outcome(art24.credit_limit_deviation)`
 * (Dutch `uitkomst(…)`) is that decision's outcome after layers, compared with an outcome word
 * (`= allowed`, `in [allowed, discretionary]`); `value(…)` (`waarde(…)`) is the value of a
 * `determined` decision. A decision per element (`for each c in courses`) is read for one element,
 * named as the second argument: `outcome(art47.second_period_retake, c)`.
 * The words are not reserved: they are function names, recognised where they are called.
 */
import type { KeywordSpelling } from "./keywords.js";

export type DecisionRead = "outcome" | "value";

export const DECISION_READS: Readonly<Record<DecisionRead, KeywordSpelling>> = {
  outcome: { en: "outcome", nl: "uitkomst" },
  value: { en: "value", nl: "waarde" },
};

/** Which read a function word asks for, in either language; undefined for any other word. */
export function decisionReadOf(word: string): DecisionRead | undefined {
  for (const [read, spelling] of Object.entries(DECISION_READS) as [DecisionRead, KeywordSpelling][]) {
    if (spelling.en === word || spelling.nl === word) return read;
  }
  return undefined;
}

/** What the editor says about `outcome` / `value` (completion and hover). */
export const DECISION_READ_DOC: Readonly<Record<DecisionRead, { readonly signature: KeywordSpelling; readonly doc: KeywordSpelling }>> = {
  outcome: {
    signature: { en: "outcome(artN.decision) or outcome(artN.decision, c)", nl: "uitkomst(artN.beslissing) of uitkomst(artN.beslissing, c)" },
    doc: {
      en: "Another decision's outcome for this student, after the faculty texts that apply: compare it with an outcome (`= allowed`). Undetermined or in conflict, the read is too. A decision per element is read for one element.",
      nl: "De uitkomst van een andere beslissing voor deze student, na de facultaire teksten die gelden: vergelijk ze met een uitkomst (`= toegestaan`). Is die onbepaald of in conflict, dan ook de lezing. Een beslissing per element wordt voor één element gelezen.",
    },
  },
  value: {
    signature: { en: "value(artN.decision)", nl: "waarde(artN.beslissing)" },
    doc: {
      en: "The value of a `determined` decision for this student (a number of credits, a date); none where it decided without a value.",
      nl: "De waarde van een `vastgesteld`e beslissing voor deze student (studiepunten, een datum); geen als ze zonder waarde besliste.",
    },
  },
};
