/**
 * The structural diff of two versions of a regulation set: files matched by their path in the
 * version folder (each version is complete on disk, as the law is published whole), grouped by
 * article in the article's order, and the manifest beside them.
 */
import { articleLabel, type LoadedFile, type LoadedVersion } from "../load/index.js";
import { diffFile } from "./file-diff.js";
import { diffCalendar, diffManifest, versionRef } from "./manifest-diff.js";
import type { ArticleDiff, FileDiff, VersionDiff } from "./model.js";

/** Articles by number, then provisions of other documents by title. */
function articleOrder(a: LoadedFile, b: LoadedFile): number {
  const x = a.meta.article;
  const y = b.meta.article;
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (typeof x === "number") return -1;
  if (typeof y === "number") return 1;
  return String(x).localeCompare(String(y));
}

/** What the diff reads of a version: a loaded one, or a checked one (which holds the same). */
export type DiffableVersion = Pick<LoadedVersion, "dir" | "manifest" | "files">;

export function diffVersions(before: DiffableVersion, after: DiffableVersion): VersionDiff {
  const old = new Map(before.files.map((f) => [f.relPath, f]));
  const next = new Map(after.files.map((f) => [f.relPath, f]));
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort();
  const byArticle = new Map<string, { first: LoadedFile; files: FileDiff[] }>();
  for (const path of paths) {
    const diff = diffFile(old.get(path) ?? null, next.get(path) ?? null);
    if (!diff) continue;
    const file = (next.get(path) ?? old.get(path))!;
    const label = articleLabel(file);
    const entry = byArticle.get(label) ?? { first: file, files: [] };
    entry.files.push(diff);
    byArticle.set(label, entry);
  }
  const articles: ArticleDiff[] = [...byArticle.entries()]
    .sort(([, a], [, b]) => articleOrder(a.first, b.first))
    .map(([article, { files }]) => ({ article, files }));
  return {
    old: versionRef(before),
    new: versionRef(after),
    manifest: diffManifest(before.manifest, after.manifest),
    calendar: diffCalendar(before.manifest, after.manifest),
    articles,
  };
}
