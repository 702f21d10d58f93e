/**
 * One regulation file, old against new: its quotes (word by word), its rules (statements-diff),
 * what it opens to faculties, its interpretations (where open questions are written), its examples
 * and its other metadata. Two files with the same canonical form — the YAML as values, the rules as
 * syntax without layout — have no diff at all.
 */
import type { LoadedFile, Provision } from "../load/index.js";
import { canonicalJson } from "../receipt/index.js";
import { canonicalSyntax } from "./canonical-syntax.js";
import type { Change, FieldChange, FileDiff, ListChange, ProvisionChange } from "./model.js";
import { diffRules } from "./statements-diff.js";
import { wordDiff } from "./word-diff.js";

const COMPARED_FIELDS = ["id", "article", "title", "title_en", "kind", "scope", "approval", "source"] as const;

/** The file as what it says: layout of the YAML and of the rules does not count. */
export function canonicalFileForm(file: LoadedFile): string {
  const { rules: _rules, ...data } = file.meta;
  return canonicalSyntax({ data, rules: file.ast.statements });
}

function listChange(before: readonly string[] = [], after: readonly string[] = []): ListChange {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

/** Provisions keyed by paragraph (and order within it, when a paragraph is quoted twice). */
function byParagraph(provisions: readonly Provision[] = []): Map<string, Provision> {
  const out = new Map<string, Provision>();
  const seen = new Map<string, number>();
  for (const p of provisions) {
    const n = (seen.get(p.paragraph) ?? 0) + 1;
    seen.set(p.paragraph, n);
    out.set(n > 1 ? `${p.paragraph} #${n}` : p.paragraph, p);
  }
  return out;
}

function provisionChanges(before: readonly Provision[] | undefined, after: readonly Provision[] | undefined): ProvisionChange[] {
  const a = byParagraph(before);
  const b = byParagraph(after);
  const out: ProvisionChange[] = [];
  for (const [paragraph, old] of a) {
    const next = b.get(paragraph);
    if (!next) out.push({ paragraph, change: "removed", old: old.quote });
    else if (old.quote !== next.quote) out.push({ paragraph, change: "changed", old: old.quote, new: next.quote, words: wordDiff(old.quote, next.quote) });
  }
  for (const [paragraph, next] of b) if (!a.has(paragraph)) out.push({ paragraph, change: "added", new: next.quote });
  return out;
}

function fieldChanges(before: LoadedFile | null, after: LoadedFile | null): FieldChange[] {
  if (!before || !after) return [];
  const out: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const old = before.meta[field];
    const next = after.meta[field];
    if (canonicalJson(old) !== canonicalJson(next)) out.push({ field, ...(old !== undefined ? { old } : {}), ...(next !== undefined ? { new: next } : {}) });
  }
  return out;
}

function testChanges(before: LoadedFile | null, after: LoadedFile | null): FileDiff["tests"] {
  const a = new Map((before?.meta.tests ?? []).map((t) => [t.name, canonicalJson(t)]));
  const b = new Map((after?.meta.tests ?? []).map((t) => [t.name, canonicalJson(t)]));
  return {
    added: [...b.keys()].filter((n) => !a.has(n)),
    removed: [...a.keys()].filter((n) => !b.has(n)),
    changed: [...a.keys()].filter((n) => b.has(n) && a.get(n) !== b.get(n)),
  };
}

function scopeText(file: LoadedFile): string | undefined {
  const s = file.meta.scope;
  if (!s) return undefined;
  return [s.faculty, s.campus, ...(s.programmes ?? [])].filter(Boolean).join(" ");
}

/** The diff of one file, or null when both sides say the same. */
export function diffFile(before: LoadedFile | null, after: LoadedFile | null): FileDiff | null {
  if (before && after && canonicalFileForm(before) === canonicalFileForm(after)) return null;
  const side = (after ?? before)!;
  const change: Change = !before ? "added" : !after ? "removed" : "changed";
  const rules = diffRules(before?.ast ?? null, after?.ast ?? null, side.ast.lang ?? "en");
  const scope = scopeText(side);
  return {
    path: side.relPath,
    change,
    kind: side.meta.kind,
    ...(scope ? { scope } : {}),
    provisions: provisionChanges(before?.meta.provisions, after?.meta.provisions),
    parameters: rules.parameters,
    statements: rules.statements,
    openToFaculties: listChange(before?.meta.open_to_faculties, after?.meta.open_to_faculties),
    interpretations: listChange(before?.meta.interpretations, after?.meta.interpretations),
    tests: testChanges(before, after),
    fields: fieldChanges(before, after),
  };
}
