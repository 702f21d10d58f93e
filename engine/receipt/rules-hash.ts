/**
 * The rules hash on a receipt: over the canonical form of every file used — its path relative to its
 * version folder, its data (the YAML as values, so layout and quoting do not count) and its rules as
 * syntax (no positions, no comments, no keyword language) — and each version's manifest. Reformatting
 * or translating a file's keywords leaves the hash as it was; any change of meaning changes it; where
 * the folder lies on disk does not matter.
 */
import type { RuleFile } from "../../dsl/index.js";
import { canonicalJson } from "./canonical-json.js";
import type { Hasher } from "./hash.js";

export interface HashedFile {
  readonly relPath: string;
  /** The file's YAML data; its `rules` text is replaced by the syntax in `ast`. */
  readonly meta: { readonly rules: string };
  readonly ast: RuleFile;
}

export interface HashedVersion {
  readonly manifest: object;
  readonly files: readonly HashedFile[];
}

/**
 * Keys that record how a rule was written, not what it says: positions, comments, the keyword
 * language, a number's digits as written, and the keyword a declaration used (`definition` or
 * `definitie`; its `role` carries the meaning).
 */
const LAYOUT_KEYS = new Set(["span", "comments", "lang", "text", "keyword"]);

/** Syntax without layout: what two ways of writing the same rules have in common. */
export function withoutLayout(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLayout);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (LAYOUT_KEYS.has(key) || key.endsWith("Span") || key.endsWith("Spans")) continue;
    out[key] = withoutLayout(value);
  }
  return out;
}

/** The canonical text of one file: what it means, not how it is laid out. */
export function canonicalFile(file: HashedFile): string {
  const { rules: _rules, ...data } = file.meta;
  return canonicalJson({ path: file.relPath, data, rules: withoutLayout(file.ast.statements) });
}

const fileHashes = new WeakMap<HashedFile, string>();

function fileHash(file: HashedFile, hasher: Hasher): string {
  let hash = fileHashes.get(file);
  if (hash === undefined) {
    hash = hasher(canonicalFile(file));
    fileHashes.set(file, hash);
  }
  return hash;
}

/** A version's manifest, hashed once: a version is hashed again for each scope it is compiled for. */
const manifestHashes = new WeakMap<object, string>();

function manifestHash(manifest: object, hasher: Hasher): string {
  let hash = manifestHashes.get(manifest);
  if (hash === undefined) {
    hash = hasher(canonicalJson(manifest));
    manifestHashes.set(manifest, hash);
  }
  return hash;
}

export function rulesHash(versions: readonly HashedVersion[], hasher: Hasher): string {
  const parts = versions.map((v) => `${manifestHash(v.manifest, hasher)}\n${v.files.map((f) => fileHash(f, hasher)).join("\n")}`);
  return hasher(parts.join("\n\n"));
}
