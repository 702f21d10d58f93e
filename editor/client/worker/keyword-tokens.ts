/**
 * The rule language's own words in a rules block — keywords in both languages, outcomes, units,
 * texts in quotes and numbers — for highlighting; names are classified by the checker instead.
 */
import { KEYWORDS, OUTCOMES } from "../../../dsl/index.js";
import type { SemanticToken } from "./messages.js";

const WORDS: ReadonlySet<string> = new Set(Object.values(KEYWORDS).flatMap((k) => [k.en, k.nl]));
const OUTCOME_WORDS: ReadonlySet<string> = new Set(Object.values(OUTCOMES).flatMap((o) => [o.en, o.nl]));
const TOKEN = /"(?:[^"\\\n]|\\.)*"|#[^\n]*|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*/g;

export function keywordTokens(text: string, from: number, to: number): SemanticToken[] {
  const out: SemanticToken[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const [word] = m;
    const at = { start: m.index, end: m.index + word.length };
    // A word after a dot is a field of a name, never a keyword.
    if (text[m.index - 1] === ".") continue;
    if (word.startsWith('"')) out.push({ ...at, type: "string" });
    else if (/^\d/.test(word)) out.push({ ...at, type: "number" });
    else if (OUTCOME_WORDS.has(word)) out.push({ ...at, type: "outcome" });
    else if (WORDS.has(word)) out.push({ ...at, type: "keyword" });
  }
  return out;
}
