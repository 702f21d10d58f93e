/**
 * What a decision cites besides its rules: the provision of the regulation it quotes and the
 * glossary terms its text mentions.
 */
import type { DecisionResult } from "../evaluate/index.js";
import type { RegulationVersion } from "../check/index.js";
import type { GlossaryTerm, Provision } from "../load/index.js";

/**
 * The provision quoted for a decision: among the file's provisions of the deciding paragraph (an
 * exact match first), the one sharing most words with the decision's label and reason — a §1 can
 * hold several provisions (the refund and the second exam chance of art. 25 §1).
 */
export function provisionFor(version: RegulationVersion, d: DecisionResult): Provision | null {
  const file = version.files.find((f) => f.path === d.source?.file) ?? version.files.find((f) => `${f.namespace}` === d.id.split(".")[0] && f.meta.kind === "general");
  if (!file) return null;
  const provisions = file.meta.provisions;
  const paragraph = d.paragraph;
  const exact = provisions.filter((p) => paragraph && p.paragraph === paragraph);
  const candidates = exact.length > 0 ? exact : provisions.filter((p) => paragraph && p.paragraph.startsWith(paragraph));
  if (candidates.length === 0) return provisions[0] ?? null;
  const words = significantWords([d.label?.nl, d.reason?.nl, d.item?.label].filter(Boolean).join(" "));
  let best = candidates[0]!;
  let bestScore = -1;
  for (const p of candidates) {
    const own = significantWords(`${p.paragraph} ${p.quote}`);
    const score = [...words].filter((w) => own.has(w)).length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

function significantWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 4));
}

/** Glossary terms (or their aliases) that occur as words in a text. */
export function termsIn(version: RegulationVersion, text: string): GlossaryTerm[] {
  if (version.glossary.length === 0 || !text) return [];
  const lower = text.toLowerCase();
  return version.glossary.filter((t) =>
    [t.term, ...(t.aliases ?? [])].some((name) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(name.toLowerCase())}($|[^\\p{L}])`, "u").test(lower)),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
