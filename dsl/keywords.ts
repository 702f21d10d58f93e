/**
 * The two keyword sets of the rule language over one grammar (as Catala has one per language).
 * Each keyword has one canonical (English) name that the parser and the AST use; the Dutch word is
 * an alternative spelling of the same token. The formatter prints a file in the language it was
 * written in, so a policy officer sees back the words they typed.
 */
export type Lang = "en" | "nl";

export interface KeywordSpelling {
  readonly en: string;
  readonly nl: string;
}

/** Structural keywords. Names are the token names. */
export const KEYWORDS = {
  Parameter: { en: "parameter", nl: "parameter" },
  Definition: { en: "definition", nl: "definitie" },
  Decision: { en: "decision", nl: "beslissing" },
  Exception: { en: "exception", nl: "uitzondering" },
  To: { en: "to", nl: "op" },
  Set: { en: "set", nl: "wijzig" },
  If: { en: "if", nl: "als" },
  /** Also closes a conditional expression: `if a then b otherwise c`. */
  Otherwise: { en: "otherwise", nl: "anders" },
  With: { en: "with", nl: "met" },
  And: { en: "and", nl: "en" },
  Or: { en: "or", nl: "of" },
  Not: { en: "not", nl: "niet" },
  For: { en: "for", nl: "voor" },
  Each: { en: "each", nl: "elke" },
  In: { en: "in", nl: "in" },
  Where: { en: "where", nl: "waarvan" },
  True: { en: "true", nl: "waar" },
  False: { en: "false", nl: "onwaar" },
  Then: { en: "then", nl: "dan" },
  /**
   * A running total over an ordered list: `accumulate(s = 0 sp for y in years then s + …)`. It
   * terminates by construction: one step per element of a finite list, no recursion.
   */
  Accumulate: { en: "accumulate", nl: "accumuleer" },
} as const satisfies Record<string, KeywordSpelling>;

export type KeywordName = keyof typeof KEYWORDS;

/** Aggregates over lists: `sum(c.credits for c in courses where c.semester = "second")`. */
export const AGGREGATES = {
  sum: { en: "sum", nl: "som" },
  count: { en: "count", nl: "aantal" },
  all: { en: "all", nl: "alle" },
  any: { en: "any", nl: "enige" },
  /** The smallest and largest value: the earliest deadline, the lowest mark. */
  smallest: { en: "smallest", nl: "kleinste" },
  largest: { en: "largest", nl: "grootste" },
} as const satisfies Record<string, KeywordSpelling>;

export type AggregateName = keyof typeof AGGREGATES;

/** The fixed vocabulary of decision outcomes (design brief, "Decision"). */
export const OUTCOMES = {
  allowed: { en: "allowed", nl: "toegestaan" },
  refused: { en: "refused", nl: "geweigerd" },
  required: { en: "required", nl: "verplicht" },
  warning: { en: "warning", nl: "waarschuwing" },
  not_applicable: { en: "not_applicable", nl: "niet_van_toepassing" },
  discretionary: { en: "discretionary", nl: "discretionair" },
  determined: { en: "determined", nl: "vastgesteld" },
} as const satisfies Record<string, KeywordSpelling>;

export type Outcome = keyof typeof OUTCOMES;

/** Units of measure. `sp` = studiepunten (ECTS credits). */
export const UNITS = {
  sp: { en: "sp", nl: "sp" },
  percent: { en: "%", nl: "%" },
  hours: { en: "hours", nl: "uren" },
  days: { en: "days", nl: "dagen" },
} as const satisfies Record<string, KeywordSpelling>;

export type UnitName = keyof typeof UNITS;

/** Singular spellings accepted for units ("1 hour", "1 dag"); printed back in the plural. */
export const UNIT_SINGULARS: Readonly<Record<string, UnitName>> = {
  hour: "hours",
  uur: "hours",
  day: "days",
  dag: "days",
};

/** Human labels of outcomes, used in explanations. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, KeywordSpelling>> = {
  allowed: { en: "Allowed", nl: "Toegestaan" },
  refused: { en: "Refused", nl: "Geweigerd" },
  required: { en: "Required", nl: "Verplicht" },
  warning: { en: "Warning", nl: "Waarschuwing" },
  not_applicable: { en: "Not applicable", nl: "Niet van toepassing" },
  discretionary: { en: "Discretionary", nl: "Discretionair" },
  determined: { en: "Determined", nl: "Vastgesteld" },
};


/** Map any spelling (en or nl) of an outcome to its canonical name. */
export function outcomeFromWord(word: string): Outcome | undefined {
  for (const [name, spelling] of Object.entries(OUTCOMES)) {
    if (spelling.en === word || spelling.nl === word) return name as Outcome;
  }
  return undefined;
}
