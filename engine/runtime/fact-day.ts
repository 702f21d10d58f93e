/**
 * A date fact's ISO text as a day number, for the generated code and the closures alike. A cohort
 * has few distinct dates, so each text is parsed once (the cache is emptied when it grows large);
 * parsing at every read took ≈ 6 % of a traced evaluation of the whole regulation (ad hoc run).
 */
import { dayFromIso } from "../../dsl/index.js";

const days = new Map<string, number | null>();

/** The day of `iso`, or null when the text is no calendar date. */
export function factDay(iso: string): number | null {
  let d = days.get(iso);
  if (d === undefined) {
    if (days.size >= 4096) days.clear();
    d = dayFromIso(iso);
    days.set(iso, d);
  }
  return d;
}
