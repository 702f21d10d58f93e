/**
 * Most decisions in a batch record have no value and no missing facts (≈ 92 % for the OER
 * 2020-2021), so their entry, `{"id":…,"outcome":…,"value":null,"file":…,"missing":[]}`, depends only
 * on id, outcome and file, which repeat from student to student: its UTF-8 bytes are kept per
 * (id, outcome, file), with the leading comma that separates it from the previous entry.
 */
import type { DecisionResult } from "../evaluate/index.js";

export interface EntryBytes {
  /** `,{…}`: after another entry. */
  readonly next: Uint8Array;
  /** `{…}`: the first entry (a view of `next` without its comma). */
  readonly first: Uint8Array;
}

interface Kept extends EntryBytes {
  readonly outcome: string;
  readonly file: string | null;
}

/** Entries at most: element keys come from the input (course codes), so ids need not repeat; the cache must not grow with them. */
export const PLAIN_DECISION_LIMIT = 20_000;

const kept = new Map<string, Kept[]>();
let count = 0;
const encoder = new TextEncoder();

export function isPlainDecision(d: DecisionResult): boolean {
  return (d.value === null || d.value === undefined) && d.missing.length === 0;
}

/**
 * The entry's bytes for a plain decision (isPlainDecision) whose file is `file`, given its text
 * `entryText` (called only when not kept yet): the same bytes as encoding that text.
 */
export function plainDecisionBytes(d: DecisionResult, file: string | null, entryText: (d: DecisionResult) => string): EntryBytes {
  const variants = kept.get(d.id);
  if (variants !== undefined) for (const v of variants) if (v.outcome === d.outcome && v.file === file) return v;
  const next = encoder.encode("," + entryText(d));
  const made: Kept = { outcome: d.outcome, file, next, first: next.subarray(1) };
  if (count < PLAIN_DECISION_LIMIT) {
    if (variants === undefined) kept.set(d.id, [made]);
    else variants.push(made);
    count++;
  }
  return made;
}

/** How many entries are kept (tests: the limit holds). */
export function plainDecisionCount(): number {
  return count;
}
