/**
 * Coverage measured against the text (docs/provisions.md): every counted provision of a version's
 * provisions index is
 *   - encoded: cited (`provision_id`) by a file whose rules decide something — a decision or an
 *     exception with rules, a `set` of a parameter, or a definition or parameter another file uses;
 *   - quoted-only: cited only by files whose rules decide nothing;
 *   - not encoded: cited by no file.
 * General and faculty provisions are counted apart, per article and in total.
 */
import type { RegulationFile, RegulationVersion } from "../check/index.js";
import { citedIds } from "../check/index.js";

export type ProvisionStatus = "encoded" | "quoted" | "not_encoded";

export interface Tally {
  encoded: number;
  quoted: number;
  total: number;
}

export interface ProvisionCoverage {
  readonly id: string;
  readonly layer: "general" | "faculty";
  readonly status: ProvisionStatus;
  /** The files citing it (relative to the version folder). */
  readonly files: readonly string[];
}

export interface ArticleCoverage {
  readonly article: number | string;
  readonly general: Tally;
  readonly faculty: Tally;
  readonly provisions: readonly ProvisionCoverage[];
}

export interface CoverageReport {
  readonly version: string;
  readonly index: string;
  readonly general: Tally;
  readonly faculty: Tally;
  readonly articles: readonly ArticleCoverage[];
  /** Provisions the files encode that the index does not list, with the files' reasons. */
  readonly not_in_index: readonly { file: string; paragraph: string; reason: string }[];
}

/** Files whose rules decide something: see the module comment. */
export function decidingFiles(version: RegulationVersion): Set<RegulationFile> {
  const out = new Set<RegulationFile>();
  const usedElsewhere = new Set<string>();
  for (const file of version.files) {
    for (const ref of file.check.references) if (ref.symbol && ref.symbol.source !== file.path) usedElsewhere.add(`${ref.symbol.source}#${ref.symbol.name}`);
  }
  for (const file of version.files) {
    const decides = file.ast.statements.some((s) => {
      if (s.kind === "DecisionDecl" || s.kind === "ExceptionDecl") return s.rules.length > 0;
      if (s.kind === "SetDecl") return true;
      return usedElsewhere.has(`${file.path}#${s.name}`);
    });
    if (decides) out.add(file);
  }
  return out;
}

const tally = (): Tally => ({ encoded: 0, quoted: 0, total: 0 });

function count(t: Tally, status: ProvisionStatus): void {
  t.total++;
  if (status === "encoded") t.encoded++;
  else if (status === "quoted") t.quoted++;
}

/** Articles in the text's order: Titel 0, then by number, then named provisions (mijlpaal). */
function articleOrder(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a.localeCompare(b);
}

/** Null when the version has no provisions index. */
export function coverageOf(version: RegulationVersion): CoverageReport | null {
  const index = version.provisions;
  if (!index) return null;
  const deciding = decidingFiles(version);
  const citing = new Map<string, RegulationFile[]>();
  for (const file of version.files) {
    for (const { id } of citedIds(file)) {
      const files = citing.get(id) ?? [];
      if (!files.includes(file)) citing.set(id, [...files, file]);
    }
  }
  const general = tally();
  const faculty = tally();
  const byArticle = new Map<number | string, { general: Tally; faculty: Tally; provisions: ProvisionCoverage[] }>();
  for (const entry of index.provisions) {
    if (!entry.counted || entry.layer === "meta") continue;
    const files = citing.get(entry.id) ?? [];
    const status: ProvisionStatus = files.some((f) => deciding.has(f)) ? "encoded" : files.length > 0 ? "quoted" : "not_encoded";
    const layer = entry.layer === "general" ? "general" : "faculty";
    const article = byArticle.get(entry.article) ?? { general: tally(), faculty: tally(), provisions: [] };
    byArticle.set(entry.article, article);
    count(layer === "general" ? general : faculty, status);
    count(layer === "general" ? article.general : article.faculty, status);
    article.provisions.push({ id: entry.id, layer, status, files: files.map((f) => f.relPath) });
  }
  const notInIndex = version.files.flatMap((f) =>
    f.meta.provisions.flatMap((p) => (p.not_in_index === undefined ? [] : [{ file: f.relPath, paragraph: p.paragraph, reason: p.not_in_index }])),
  );
  return {
    version: `${version.manifest.id} ${version.manifest.academic_year}`,
    index: index.path,
    general,
    faculty,
    articles: [...byArticle.entries()].sort(([a], [b]) => articleOrder(a, b)).map(([article, c]) => ({ article, ...c })),
    not_in_index: notInIndex,
  };
}
