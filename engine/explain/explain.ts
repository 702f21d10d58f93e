/**
 * Explanations: a decision rendered as sentences in Dutch (default) or English that cite the article,
 * its paragraph and the faculty text that decided, quote the provision, and show the values the rule
 * saw — e.g. "Geweigerd (art. 22 §2, Minimumgrens studiepunten): …".
 */
import { OUTCOME_LABELS, type Lang } from "../../dsl/index.js";
import type { RegulationVersion } from "../check/index.js";
import type { DecisionResult, EvaluationResult, WhatIf } from "../evaluate/index.js";
import type { GlossaryTerm, Provision } from "../load/index.js";
import type { Observation, RuleTrace } from "../runtime/index.js";

const WORDS = {
  nl: {
    undetermined: "Onbepaald",
    conflict: "Conflict",
    missing: "ontbrekende gegevens",
    conflictBetween: "tegenstrijdige regels van gelijke rang",
    decidedBy: "beslist door",
    rule: "regel",
    saw: "gezien",
    parameter: "parameter",
    definition: "definitie",
    from: "uit",
    quote: "tekst",
    notApplied: "niet toegepast",
    noRule: "geen regel van toepassing",
    receipt: "ontvangstbewijs",
    term: "begrip",
    whatIf: (fact: string, to: string, from: string, outcome: string) => `wat zou moeten veranderen: met ${fact} = ${to} (nu ${from}) zou het ${outcome} zijn`,
    true: "waar",
    false: "onwaar",
    general: "algemeen",
    faculty: "faculteit",
    campus: "campus",
    programme: "opleiding",
  },
  en: {
    undetermined: "Undetermined",
    conflict: "Conflict",
    missing: "missing facts",
    conflictBetween: "conflicting rules of equal rank",
    decidedBy: "decided by",
    rule: "rule",
    saw: "seen",
    parameter: "parameter",
    definition: "definition",
    from: "from",
    quote: "text",
    notApplied: "did not apply",
    noRule: "no rule applies",
    receipt: "receipt",
    term: "term",
    whatIf: (fact: string, to: string, from: string, outcome: string) => `what would have to change: with ${fact} = ${to} (now ${from}) it would be ${outcome}`,
    true: "true",
    false: "false",
    general: "general",
    faculty: "faculty",
    campus: "campus",
    programme: "programme",
  },
} as const;

function outcomeWord(d: DecisionResult, lang: Lang): string {
  if (d.outcome === "undetermined") return WORDS[lang].undetermined;
  if (d.outcome === "conflict") return WORDS[lang].conflict;
  return OUTCOME_LABELS[d.outcome][lang];
}

function pick(label: { nl: string; en: string | null } | null, lang: Lang): string | null {
  if (!label) return null;
  return lang === "en" && label.en ? label.en : label.nl;
}

function showValue(display: string, lang: Lang): string {
  if (display === "true") return WORDS[lang].true;
  if (display === "false") return WORDS[lang].false;
  return localiseUnits(display, lang);
}

/** Origins are recorded in Dutch (the regulation's language); English explanations translate the kind. */
function localiseOrigin(origin: string, lang: Lang): string {
  if (lang === "nl") return origin;
  return origin.replace(/ algemeen$/, " general text").replace("facultaire aanvulling", "faculty supplement").replace("facultaire afwijking", "faculty deviation");
}

/** Values are displayed with English unit words; Dutch explanations say uren and dagen. */
function localiseUnits(display: string, lang: Lang): string {
  if (lang === "en") return display;
  return display.replace(/(\d) hours\b/g, "$1 uren").replace(/(\d) days\b/g, "$1 dagen");
}

function observationLine(o: Observation, lang: Lang): string {
  const w = WORDS[lang];
  switch (o.kind) {
    case "fact":
      return `${o.path} = ${showValue(o.display, lang)}`;
    case "condition":
      return `${lang === "nl" ? o.text_nl : o.text} → ${showValue(o.display, lang)}`;
    case "parameter":
    case "definition": {
      const label = pick(o.label, lang);
      return `${o.name} = ${showValue(o.display, lang)} (${o.kind === "parameter" ? w.parameter : w.definition}${label ? `: ${label}` : ""}; ${w.from} ${localiseOrigin(o.origin, lang)}, ${o.source.file}:${o.source.line})`;
    }
  }
}

/** The provision quoted for a decision: the one of its paragraph, else the file's first. */
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

export function explainDecision(d: DecisionResult, version: RegulationVersion, lang: Lang, verbose = false, whatIf: WhatIf | null = null): string {
  const w = WORDS[lang];
  const where = [/^\d/.test(d.article) ? `art. ${d.article}` : d.article, d.paragraph].filter(Boolean).join(" ");
  const title = pick(d.label, lang) ?? d.id;
  const value = d.display ? `: ${localiseUnits(d.display, lang)}` : "";
  const item = d.item?.label ? ` «${d.item.label}»` : "";
  const lines: string[] = [`${outcomeWord(d, lang)}${value} (${where}, ${title}${item}) — ${d.id}`];
  const reason = pick(d.reason, lang);
  if (d.outcome === "undetermined") lines.push(`  ${w.missing}: ${d.missing.join(", ")}`);
  else if (d.outcome === "conflict") lines.push(`  ${w.conflictBetween}: ${d.conflict.join(" ↔ ")}`);
  else if (reason) lines.push(`  «${reason}»`);
  if (d.source) lines.push(`  ${w.decidedBy}: ${localiseOrigin(d.origin, lang)} (${d.source.file}:${d.source.line})`);
  else if (d.outcome === "not_applicable") lines.push(`  ${w.noRule}`);
  const provision = provisionFor(version, d);
  if (provision) {
    const quote = lang === "en" && provision.quote_en ? provision.quote_en : provision.quote;
    lines.push(`  ${w.quote} ${provision.paragraph}: “${quote}”`);
  }
  for (const term of termsIn(version, [pick(d.label, lang), d.item?.label, reason, provision?.quote].filter((t): t is string => Boolean(t)).join(" "))) {
    const definition = lang === "en" && term.definition_en ? term.definition_en : term.definition;
    lines.push(`  ${w.term} ${term.term}: ${definition}`);
  }
  if (whatIf) {
    const label = whatIf.outcome === "undetermined" || whatIf.outcome === "conflict" ? whatIf.outcome : OUTCOME_LABELS[whatIf.outcome][lang].toLowerCase();
    lines.push(`  ${w.whatIf(whatIf.fact, showValue(whatIf.display, lang), showValue(String(whatIf.from), lang), label)}`);
  }
  const considered = d.trace?.considered ?? [];
  const decisive = considered.filter((r) => r.applied !== false || verbose);
  for (const rule of decisive) lines.push(...ruleLines(rule, lang));
  return lines.join("\n");
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

function ruleLines(rule: RuleTrace, lang: Lang): string[] {
  const w = WORDS[lang];
  const mark = rule.applied === true ? "✓" : rule.applied === "undetermined" ? "?" : "✗";
  const out = [`  ${mark} ${w.rule} (${localiseOrigin(rule.origin, lang)}, ${rule.source.file}:${rule.source.line}): ${lang === "nl" ? rule.text_nl : rule.text}${rule.applied === false ? ` — ${w.notApplied}` : ""}`];
  const seen = new Set<string>();
  const facts = new Set(rule.observations.filter((o) => o.kind === "fact").map((o) => `${o.path} = ${o.display}`));
  for (const o of rule.observations) {
    // `kind = "bridging" → waar` says no more than the fact line `kind = "bridging"` above it.
    if (o.kind === "condition" && o.value === true && facts.has(o.text)) continue;
    const line = observationLine(o, lang);
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(`      ${w.saw}: ${line}`);
  }
  return out;
}

export function explainResult(result: EvaluationResult, version: RegulationVersion, lang: Lang, verbose = false, whatIfs: ReadonlyMap<string, WhatIf> = new Map()): string {
  const w = WORDS[lang];
  const header = `${result.regulation.title} (${result.regulation.id} ${result.regulation.version})`;
  const body = result.decisions.map((d) => explainDecision(d, version, lang, verbose, whatIfs.get(d.id) ?? null)).join("\n\n");
  const r = result.receipt;
  const scope = Object.entries(r.scope).map(([k, v]) => `${k}=${v}`).join(", ");
  const receipt = `${w.receipt}: ${r.regulation} ${r.version}${scope ? ` [${scope}]` : ""}, rules ${r.rules_hash.slice(0, 16)}, engine ${r.engine_version}, input ${r.input_hash.slice(0, 16)}`;
  return `${header}\n\n${body}\n\n${receipt}\n`;
}
