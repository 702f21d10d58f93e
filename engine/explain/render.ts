/**
 * Render an explanation tree as text in Dutch or English — e.g. "Geweigerd (art. 22 §2,
 * Minimumgrens studiepunten): …" — with the words of words.ts; nothing here depends on the language.
 */
import type { Lang } from "../../dsl/index.js";
import type { Origin } from "../load/index.js";
import type { ResultOutcome } from "../evaluate/index.js";
import type { DecisionExplanation, DecisionReadNode, Explanation, FoldStepNode, ObservationNode, RuleExplanation, Text, ValueNode } from "./explanation.js";
import { WORDS, type Words } from "./words.js";

/** What a piece of text stands for, so that a terminal can colour it; the words stay the same. */
export type Emphasis = ResultOutcome | "heading" | "muted";
export type Style = (emphasis: Emphasis, text: string) => string;
const plain: Style = (_emphasis, text) => text;

export interface RenderOptions {
  /** Also show the rules that were considered and did not apply. */
  readonly verbose?: boolean;
  /** Colour or other markup around outcomes and headings (none by default). */
  readonly style?: Style;
}

export function renderExplanation(tree: Explanation, lang: Lang, options: RenderOptions = {}): string {
  const body = tree.decisions.map((d) => renderDecision(d, lang, options)).join("\n\n");
  return `${headerText(tree, lang, options.style ?? plain)}\n\n${body}\n\n${receiptText(tree, lang)}\n`;
}

/**
 * "Onderwijs- en examenreglement KU Leuven 2020-2021 (kuleuven-oer 2020-2021)"; in another language
 * than the regulation's own, the id and version only: an English explanation starts in English.
 */
export function headerText(tree: Explanation, lang: Lang, style: Style): string {
  const { id, title, version, language } = tree.regulation;
  return style("heading", language === lang ? `${title} (${id} ${version})` : `${id} ${version}`);
}

export function receiptText(tree: Explanation, lang: Lang): string {
  const w = WORDS[lang];
  const r = tree.receipt;
  const scope = Object.entries(r.scope).map(([k, v]) => `${k}=${v}`).join(", ");
  const f = w.receiptFields;
  return `${w.receipt}: ${r.regulation} ${r.version}${scope ? ` [${scope}]` : ""}, ${f.rules} ${r.rules_hash.slice(0, 16)}, ${f.engine} ${r.engine_version}, ${f.input} ${r.input_hash.slice(0, 16)}`;
}

function inLang(text: Text | null, lang: Lang): string | null {
  if (!text) return null;
  return lang === "en" && text.en ? text.en : text.nl;
}

function startsWithDigit(text: string): boolean {
  const c = text.charAt(0);
  return c !== "" && "0123456789".includes(c);
}

export function renderDecision(d: DecisionExplanation, lang: Lang, options: RenderOptions = {}): string {
  const w = WORDS[lang];
  const where = [startsWithDigit(d.article) ? `${w.article} ${d.article}` : d.article, d.paragraph].filter(Boolean).join(" ");
  const title = inLang(d.label, lang) ?? d.id;
  const value = d.value ? `: ${valueText(d.value, w)}` : "";
  const item = d.item?.label ? ` «${d.item.label}»` : "";
  const style = options.style ?? plain;
  const lines: string[] = [`${style(d.outcome, `${w.outcome[d.outcome]}${value}`)} (${where}, ${title}${item}) — ${d.id}`];
  const reason = inLang(d.reason, lang);
  if (d.outcome === "undetermined") lines.push(`  ${w.missing}: ${d.missing.join(", ")}`);
  else if (d.outcome === "conflict") lines.push(`  ${w.conflictBetween}: ${d.conflict.join(" ↔ ")}`);
  else if (reason) lines.push(`  «${reason}»`);
  if (d.decidedBy) lines.push(`  ${w.decidedBy}: ${d.decidedBy.origins.map((o) => originText(o, w)).join(" / ")} (${d.decidedBy.source.file}:${d.decidedBy.source.line})`);
  else if (d.outcome === "not_applicable") lines.push(`  ${w.noRule}`);
  if (d.provision) lines.push(`  ${w.quote} ${d.provision.paragraph}: “${inLang(d.provision.quote, lang)}”`);
  for (const term of d.terms[lang]) lines.push(`  ${w.term} ${term.term}: ${inLang(term.definition, lang)}`);
  if (d.whatIf) lines.push(`  ${w.whatIf(d.whatIf.fact, valueText(d.whatIf.to, w), valueText(d.whatIf.from, w), w.outcome[d.whatIf.outcome].toLowerCase())}`);
  for (const rule of d.rules) if (rule.applied !== false || options.verbose) lines.push(...ruleLines(rule, lang));
  return lines.join("\n");
}

function ruleLines(rule: RuleExplanation, lang: Lang): string[] {
  const w = WORDS[lang];
  const mark = rule.applied === true ? "✓" : rule.applied === "undetermined" ? "?" : "✗";
  const text = lang === "nl" ? rule.text_nl : rule.text;
  const out = [`  ${mark} ${w.rule} (${originText(rule.origin, w)}, ${rule.source.file}:${rule.source.line}): ${text}${rule.applied === false ? ` — ${w.notApplied}` : ""}`];
  for (const o of rule.observations) {
    out.push(`      ${w.saw}: ${observationText(o, lang)}`);
    if (o.kind === "fold") for (const step of o.steps) out.push(`        ${stepText(step, lang)}`);
  }
  return out;
}

function observationText(o: ObservationNode, lang: Lang): string {
  const w = WORDS[lang];
  switch (o.kind) {
    case "fact":
      return `${o.path} = ${valueText(o.value, w)}`;
    case "condition":
      return `${lang === "nl" ? o.text_nl : o.text} → ${valueText(o.value, w)}`;
    case "parameter":
    case "definition": {
      const label = inLang(o.label, lang);
      // A derived fact the context gave: reported as given (the fact), not as what the rule computes.
      const given = o.given !== undefined ? `${w.given} ${o.given}; ` : "";
      // A definition of an element: "art47.no_credit(A1) = waar (definitie: …; omdat … → onwaar; uit …)".
      const called = o.argument !== undefined ? `(${o.argument})` : "";
      const why = (o.why ?? []).map((r) => `${lang === "nl" ? r.text_nl : r.text} → ${valueText(r.value, w)}`).join("; ");
      // Given facts that overrode a derived fact inside its computation: "opgegeven als history[1].credits_earned = 36 sp in plaats van courses_credits_earned".
      const overrides = (o.overrides ?? []).map((g) => `; ${w.given} ${g.path} = ${valueText(g.value, w)} ${w.instead} ${lang === "nl" ? g.instead_nl : g.instead}`).join("");
      return `${o.name}${called} = ${valueText(o.value, w)} (${given}${o.kind === "parameter" ? w.parameter : w.definition}${label ? `: ${label}` : ""}${why ? `; ${w.because} ${why}` : ""}; ${w.from} ${originText(o.origin, w)}, ${o.source.file}:${o.source.line}${overrides})`;
    }
    case "fold": {
      const label = inLang(o.label, lang);
      return `${o.name ? `${o.name}${label ? ` (${label})` : ""}: ` : ""}${lang === "nl" ? o.text_nl : o.text} = ${valueText(o.value, w)}, ${w.stepByStep(o.steps.length)}:`;
    }
    case "decision":
      return decisionReadText(o, lang);
  }
}

/**
 * "omdat art. 24 §2 besliste: toegestaan (art24.credit_limit_deviation «reden»; beslist door art. 24
 * algemeen, art-24/general.yaml:30)": another decision a rule read, with what decided it.
 */
function decisionReadText(o: DecisionReadNode, lang: Lang): string {
  const w = WORDS[lang];
  const where = `${w.article} ${o.article}${o.paragraph ? ` ${o.paragraph}` : ""}`;
  const value = o.value ? ` ${valueText(o.value, w)}` : "";
  const details = [o.id];
  const reason = inLang(o.reason, lang);
  if (o.outcome === "undetermined") details.push(`${w.missing}: ${o.missing.join(", ")}`);
  else if (reason) details.push(`«${reason}»`);
  const by = o.source ? `; ${w.decidedBy} ${originText(o.origin, w)}, ${o.source.file}:${o.source.line}` : "";
  return `${w.because} ${where} ${w.decided}: ${w.outcome[o.outcome].toLowerCase()}${value} (${details.join(" ")}${by})`;
}

/**
 * One step of a fold: "stap 2019: balance 24 sp → 34 sp, rebuilt 0 sp → 10 sp (omdat s.balance <
 * rebuild_ceiling → waar)". A record shows the fields the step changed (all are in the JSON).
 */
function stepText(step: FoldStepNode, lang: Lang): string {
  const w = WORDS[lang];
  const why = step.why.map((r) => `${lang === "nl" ? r.text_nl : r.text} → ${valueText(r.value, w)}`).join("; ");
  return `${w.step} ${step.element}: ${changeText(step.before, step.after, w)}${why ? ` (${w.because} ${why})` : ""}`;
}

function changeText(before: ValueNode, after: ValueNode, w: Words): string {
  if (before.kind !== "record" || after.kind !== "record" || !before.fields || !after.fields) return `${valueText(before, w)} → ${valueText(after, w)}`;
  const was = new Map(before.fields.map((f) => [f.name, valueText(f.value, w)]));
  const changes = after.fields.flatMap((f) => {
    const now = valueText(f.value, w);
    return was.get(f.name) === now ? [] : [`${f.name} ${was.get(f.name) ?? "?"} → ${now}`];
  });
  return changes.length > 0 ? changes.join(", ") : w.unchanged;
}

/** "art. 22 facultaire aanvulling IIW, campus Gent" / "art. 33 general text". */
export function originText(o: Origin, w: Words): string {
  const article = typeof o.article === "number" ? `${w.article} ${o.article}` : (o.title ?? o.article);
  return `${article} ${layerText(o, w)}`;
}

/** "facultaire aanvulling IIW, campus Gent" / "general text": the layer of a file and its scope. */
export function layerText(o: Origin, w: Words): string {
  if (o.role === "general") return w.role.general;
  const where = [o.faculty, o.campus ? `${w.campus} ${o.campus}` : null, o.programmes ? o.programmes.join(", ") : null].filter(Boolean).join(", ");
  return `${w.role[o.role]} ${where}`;
}

/** "25 sp", "12 uren", "2020-11-30", "waar", `"bridging"`. */
export function valueText(v: ValueNode, w: Words): string {
  switch (v.kind) {
    case "boolean":
      return v.value ? w.true : w.false;
    case "number":
      return v.unit ? `${v.value} ${w.unit[v.unit]}` : String(v.value);
    case "date":
      return v.iso;
    case "text":
      return `"${v.value}"`;
    case "list":
      return w.items(v.length);
    case "record":
      return v.fields ? `{ ${v.fields.map((f) => `${f.name}: ${valueText(f.value, w)}`).join(", ")} }` : w.record;
    case "none":
      return w.none;
    case "missing":
      return `? (${v.facts.join(", ")})`;
    case "conflict":
      return `${w.conflictValue} (${v.sources.join(" / ")})`;
  }
}
