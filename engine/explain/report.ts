/**
 * The report `regelwerk eval` prints for a student: a one-screen summary first (per decision its
 * article, outcome and the layer and file that decided), then the explanations worth reading — what
 * a faculty text decided and every outcome that is not a plain "yes" of the general text — and the
 * receipt. `verbose` explains every outcome in full. A decision per course counts its outcomes on
 * one row, so the summary stays one screen for a student with many courses.
 */
import type { Lang } from "../../dsl/index.js";
import type { ResultOutcome } from "../evaluate/index.js";
import type { DecisionExplanation, Explanation } from "./explanation.js";
import { headerText, layerText, receiptText, renderDecision, valueText, type Emphasis, type RenderOptions, type Style } from "./render.js";
import { WORDS, type Words } from "./words.js";

/** Outcomes that ask for a reading even when the general text decided them. */
const WORTH_EXPLAINING: ReadonlySet<ResultOutcome> = new Set(["refused", "warning", "required", "discretionary", "undetermined", "conflict"]);

/** A faculty, campus or programme text decided it, or the outcome is not a plain yes/no-matter. */
export function worthExplaining(d: DecisionExplanation): boolean {
  return (d.decidedBy !== null && d.decidedBy.layer !== "general") || WORTH_EXPLAINING.has(d.outcome);
}

export function renderReport(tree: Explanation, lang: Lang, options: RenderOptions = {}): string {
  const w = WORDS[lang];
  const style: Style = options.style ?? ((_e, text) => text);
  const shown = options.verbose ? tree.decisions : tree.decisions.filter(worthExplaining);
  const parts = [headerText(tree, lang, style), summaryText(tree.decisions, lang, style, options.verbose === true)];
  if (!options.verbose) parts.push(style("muted", w.summary.explained(shown.length, tree.decisions.length)));
  parts.push(...shown.map((d) => renderDecision(d, lang, options)), receiptText(tree, lang));
  return parts.join("\n\n") + "\n";
}

interface Row {
  readonly article: string;
  readonly decision: string;
  /** The outcome column in parts, each styled by its outcome once the column is padded. */
  readonly outcome: readonly { readonly emphasis: Emphasis; readonly text: string }[];
  readonly decidedBy: string;
  readonly notApplicable: boolean;
}

const plainOutcome = (r: Row) => r.outcome.map((p) => p.text).join(", ");

/** The table: one row per decision (the outcomes of a decision per course counted on its row). */
export function summaryText(decisions: readonly DecisionExplanation[], lang: Lang, style: Style, verbose: boolean): string {
  const w = WORDS[lang];
  const groups = new Map<string, DecisionExplanation[]>();
  for (const d of decisions) {
    const key = d.id.replace(/\[[^\]]*\]$/, "");
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const rows = [...groups].map(([id, ds]) => rowOf(id, ds, w));
  const listed = verbose ? rows : rows.filter((r) => !r.notApplicable);
  const c = w.summary.columns;
  const head: Row = { article: c.article, decision: c.decision, outcome: [{ emphasis: "muted", text: c.outcome }], decidedBy: c.decidedBy, notApplicable: false };
  const widths = {
    article: Math.max(...[head, ...listed].map((r) => r.article.length)),
    decision: Math.max(...[head, ...listed].map((r) => r.decision.length)),
    outcome: Math.max(...[head, ...listed].map((r) => plainOutcome(r).length)),
  };
  const line = (r: Row, outcome: string) =>
    `  ${r.article.padEnd(widths.article)}  ${r.decision.padEnd(widths.decision)}  ${outcome}${" ".repeat(widths.outcome - plainOutcome(r).length)}  ${r.decidedBy}`.trimEnd();
  const lines = [
    style("heading", w.summary.heading(groups.size, decisions.length)),
    style("muted", line(head, plainOutcome(head))),
    ...listed.map((r) => line(r, r.outcome.map((p) => style(p.emphasis, p.text)).join(", "))),
  ];
  const hidden = rows.length - listed.length;
  if (hidden > 0) lines.push(style("muted", `  ${w.summary.notApplicableRows(hidden)}`));
  return lines.join("\n");
}

function rowOf(id: string, ds: readonly DecisionExplanation[], w: Words): Row {
  const first = ds[0]!;
  const article = [/^\d/.test(first.article) ? `${w.article} ${first.article}` : first.article, first.paragraph].filter(Boolean).join(" ");
  const counts = new Map<ResultOutcome, number>();
  for (const d of ds) counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
  const outcome =
    ds.length === 1
      ? [{ emphasis: first.outcome, text: `${w.outcome[first.outcome]}${first.value ? `: ${valueText(first.value, w)}` : ""}` }]
      : [...counts].map(([o, n]) => ({ emphasis: o, text: `${n}× ${w.outcome[o]}` }));
  const deciders = [...new Set(ds.map((d) => deciderText(d, w)))];
  return { article, decision: ds.length === 1 ? id : `${id} (${ds.length}×)`, outcome, decidedBy: deciders.join("; "), notApplicable: counts.size === 1 && counts.has("not_applicable") && !ds.some(worthExplaining) };
}

/** "algemeen" / "facultaire aanvulling IIW (art-22/iiw.yaml)": the layer, and the file when it is not the general text. */
function deciderText(d: DecisionExplanation, w: Words): string {
  if (!d.decidedBy) return w.summary.noRule;
  const who = d.decidedBy.origins.map((o) => layerText(o, w)).join(" / ");
  if (d.decidedBy.layer === "general") return who;
  return `${who} (${d.decidedBy.source.file.split("/").slice(-2).join("/")})`;
}
