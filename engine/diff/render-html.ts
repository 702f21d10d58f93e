/**
 * The structural diff as one self-contained HTML file (inline style, no script, no external
 * resource), for a policy office to circulate: it reads in any browser without Regelwerk.
 */
import type { Lang } from "../../dsl/index.js";
import type { Change, FileDiff, StatementChange, VersionDiff, WordStep } from "./model.js";
import { summaryOf } from "./summary.js";
import { lineDiff } from "./word-diff.js";
import { diffWords, type DiffWord } from "./words.js";

type Words = Readonly<Record<DiffWord, string>>;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
pre{background:#f8f8f8;padding:.5rem;overflow-x:auto;font-size:13px}.del{background:#fdd}.ins{background:#dfd}
h2{border-bottom:1px solid #ccc;margin-top:2rem}.tag{font-size:12px;border-radius:3px;padding:0 .3rem;background:#eee}
.added{background:#dfd}.removed{background:#fdd}.changed{background:#ffd}.renamed{background:#def}
.side-by-side td{width:45%}.side-by-side pre{white-space:pre-wrap;margin:0}details{margin:.25rem 0 .75rem}summary{cursor:pointer}`;

function tag(change: Change | "renamed", w: Words): string {
  return `<span class="tag ${change}">${escapeHtml(w[change])}</span>`;
}

function words(steps: readonly WordStep[]): string {
  return steps.map((s) => (s.op === "same" ? escapeHtml(s.text) : s.op === "del" ? `<del>${escapeHtml(s.text)}</del>` : `<ins>${escapeHtml(s.text)}</ins>`)).join(" ");
}

function show(value: unknown): string {
  return value === undefined ? "—" : escapeHtml(typeof value === "string" ? value : JSON.stringify(value));
}

function statementHtml(s: StatementChange, w: Words): string {
  const head = `<p>${tag(s.change, w)} ${escapeHtml(w[s.kind])} <code>${escapeHtml(s.name)}</code>${s.oldName ? ` (${escapeHtml(w.renamedFrom)} <code>${escapeHtml(s.oldName)}</code>)` : ""}</p>`;
  if (s.change === "renamed") return head;
  const steps: WordStep[] = s.change === "added" ? [{ op: "ins", text: s.new! }] : s.change === "removed" ? [{ op: "del", text: s.old! }] : lineDiff(s.old!, s.new!);
  const lines = steps.flatMap((step) => step.text.split("\n").map((l) => (step.op === "same" ? `  ${escapeHtml(l)}` : `<span class="${step.op}">${step.op === "del" ? "-" : "+"} ${escapeHtml(l)}</span>`)));
  return `${head}<pre>${lines.join("\n")}</pre>`;
}

function fileHtml(f: FileDiff, w: Words): string {
  const out = [`<h3>${tag(f.change, w)} <code>${escapeHtml(f.path)}</code> <small>${escapeHtml(w[f.kind as DiffWord] ?? f.kind)}${f.scope ? ` ${escapeHtml(f.scope)}` : ""}</small></h3>`];
  if (f.provisions.length > 0) {
    out.push(`<h4>${w.provisions}</h4><table>`);
    for (const p of f.provisions) out.push(`<tr><td>${escapeHtml(p.paragraph)}</td><td>${tag(p.change, w)}</td><td>${p.words ? words(p.words) : escapeHtml((p.new ?? p.old)!)}</td></tr>`);
    out.push("</table>");
  }
  if (f.parameters.length > 0) {
    out.push(`<h4>${w.parameters}</h4><table>`);
    for (const p of f.parameters) out.push(`<tr><td><code>${escapeHtml(p.name)}</code></td><td>${tag(p.change, w)}</td><td>${show(p.old)} → ${show(p.new)}</td><td>${escapeHtml(p.unit ?? "")}</td></tr>`);
    out.push("</table>");
  }
  if (f.statements.length > 0) out.push(`<h4>${w.statements}</h4>`, ...f.statements.map((s) => statementHtml(s, w)));
  const lists: [string, FileDiff["openToFaculties"]][] = [
    [w.openToFaculties, f.openToFaculties],
    [w.interpretations, f.interpretations],
  ];
  for (const [label, list] of lists) {
    if (list.added.length + list.removed.length === 0) continue;
    out.push(`<h4>${escapeHtml(label)}</h4><ul>`, ...list.added.map((x) => `<li><ins>${escapeHtml(x)}</ins></li>`), ...list.removed.map((x) => `<li><del>${escapeHtml(x)}</del></li>`), "</ul>");
  }
  const t = f.tests;
  if (t.added.length + t.removed.length + t.changed.length > 0) out.push(`<p>${w.examples}: +${t.added.length} −${t.removed.length} ~${t.changed.length}</p>`);
  if (f.fields.length > 0) out.push("<table>", ...f.fields.map((c) => `<tr><td>${escapeHtml(c.field)}</td><td>${show(c.old)}</td><td>${show(c.new)}</td></tr>`), "</table>");
  return out.join("\n");
}

/** The structural part as HTML sections (the behavioural report puts its chart before them). */
export function structuralSections(diff: VersionDiff, lang: Lang): string {
  const w = diffWords(lang);
  const out: string[] = [];
  const rows = summaryOf(diff);
  if (rows.length + diff.manifest.length + diff.calendar.length === 0) return `<p>${w.noDifferences}</p>`;
  if (rows.length > 0) {
    out.push(`<h2>${w.summary}</h2><table><tr><th>${w.article}</th><th>${w.files} +/−/~</th><th>${w.provisions}</th><th>${w.parameters}</th><th>${w.statements}</th><th>${w.examples}</th></tr>`);
    for (const r of rows) out.push(`<tr><td><a href="#${encodeURIComponent(r.article)}">${escapeHtml(r.article)}</a></td><td>${r.filesAdded}/${r.filesRemoved}/${r.filesChanged}</td><td>${r.provisions}</td><td>${r.parameters}</td><td>${r.statements}</td><td>${r.examples}</td></tr>`);
    out.push("</table>");
  }
  if (diff.manifest.length > 0) out.push(`<h2>${w.manifest}</h2><table>`, ...diff.manifest.map((c) => `<tr><td>${escapeHtml(c.field)}</td><td>${show(c.old)}</td><td>${show(c.new)}</td></tr>`), "</table>");
  if (diff.calendar.length > 0) {
    out.push(`<h2>${w.calendar}</h2><table>`);
    for (const c of diff.calendar) out.push(`<tr><td><code>${escapeHtml(c.name)}</code></td><td>${tag(c.change, w)}</td><td>${show(c.old)} → ${show(c.new)}</td><td>${escapeHtml(c.source ?? "")}${c.not_in_seeds ? ` (${w.notInSeeds})` : ""}${c.to_confirm ? `<br><strong>${w.toConfirm}</strong>: ${escapeHtml(c.to_confirm)}` : ""}</td></tr>`);
    out.push("</table>");
  }
  for (const a of diff.articles) out.push(`<h2 id="${encodeURIComponent(a.article)}">${escapeHtml(a.article)}</h2>`, ...a.files.map((f) => fileHtml(f, w)));
  return out.join("\n");
}

export function htmlPage(title: string, lang: Lang, body: string): string {
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

export function renderDiffHtml(diff: VersionDiff, lang: Lang): string {
  const title = `${diffWords(lang).title}: ${diff.old.id} ${diff.old.academic_year} → ${diff.new.id} ${diff.new.academic_year}`;
  return htmlPage(title, lang, `<h1>${escapeHtml(title)}</h1>\n${structuralSections(diff, lang)}`);
}
