/**
 * Compile a regulation version for one scope (faculty, campus, programme): the files that apply,
 * parameters as the most specific applicable layer sets them, definitions, and per decision its
 * general rules plus the exceptions of each applicable layer, most specific first. The compiled
 * code itself is shared by every scope of the version (compile-shared.ts); a scope is its list of
 * decisions with their exceptions and its symbol table. Evaluating a student then does no parsing
 * and no name lookup.
 */
import { printExpr, type Outcome, type Type } from "../../dsl/index.js";
import type * as A from "../../dsl/index.js";
import type { RegulationFile, RegulationVersion } from "../check/index.js";
import { appliesTo, byLayerMostSpecificFirst, courseFacultyOf, mostSpecific, type Scope } from "../layers/index.js";
import type { Layer, Origin } from "../load/index.js";
import { portableSha256, rulesHash, type Hasher } from "../receipt/index.js";
import { Conflicted, type Code, type SourceRef } from "../runtime/index.js";
import { sharedVersion, type SharedVersion, type ValueFrom } from "./compile-shared.js";
import type { GeneratedRuleSet } from "./generate-rules.js";
import { printedExpr } from "./printed.js";

export { fileLang, sourceRef } from "./compile-shared.js";

export type { Scope };

export interface CompiledRule {
  /** Stable id for coverage: `file:line`. */
  readonly id: string;
  readonly outcome: Outcome | null;
  readonly condition: Code | null;
  readonly value: Code | null;
  /** The same, recording what each condition saw: for evaluation with traces. */
  readonly traced: { readonly condition: Code | null; readonly value: Code | null };
  readonly valueType: Type;
  readonly reason: A.Label | null;
  /** The reason as results give it (`{ nl, en }`), one frozen object shared by every result. */
  readonly reasonText: { readonly nl: string; readonly en: string | null } | null;
  readonly paragraph: string | null;
  readonly text: string;
  readonly textNl: string;
  readonly source: SourceRef;
}

export interface CompiledRuleSet {
  readonly kind: "rule" | "exception";
  readonly file: RegulationFile;
  readonly layer: Layer;
  readonly origin: Origin;
  readonly rules: readonly CompiledRule[];
  /** The rules as one generated function (Node hosts, traces off); null where closures run. */
  readonly generated: GeneratedRuleSet | null;
}

export interface CompiledDecision {
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly label: A.Label | null;
  /** As results give them: the article as text, the label as `{ nl, en }` (frozen, shared by every result). */
  readonly article: string;
  readonly labelText: { readonly nl: string; readonly en: string | null } | null;
  readonly paragraph: string | null;
  readonly file: RegulationFile;
  readonly forEach: { readonly slot: number; readonly collection: Code; readonly path: string } | null;
  /** Exceptions grouped by layer, most specific layer first. */
  readonly exceptions: readonly (readonly CompiledRuleSet[])[];
  readonly base: CompiledRuleSet;
}

export interface CompiledRegulation {
  readonly version: RegulationVersion;
  readonly scope: Scope;
  readonly decisions: readonly CompiledDecision[];
  readonly memoSize: number;
  readonly slotCount: number;
  /** Per memo index of a parameter or definition, the code that computes it in this scope. */
  readonly symbols: readonly Code[];
  /** Hash of the text of every file that applies to this scope (and of the sets it uses). */
  readonly rulesHash: string;
  readonly files: readonly RegulationFile[];
}

export interface CompileOptions {
  /**
   * false: compile this scope from scratch, sharing nothing with other scopes and hoisting nothing —
   * the straightforward path that test/engine/evaluate/cohort-differential.test.ts compares with.
   */
  readonly shared?: boolean;
  /**
   * Also generate JavaScript per rule set and per value (`new Function`; generate-rules.ts), run
   * when traces are off. Default: `useGeneratedCode`'s setting, off unless a Node host turns it on;
   * the browser editor never does, as its content-security policy forbids `new Function`.
   */
  readonly generated?: boolean;
}

let generatedByDefault = false;

/** Whether compiling generates JavaScript unless told otherwise: the Node adapter turns it on. */
export function useGeneratedCode(on: boolean): void {
  generatedByDefault = on;
}

export function compileVersion(version: RegulationVersion, scope: Scope, hasher: Hasher = portableSha256, options: CompileOptions = {}): CompiledRegulation {
  const reuse = options.shared ?? true;
  const s = sharedVersion(version, reuse, options.generated ?? generatedByDefault);
  const own = ownFiles(version, scope);
  if (!reuse) return compileFiles(s, own, scope, hasher);
  // Scopes to which the same files apply compile to the same decisions, symbol table and rules hash
  // (hundreds of programmes of a faculty, a few dozen sets of files): compiled once per set, each
  // scope a view that differs only in `scope`.
  let byHasher = compiledByFiles.get(s);
  if (!byHasher) compiledByFiles.set(s, (byHasher = new WeakMap()));
  let byKey = byHasher.get(hasher);
  if (!byKey) byHasher.set(hasher, (byKey = new Map()));
  const key = own.key;
  let compiled = byKey.get(key);
  if (!compiled) byKey.set(key, (compiled = compileFiles(s, own, scope, hasher)));
  return compiled.scope === scope ? compiled : withScope(compiled, scope);
}

/** Per shared compilation and hasher, the compiled scope of each set of applicable files (by `OwnFiles.key`). */
const compiledByFiles = new WeakMap<SharedVersion, WeakMap<Hasher, Map<string, CompiledRegulation>>>();

/**
 * What the scopes compiled from one set of files share, for caches of what depends on the files and
 * not on the scope (a decision plan, the decisions read, a frame's kept arrays): keyed by a scope's
 * own object, they were built again for each of a cohort's hundreds of scopes. The decisions array
 * is made once per compilation (compileFiles) and every view of it (withScope) holds the same one.
 */
export function compilationKey(compiled: CompiledRegulation): object {
  return compiled.decisions;
}

/** The same compiled files for another scope: field by field (no spread), so every scope has one shape. */
function withScope(c: CompiledRegulation, scope: Scope): CompiledRegulation {
  return { version: c.version, scope, decisions: c.decisions, memoSize: c.memoSize, slotCount: c.slotCount, symbols: c.symbols, rulesHash: c.rulesHash, files: c.files };
}

/** The version's files that apply to a scope, in file order, and a key naming that set. */
interface OwnFiles {
  readonly files: readonly RegulationFile[];
  readonly key: string;
}

/** Per version: its general files, and per faculty its files in version order (by their place in it). */
interface FileIndex {
  readonly general: readonly number[];
  readonly byFaculty: ReadonlyMap<string | undefined, readonly number[]>;
  /** Files that bind the courses of their faculty (scope.per_course). */
  readonly forCourses: readonly RegulationFile[];
}

const fileIndexes = new WeakMap<RegulationVersion, FileIndex>();

function fileIndex(version: RegulationVersion): FileIndex {
  let index = fileIndexes.get(version);
  if (!index) {
    const general: number[] = [];
    const byFaculty = new Map<string | undefined, number[]>();
    version.files.forEach((f, i) => {
      // appliesTo: a file that is not general applies only to scopes of its own faculty (none without a scope).
      if (f.meta.kind === "general") general.push(i);
      else if (f.meta.scope) byFaculty.set(f.meta.scope.faculty, [...(byFaculty.get(f.meta.scope.faculty) ?? []), i]);
    });
    index = { general, byFaculty, forCourses: version.files.filter((f) => courseFacultyOf(f) !== null) };
    fileIndexes.set(version, index);
  }
  return index;
}

/** `version.files.filter((f) => appliesTo(f, scope))`, looking only at the general files and the scope's faculty's. */
function ownFiles(version: RegulationVersion, scope: Scope): OwnFiles {
  const index = fileIndex(version);
  const faculty = (index.byFaculty.get(scope.faculty) ?? []).filter((i) => appliesTo(version.files[i]!, scope));
  const places = faculty.length === 0 ? index.general : [...index.general, ...faculty].sort((a, b) => a - b);
  return { files: places.map((i) => version.files[i]!), key: faculty.join(",") };
}

function compileFiles(s: SharedVersion, ownFiles: OwnFiles, scope: Scope, hasher: Hasher): CompiledRegulation {
  const { version } = s;
  const own = ownFiles.files;
  const ownSet = new Set(own);
  // Files that bind the courses of their faculty (scope.per_course) reach every scope, through
  // their exceptions to per-course decisions only (each gated by the element's faculty).
  const forCourses = new Set(fileIndex(version).forCourses.filter((f) => !ownSet.has(f)));
  const used = version.files.filter((f) => ownSet.has(f) || forCourses.has(f));
  const files = [...s.usedFiles, ...used];

  const symbols: Code[] = [];
  const overrides = setsOf(own, s.sets);
  for (const entry of s.symbols.values()) symbols[entry.memo] = s.symbolCode(entry, overrides.get(entry.key) ?? { file: entry.file, expr: entry.decl.value, label: entry.decl.label, decl: entry.decl });

  const applies = new Set([...s.usedFiles, ...own]);
  const decisions: CompiledDecision[] = [];
  for (const { file, decl } of s.decisionDecls) {
    if (!applies.has(file)) continue;
    const d = s.decision(file, decl);
    const sets: CompiledRuleSet[] = [];
    for (const ex of s.exceptions.get(d.id) ?? []) if (ex.file !== file && (applies.has(ex.file) || (d.forEach && forCourses.has(ex.file)))) sets.push(s.exceptionSet(d, ex.file, ex.decl));
    // Field by field in one order (no spread): every scope's decisions then share one shape, and the
    // evaluation loop reads them with monomorphic loads.
    const exceptions = sets.length === 0 ? [] : byLayerMostSpecificFirst(sets, (set) => set.layer);
    decisions.push({ id: d.id, namespace: d.namespace, name: d.name, label: d.label, article: d.article, labelText: d.labelText, paragraph: d.paragraph, file: d.file, forEach: d.forEach, base: d.base, exceptions });
  }
  return { version, scope, decisions, memoSize: s.memoSize, slotCount: s.slotCount, symbols, rulesHash: rulesHash([...s.used, { manifest: version.manifest, files: used }], hasher), files };
}

/** `set` statements: the most specific applicable layer wins; two of that layer that differ conflict. */
function setsOf(own: readonly RegulationFile[], all: readonly { key: string; file: RegulationFile; decl: A.SetDecl }[]): Map<string, ValueFrom> {
  const applicable = new Set(own);
  const byKey = new Map<string, { file: RegulationFile; decl: A.SetDecl }[]>();
  for (const set of all) if (applicable.has(set.file)) byKey.set(set.key, [...(byKey.get(set.key) ?? []), set]);
  const out = new Map<string, ValueFrom>();
  for (const [key, candidates] of byKey) {
    const winners = mostSpecific(candidates, (c) => c.file.layer);
    const texts = new Set(winners.map((w) => (w.decl.value ? printedExpr(w.decl.value, "en") : printExpr(null))));
    out.set(key, texts.size > 1 ? new Conflicted(key, winners.map((w) => w.file.path)) : { file: winners[0]!.file, expr: winners[0]!.decl.value, label: winners[0]!.decl.label, decl: winners[0]!.decl });
  }
  return out;
}
