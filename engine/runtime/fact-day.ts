/**
 * A date fact's ISO text as a day number (null when the text is no calendar date), for the
 * generated code and the closures alike, each text parsed once: parsing at every read took ≈ 6 % of
 * a traced evaluation of the whole regulation (ad hoc run).
 */
import { dayFromIso } from "../../dsl/index.js";
import { boundedMemo } from "./bounded-memo.js";

export const factDay: (iso: string) => number | null = boundedMemo(dayFromIso);
