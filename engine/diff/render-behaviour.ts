/**
 * The behavioural diff as text and as HTML: per decision whose outcome changed for some students,
 * the transitions with their counts, where each version decided, and example students. The HTML
 * draws each decision's transitions as bars (inline SVG, no script) with the table beneath.
 */
import type { Lang } from "../../dsl/index.js";
import { changedDecisions, type BehaviourDiff, type DecisionTransitions } from "./behaviour.js";
import { escapeHtml } from "./render-html.js";
import { renderSideBySideHtml } from "./side-by-side.js";

const WORDS = {
  nl: { students: "studenten", changed: "beslissingen met een andere uitkomst", none: "geen enkele uitkomst verandert", perCourse: "per opleidingsonderdeel: aantallen zijn beslissingen", examples: "bv.", old: "oud", new: "nieuw", unchanged: "ongewijzigd", behaviour: "Gedrag op een cohorte", from: "van", to: "naar", count: "aantal" },
  en: { students: "students", changed: "decisions with another outcome", none: "no outcome changes", perCourse: "per course: counts are decisions", examples: "e.g.", old: "old", new: "new", unchanged: "unchanged", behaviour: "Behaviour on a cohort", from: "from", to: "to", count: "count" },
} as const;

function unchangedCount(d: DecisionTransitions): number {
  return d.transitions.filter((t) => t.from === t.to).reduce((n, t) => n + t.count, 0);
}

export function renderBehaviourText(diff: BehaviourDiff, lang: Lang): string {
  const w = WORDS[lang];
  const changed = changedDecisions(diff);
  const out = [`${diff.students} ${w.students}; ${changed.length} ${w.changed}`];
  if (changed.length === 0) out.push(w.none);
  for (const d of changed) {
    out.push("", `${d.decision}${d.per_element ? ` (${w.perCourse})` : ""}`);
    for (const t of d.transitions.filter((t) => t.from !== t.to)) {
      out.push(`  ${t.from} → ${t.to}: ${t.count}`);
      out.push(`      ${w.old}: ${t.decided_by.old ?? "—"}; ${w.new}: ${t.decided_by.new ?? "—"}`);
      out.push(`      ${w.examples} ${t.examples.join(", ")}`);
    }
    out.push(`  ${w.unchanged}: ${unchangedCount(d)}`);
  }
  return out.join("\n") + "\n";
}

const BAR_WIDTH = 420;

/** One decision's transitions as horizontal bars, the changed ones in colour. */
function chart(d: DecisionTransitions): string {
  const max = Math.max(...d.transitions.map((t) => t.count));
  const rows = d.transitions.map((t, i) => {
    const y = i * 22;
    const width = Math.max(1, Math.round((t.count / max) * BAR_WIDTH));
    const fill = t.from === t.to ? "#bbb" : "#c0392b";
    return `<text x="0" y="${y + 15}" font-size="12">${escapeHtml(`${t.from} → ${t.to}`)}</text><rect x="230" y="${y + 3}" width="${width}" height="16" fill="${fill}"/><text x="${236 + width}" y="${y + 15}" font-size="12">${t.count}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${230 + BAR_WIDTH + 80}" height="${d.transitions.length * 22 + 4}" role="img">${rows.join("")}</svg>`;
}

/** `labels`: how the two versions are named above the explanations of the example students. */
export function behaviourSections(diff: BehaviourDiff, lang: Lang, labels: { readonly old: string; readonly new: string } = { old: WORDS[lang].old, new: WORDS[lang].new }): string {
  const w = WORDS[lang];
  const changed = changedDecisions(diff);
  const out = [`<h2>${w.behaviour}</h2><p>${diff.students} ${w.students}; ${changed.length} ${w.changed}</p>`];
  for (const d of changed) {
    out.push(`<h3><code>${escapeHtml(d.decision)}</code>${d.per_element ? ` <small>${w.perCourse}</small>` : ""}</h3>`, chart(d));
    out.push(`<table><tr><th>${w.from}</th><th>${w.to}</th><th>${w.count}</th><th>${w.old}</th><th>${w.new}</th><th>${w.examples}</th></tr>`);
    for (const t of d.transitions) out.push(`<tr><td>${escapeHtml(t.from)}</td><td>${escapeHtml(t.to)}</td><td>${t.count}</td><td>${escapeHtml(t.decided_by.old ?? "—")}</td><td>${escapeHtml(t.decided_by.new ?? "—")}</td><td>${escapeHtml(t.examples.join(", "))}</td></tr>`);
    out.push("</table>");
    // The example students of each change, their two explanations side by side (folded).
    for (const t of d.transitions) {
      for (const example of t.side_by_side ?? []) {
        if (example.rows.length === 0) continue;
        out.push(`<details><summary>${escapeHtml(example.student)}: ${escapeHtml(t.from)} → ${escapeHtml(t.to)}</summary>\n${renderSideBySideHtml(example.rows, labels.old, labels.new, lang)}\n</details>`);
      }
    }
  }
  return out.join("\n");
}
