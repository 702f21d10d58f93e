/**
 * Build the explanation tree of an evaluation: from an EvaluationResult, the regulation version (for
 * the quoted provisions and the glossary) and the what-ifs found for its decisions.
 */
import type { Lang } from "../../dsl/index.js";
import { receiptData, type DecisionResult, type EvaluationResult } from "../evaluate/index.js";
import type { Observation, RuleTrace } from "../runtime/index.js";
import type { WhatIf } from "../evaluate/index.js";
import type { RegulationVersion } from "../check/index.js";
import type { DecisionExplanation, Explanation, GlossaryEntry, ObservationNode, RuleExplanation, Text } from "./explanation.js";
import { provisionFor, termsIn } from "./provision.js";
import { literal, stateNode, valueNode } from "./value-node.js";
import { comparedRead, namesRead } from "./read-comparison.js";

export function buildExplanation(result: EvaluationResult, version: RegulationVersion, whatIfs: ReadonlyMap<string, WhatIf> = new Map()): Explanation {
  return {
    regulation: { id: result.regulation.id, title: result.regulation.title, version: result.regulation.version, language: version.manifest.language },
    decisions: result.decisions.map((d) => buildDecision(d, version, whatIfs.get(d.id) ?? null)),
    // Plain data: an explanation is copied to the editor's page and between threads.
    receipt: receiptData(result.receipt),
  };
}

function inLang(text: Text | null, lang: Lang): string | null {
  if (!text) return null;
  return lang === "en" && text.en ? text.en : text.nl;
}

export function buildDecision(d: DecisionResult, version: RegulationVersion, whatIf: WhatIf | null = null): DecisionExplanation {
  const provision = provisionFor(version, d);
  const termsFor = (lang: Lang): GlossaryEntry[] =>
    termsIn(version, [inLang(d.label, lang), d.item?.label, inLang(d.reason, lang), provision?.quote].filter((t): t is string => Boolean(t)).join(" ")).map((t) => ({
      term: t.term,
      definition: { nl: t.definition, en: t.definition_en ?? null },
    }));
  return {
    id: d.id,
    outcome: d.outcome,
    value: d.value === null ? null : valueNode(d.value, d.unit),
    article: d.article,
    paragraph: d.paragraph,
    label: d.label,
    item: d.item,
    reason: d.reason,
    decidedBy: d.source ? { origins: d.conflict_origins.length > 0 ? d.conflict_origins : [d.origin], layer: d.layer, source: d.source } : null,
    provision: provision ? { paragraph: provision.paragraph, quote: { nl: provision.quote, en: provision.quote_en ?? null } } : null,
    terms: { nl: termsFor("nl"), en: termsFor("en") },
    missing: d.missing,
    conflict: d.conflict,
    whatIf: whatIf ? { fact: whatIf.fact, from: valueNode(whatIf.from, whatIf.unit), to: valueNode(whatIf.to, whatIf.unit), unit: whatIf.unit, outcome: whatIf.outcome } : null,
    rules: (d.trace?.considered ?? []).map(buildRule),
  };
}

function buildRule(rule: RuleTrace): RuleExplanation {
  // `kind = "bridging" → true` says no more than the fact `kind = "bridging"` seen with it.
  const facts = new Set<string>();
  for (const o of rule.observations) {
    const text = o.kind === "fact" ? literal(valueNode(o.value, o.unit)) : null;
    if (o.kind === "fact" && text !== null) facts.add(`${o.path} = ${text}`);
  }
  const seen = new Set<string>();
  const observations: ObservationNode[] = [];
  const folds = new Set(rule.observations.flatMap((o) => (o.kind === "fold" && o.name ? [o.name] : [])));
  const reads = rule.observations.flatMap((o) => (o.kind === "decision" ? [o.id] : []));
  for (const o of rule.observations) {
    if (o.kind === "condition" && o.value === true && facts.has(o.text)) continue;
    // `outcome(art24.x) = allowed → true` says no more than the decision read it compares.
    if (o.kind === "condition" && readShown(o.text_nl, reads)) continue;
    // A definition whose value is a fold is shown by its steps, which name it.
    if (o.kind === "definition" && folds.has(o.name)) continue;
    const node = observationNode(o);
    const key = JSON.stringify(node);
    if (seen.has(key)) continue;
    seen.add(key);
    observations.push(node);
  }
  return { kind: rule.kind, origin: rule.origin, source: rule.source, text: rule.text, text_nl: rule.text_nl, applied: rule.applied, observations };
}

function readShown(textNl: string, reads: readonly string[]): boolean {
  const written = comparedRead(textNl);
  return written !== null && reads.some((id) => namesRead(written, id));
}

function observationNode(o: Observation): ObservationNode {
  const value = valueNode(o.value, o.unit);
  switch (o.kind) {
    case "fact":
      return { kind: "fact", path: o.path, value };
    case "condition":
      return { kind: "condition", text: o.text, text_nl: o.text_nl, value };
    case "parameter":
    case "definition":
      return {
        kind: o.kind,
        name: o.name,
        label: o.label,
        value,
        origin: o.origin,
        source: o.source,
        ...(o.kind === "definition" && o.given !== undefined ? { given: o.given } : {}),
        ...(o.kind === "definition" && o.overrides !== undefined ? { overrides: o.overrides.map((g) => ({ path: g.path, value: valueNode(g.value, g.unit), instead: g.instead, instead_nl: g.instead_nl })) } : {}),
        // A definition of an element, called: the element and what its body tested for it.
        ...(o.kind === "definition" && o.argument !== undefined ? { argument: o.argument, why: (o.why ?? []).map((r) => ({ text: r.text, text_nl: r.text_nl, value: valueNode(r.value, null) })) } : {}),
      };
    case "fold":
      return {
        kind: "fold",
        name: o.name,
        label: o.label,
        text: o.text,
        text_nl: o.text_nl,
        value: stateNode(o.value, o.unit, o.fields),
        steps: o.steps.map((s) => ({
          element: s.element,
          before: stateNode(s.before, o.unit, o.fields),
          after: stateNode(s.after, o.unit, o.fields),
          why: s.why.map((r) => ({ text: r.text, text_nl: r.text_nl, value: valueNode(r.value, null) })),
        })),
      };
    case "decision":
      return {
        kind: "decision",
        id: o.id,
        article: o.article,
        paragraph: o.paragraph,
        label: o.label,
        outcome: o.outcome,
        value: o.value === null || o.value === undefined ? null : valueNode(o.value, o.unit),
        reason: o.reason,
        origin: o.origin,
        source: o.source,
        missing: o.missing,
      };
  }
}
