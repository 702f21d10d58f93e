/**
 * The loaded form of a regulation version: its manifest and its files, parsed, as plain data (it
 * survives `structuredClone`, so a worker can receive it). Checking comes after, in engine/check.
 */
import type { Diagnostic, FileRole, RuleFile } from "../../dsl/index.js";

/** The layer a file speaks for, from the scope it declares (how layers rank is engine/layers). */
export type Layer = "general" | "faculty" | "campus" | "programme";

export interface Provision {
  readonly paragraph: string;
  readonly quote: string;
  readonly quote_en?: string;
  /** The provisions index entry (or entries) this quote encodes: `G-22.2`, `F-IIW-22.1` (docs/provisions.md). */
  readonly provision_id?: string | readonly string[];
  /** Why the provision has no index id. */
  readonly not_in_index?: string;
  /** Where this provision comes from when it is not the file's source (a change reconstructed from reporting). */
  readonly source?: string;
  readonly not_in_seeds?: boolean;
}

export interface TestCase {
  readonly name: string;
  readonly source?: string;
  readonly given: Record<string, unknown>;
  readonly expect: Record<string, string | ExpectedDecision>;
}

export interface ExpectedDecision {
  readonly outcome?: string;
  readonly value?: number | string | boolean;
  readonly layer?: Layer;
  readonly missing?: readonly string[];
}

export interface FileMeta {
  readonly id?: string;
  readonly article: number | string;
  readonly title: string;
  readonly title_en?: string;
  readonly kind: FileRole;
  readonly scope?: { readonly faculty?: string; readonly campus?: string; readonly programmes?: readonly string[] };
  readonly approval?: string;
  readonly source: { readonly document: string; readonly section: string; readonly url?: string; readonly not_in_seeds?: boolean };
  readonly provisions: readonly Provision[];
  readonly open_to_faculties?: readonly string[];
  readonly interpretations?: readonly string[];
  readonly rules: string;
  readonly tests: readonly TestCase[];
}

export interface LoadedFile {
  /** Path as shown to people (as the version folder was given), and the file id of its spans. */
  readonly path: string;
  /** Path relative to the version folder: the same wherever the folder is (receipts use it). */
  readonly relPath: string;
  /** The YAML text. */
  readonly text: string;
  readonly meta: FileMeta;
  readonly layer: Layer;
  /** The rules, parsed with file-absolute spans. */
  readonly ast: RuleFile;
}

export interface CalendarEntry {
  readonly date: string;
  readonly label?: string;
  readonly source: string;
  readonly not_in_seeds?: boolean;
}

export interface Manifest {
  readonly id: string;
  readonly title: string;
  readonly academic_year: string;
  readonly status: "draft" | "in_force";
  readonly language: "nl" | "en";
  readonly sources: readonly { title: string; publisher?: string; url?: string; note?: string }[];
  readonly calendar?: Readonly<Record<string, CalendarEntry>>;
  readonly uses?: readonly { set: string; version: string }[];
  readonly programmes?: readonly { id: string; name: string; faculty?: string; kind?: string }[];
  /** A glossary file beside the manifest: the terms the set defines. */
  readonly glossary?: string;
  /** A JSON Schema file beside the manifest adding top-level context fields this set needs. */
  readonly context_schema?: string;
}

export interface GlossaryTerm {
  readonly term: string;
  readonly kind: "actor" | "activity" | "document" | "institution";
  readonly definition: string;
  readonly definition_en?: string;
  readonly aliases?: readonly string[];
  readonly source: string;
}

export interface LoadedVersion {
  readonly dir: string;
  readonly manifestPath: string;
  readonly manifest: Manifest;
  readonly files: readonly LoadedFile[];
  /** Versions of other sets this one uses (the OER uses the learning credit). */
  readonly uses: readonly LoadedVersion[];
  /** What loading found: YAML syntax, schema violations, missing files, rule syntax. */
  readonly diagnostics: readonly Diagnostic[];
  /** Context fields this version adds to the shared schema (its own and its used versions'). */
  readonly extensions: readonly ContextExtension[];
  /** Terms defined by this version and the versions it uses. */
  readonly glossary: readonly GlossaryTerm[];
}

/** A context schema extension of a regulation set: extra top-level fields for the facts it needs. */
export interface ContextExtension {
  readonly properties: Readonly<Record<string, unknown>>;
}

/** "art. 22" for an article, the title for a provision of another document ("Leerkrediet"). */
export function articleLabel(file: LoadedFile): string {
  return typeof file.meta.article === "number" ? `art. ${file.meta.article}` : file.meta.title;
}

