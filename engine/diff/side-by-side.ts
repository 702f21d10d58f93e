/**
 * One student under two versions, decision by decision: the old and the new explanation side by
 * side, as `eval` words them, and whether the decision changed (its outcome, value or deciding
 * rule). Text gives per decision a "before / after" block; HTML two columns.
 */
import type { Lang } from "../../dsl/index.js";
import type { RegulationVersion } from "../check/index.js";
import type { DecisionResult, EvaluationResult } from "../evaluate/index.js";
import { explainDecision } from "../explain/index.js";
import { escapeHtml } from "./render-html.js";

export interface SideBySideRow {
  readonly id: string;
  readonly changed: boolean;
  readonly old: { readonly outcome: string; readonly text: string } | null;
  readonly new: { readonly outcome: string; readonly text: string } | null;
}

function sameDecision(a: DecisionResult, b: DecisionResult): boolean {
  return a.outcome === b.outcome && JSON.stringify(a.value) === JSON.stringify(b.value) && a.rule === b.rule;
}

/** `only`: the decision ids to show (all by default), in the new version's order, then the removed ones. */
export function sideBySide(oldVersion: RegulationVersion, newVersion: RegulationVersion, before: EvaluationResult, after: EvaluationResult, lang: Lang, only: (id: string) => boolean = () => true): SideBySideRow[] {
  const old = new Map(before.decisions.map((d) => [d.id, d]));
  const next = new Map(after.decisions.map((d) => [d.id, d]));
  const ids = [...new Set([...next.keys(), ...old.keys()])].filter(only);
  return ids.map((id) => {
    const a = old.get(id);
    const b = next.get(id);
    return {
      id,
      changed: !a || !b || !sameDecision(a, b),
      old: a ? { outcome: a.outcome, text: explainDecision(a, oldVersion, lang) } : null,
      new: b ? { outcome: b.outcome, text: explainDecision(b, newVersion, lang) } : null,
    };
  });
}

const WORDS = {
  nl: { before: "voor", after: "na", unchanged: "ongewijzigd", absent: "bestaat niet", decision: "beslissing", changed: "beslissingen met een andere uitkomst of regel" },
  en: { before: "before", after: "after", unchanged: "unchanged", absent: "does not exist", decision: "decision", changed: "decisions with another outcome or rule" },
} as const;

const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);

export function renderSideBySideText(rows: readonly SideBySideRow[], oldLabel: string, newLabel: string, lang: Lang): string {
  const w = WORDS[lang];
  const out = [`${rows.filter((r) => r.changed).length} ${w.changed} (${oldLabel} → ${newLabel})`];
  for (const r of rows.filter((r) => r.changed)) {
    const from = r.old?.outcome ?? w.absent;
    const to = r.new?.outcome ?? w.absent;
    out.push("", `~ ${r.id}: ${from} → ${to}`, `  ${w.before} (${oldLabel}):`, r.old ? indent(r.old.text, "    ") : `    ${w.absent}`, `  ${w.after} (${newLabel}):`, r.new ? indent(r.new.text, "    ") : `    ${w.absent}`);
  }
  const same = rows.filter((r) => !r.changed);
  // The unchanged decisions by name only: their two explanations say the same.
  if (same.length > 0) out.push("", `= ${w.unchanged} (${same.length}): ${same.map((r) => `${r.id} ${r.new!.outcome}`).join(", ")}`);
  return out.join("\n") + "\n";
}

/** Two columns, one row per decision; changed rows first, marked. */
export function renderSideBySideHtml(rows: readonly SideBySideRow[], oldLabel: string, newLabel: string, lang: Lang): string {
  const w = WORDS[lang];
  const cell = (side: SideBySideRow["old"]) => (side ? `<pre>${escapeHtml(side.text)}</pre>` : `<p>${w.absent}</p>`);
  const ordered = [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
  const body = ordered.map((r) => `<tr class="${r.changed ? "changed" : ""}"><td><code>${escapeHtml(r.id)}</code>${r.changed ? "" : `<br><small>${w.unchanged}</small>`}</td><td>${cell(r.old)}</td><td>${cell(r.new)}</td></tr>`);
  return `<table class="side-by-side"><tr><th>${w.decision}</th><th>${w.before}: ${escapeHtml(oldLabel)}</th><th>${w.after}: ${escapeHtml(newLabel)}</th></tr>\n${body.join("\n")}\n</table>`;
}
