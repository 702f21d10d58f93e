/**
 * A condition that only compares another decision's outcome with outcome words
 * (`outcome(art24.credit_limit_deviation) = allowed`, `uitkomst(art35.third_enrolment, c) in [...]`)
 * says no more than the decision read beside it ("omdat art. 24 besliste: toegestaan (…; beslist
 * door …)"): the read's outcome settles it, and an undetermined read names the same missing facts.
 * The explanation shows the read once, as the decision read.
 */
import { DECISION_READS } from "../../dsl/index.js";

/**
 * `uitkomst(<name>)` or `uitkomst(<name>, <element>)`, then `=`, `!=` or `in`, then one outcome word
 * or a list of them: the condition as printed with Dutch keywords (text_nl), nothing around it.
 */
const READ_COMPARISON = new RegExp(`^${DECISION_READS.outcome.nl}\\(([A-Za-z_][\\w.]*)(?:, [\\w.]+)?\\) (?:=|!=|in) (?:\\w+|\\[\\w+(?:, \\w+)*\\])$`);

/** The decision a condition compares the outcome of, as written (`art24.x` or `x`); null for any other condition. */
export function comparedRead(textNl: string): string | null {
  return READ_COMPARISON.exec(textNl)?.[1] ?? null;
}

/**
 * Is `written` (a name as the rule wrote it) the decision read as `id` (`art24.x`, or
 * `art35.y[D0H01A]` for one element)? A decision of the rule's own article is written without it.
 */
export function namesRead(written: string, id: string): boolean {
  const bracket = id.indexOf("[");
  const decision = bracket < 0 ? id : id.slice(0, bracket);
  return decision === written || decision.endsWith(`.${written}`);
}
