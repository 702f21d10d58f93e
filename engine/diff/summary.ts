/** The summary table of a structural diff: per article, how many files, quotes, parameters and rules changed. */
import type { ArticleDiff, VersionDiff } from "./model.js";

export interface SummaryRow {
  readonly article: string;
  readonly filesAdded: number;
  readonly filesRemoved: number;
  readonly filesChanged: number;
  readonly provisions: number;
  readonly parameters: number;
  readonly statements: number;
  /** Examples added, removed or changed (a file may change in its examples only, e.g. dates moved to the new year). */
  readonly examples: number;
}

function rowOf(a: ArticleDiff): SummaryRow {
  const count = (pick: (f: ArticleDiff["files"][number]) => number) => a.files.reduce((n, f) => n + pick(f), 0);
  return {
    article: a.article,
    filesAdded: a.files.filter((f) => f.change === "added").length,
    filesRemoved: a.files.filter((f) => f.change === "removed").length,
    filesChanged: a.files.filter((f) => f.change === "changed").length,
    provisions: count((f) => f.provisions.length),
    parameters: count((f) => f.parameters.length),
    statements: count((f) => f.statements.length),
    examples: count((f) => f.tests.added.length + f.tests.removed.length + f.tests.changed.length),
  };
}

export function summaryOf(diff: VersionDiff): SummaryRow[] {
  return diff.articles.map(rowOf);
}
