/**
 * The structural diff as text, in Dutch or English: a summary table, then the manifest and the
 * calendar, then per article each file with what changed in it. Changed quotes show their words as
 * `git diff --word-diff` does ([-old-]{+new+}); changed rules show their lines with - and +.
 */
import type { Lang } from "../../dsl/index.js";
import type { Change, FileDiff, ListChange, StatementChange, VersionDiff, WordStep } from "./model.js";
import { summaryOf } from "./summary.js";
import { lineDiff } from "./word-diff.js";
import { diffWords, type DiffWord } from "./words.js";

const MARK: Record<Change | "renamed", string> = { added: "+", removed: "-", changed: "~", renamed: ">" };

function words(steps: readonly WordStep[]): string {
  return steps.map((s) => (s.op === "same" ? s.text : s.op === "del" ? `[-${s.text}-]` : `{+${s.text}+}`)).join(" ");
}

function json(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function indent(text: string, prefix: string): string {
  return text.replace(/^/gm, prefix);
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
}

function statementLines(s: StatementChange, w: Readonly<Record<DiffWord, string>>): string[] {
  const head = `${MARK[s.change]} ${w[s.kind]} ${s.name}${s.change === "renamed" ? ` (${w.renamedFrom} ${s.oldName})` : ""}`;
  if (s.change === "added") return [head, indent(s.new!, "    + ")];
  if (s.change === "removed") return [head, indent(s.old!, "    - ")];
  if (s.change === "renamed") return [head];
  const body = lineDiff(s.old!, s.new!).map((step) => indent(step.text, step.op === "same" ? "      " : step.op === "del" ? "    - " : "    + "));
  return [head, ...body];
}

function listLines(label: string, list: ListChange): string[] {
  return [...list.added.map((x) => `+ ${label}: ${x}`), ...list.removed.map((x) => `- ${label}: ${x}`)];
}

function fileLines(f: FileDiff, w: Readonly<Record<DiffWord, string>>): string[] {
  const kind = w[f.kind as DiffWord] ?? f.kind;
  const out = [`${MARK[f.change]} ${f.path} (${kind}${f.scope ? ` ${f.scope}` : ""})`];
  const body: string[] = [];
  for (const p of f.provisions) {
    if (p.change === "changed") body.push(`~ ${p.paragraph}: ${words(p.words!)}`);
    else body.push(`${MARK[p.change]} ${p.paragraph}: ${p.change === "added" ? p.new : p.old}`);
  }
  for (const p of f.parameters) {
    const value = p.change === "changed" ? `${p.old} → ${p.new}` : p.change === "added" ? p.new : p.old;
    body.push(`${MARK[p.change]} ${w.parameter} ${p.name}: ${value}${p.unit ? ` (${w.unit} ${p.unit})` : ""}`);
  }
  for (const s of f.statements) body.push(...statementLines(s, w));
  body.push(...listLines(w.openToFaculties, f.openToFaculties));
  body.push(...listLines(w.interpretations, f.interpretations));
  const t = f.tests;
  if (t.added.length + t.removed.length + t.changed.length > 0) body.push(`~ ${w.examples}: +${t.added.length} -${t.removed.length} ~${t.changed.length}`);
  for (const c of f.fields) body.push(`~ ${c.field}: ${c.old === undefined ? "—" : json(c.old)} → ${c.new === undefined ? "—" : json(c.new)}`);
  return [...out, ...body.map((l) => indent(l, "    "))];
}

export function renderDiffText(diff: VersionDiff, lang: Lang): string {
  const w = diffWords(lang);
  const out = [`${diff.old.id} ${diff.old.academic_year} → ${diff.new.id} ${diff.new.academic_year} (${diff.old.dir} → ${diff.new.dir})`];
  if (diff.manifest.length === 0 && diff.calendar.length === 0 && diff.articles.length === 0) return `${out[0]}\n${w.noDifferences}\n`;
  const rows = summaryOf(diff);
  if (rows.length > 0) {
    out.push("", `${w.summary}:`);
    const header = [w.article, `${w.files} +/-/~`, w.provisions, w.parameters, w.statements, w.examples];
    out.push(...table([header, ...rows.map((r) => [r.article, `${r.filesAdded}/${r.filesRemoved}/${r.filesChanged}`, String(r.provisions), String(r.parameters), String(r.statements), String(r.examples)])]).map((l) => `  ${l}`));
  }
  if (diff.manifest.length > 0) {
    out.push("", `${w.manifest}:`);
    for (const c of diff.manifest) out.push(`  ~ ${c.field}: ${c.old === undefined ? "—" : json(c.old)} → ${c.new === undefined ? "—" : json(c.new)}`);
  }
  if (diff.calendar.length > 0) {
    out.push("", `${w.calendar}:`);
    for (const c of diff.calendar) {
      const value = c.change === "changed" ? `${c.old} → ${c.new}` : (c.new ?? c.old);
      out.push(`  ${MARK[c.change]} ${c.name}: ${value}  (${w.source}: ${c.source}${c.not_in_seeds ? `; ${w.notInSeeds}` : ""}${c.to_confirm ? `; ${w.toConfirm}` : ""})`);
    }
  }
  for (const a of diff.articles) {
    out.push("", `${a.article}:`);
    for (const f of a.files) out.push(...fileLines(f, w).map((l) => indent(l, "  ")));
  }
  return out.join("\n") + "\n";
}
