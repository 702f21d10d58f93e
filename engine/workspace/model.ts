/**
 * The workspace's own state: a document per URI (its text, what loading and checking found) and,
 * per regulation version, the checking context its files share. Mutable, private to the workspace.
 */
import type { CheckResult, Diagnostic, Span, SymbolInfo, Type } from "../../dsl/index.js";
import type { LoadedVersion } from "../load/index.js";
import type { RulesBlock } from "./rules-block.js";

/** A place in a document: the document's URI and a span in its (YAML) text. */
export interface Location {
  readonly uri: string;
  readonly span: Span;
}

/** Replace [start, end) of a document's text by `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Edits to several documents, by URI. */
export type WorkspaceEdit = Readonly<Record<string, readonly TextEdit[]>>;

export interface CodeAction {
  readonly title: string;
  readonly kind: "quickfix";
  readonly diagnostic: Diagnostic;
  readonly edit: WorkspaceEdit;
}

export type RenameResult = { readonly ok: true; readonly edit: WorkspaceEdit } | { readonly ok: false; readonly reason: string };

/** rules = a regulation file of a version; manifest; other = glossary, context schema or a file of no version. */
export type DocumentRole = "rules" | "manifest" | "other";

export interface Doc {
  readonly uri: string;
  text: string;
  role: DocumentRole;
  /** Directory of the version it belongs to, if any. */
  versionDir: string | null;
  file: import("../load/index.js").LoadedFile | null;
  /** YAML, schema and rule-syntax problems found loading it. */
  load: Diagnostic[];
  /** The rules block, found on the first change (undefined: not looked for; null: none usable). */
  block: RulesBlock | null | undefined;
  /** Namespace it speaks in, once placed in its version (null: not placed, not checked). */
  namespace: string | null;
  check: CheckResult | null;
  /** What checking the version as a whole said about this file: scope, article, duplicates. */
  placement: Diagnostic[];
  /** `open_to_faculties` naming what the general text does not declare. */
  openTo: Diagnostic[];
  tests: Diagnostic[];
  /** What the decision graph was last built from in this document (decision-cycles.ts graphKey). */
  graphKey: string | null;
}

export interface VersionState {
  readonly dir: string;
  loaded: LoadedVersion;
  /** Diagnostics of the manifest, glossary and context schema (by their source). */
  manifest: Diagnostic[];
  uses: VersionState[];
  contextType: Type;
  schema: object;
  /** Symbols every file of this version sees: used sets' general texts and its own. */
  externals: Map<string, Map<string, SymbolInfo>>;
  openPoints: Map<string, Set<string>>;
  /** The general text of each namespace of this version. */
  generals: Map<string, Doc>;
  cycles: Diagnostic[];
  /** Decisions that read each other in a cycle across files (RW044), by the document of each read. */
  decisionCycles: Diagnostic[];
  decisionIds: Set<string>;
  /** Diagnostics from checking the version that belong to no document of it. */
  other: Diagnostic[];
}
