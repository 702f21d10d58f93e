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
  /** per_course: the file binds the courses of its faculty whatever the student's programme (engine/layers). */
  readonly scope?: { readonly faculty?: string; readonly campus?: string; readonly programmes?: readonly string[]; readonly per_course?: boolean };
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
  /** A faculty-level entry: the date comes from this faculty's text, and only its files may use it (RW065). */
  readonly faculty?: string;
  /** With `faculty`: the programmes the text gives the date for; only files limited to them may use it. */
  readonly programmes?: readonly string[];
  /** How the date moves to another year (engine/versioning/calendar-shift.ts). */
  readonly rule?: CalendarRule;
  /** Why the date awaits confirmation (moved by `regelwerk version new` without a rule that fixes it). */
  readonly to_confirm?: string;
}

/** The nth weekday of a month (exact), or only the weekday (the nearest one to the same day, to confirm). */
export interface CalendarRule {
  readonly weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
  readonly nth?: 1 | 2 | 3 | 4 | 5 | -1;
  readonly month?: number;
}

export interface Manifest {
  readonly id: string;
  readonly title: string;
  readonly academic_year: string;
  /** The academic year of the version this one was made from (`regelwerk version new`). */
  readonly predecessor?: string;
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
  /** The provisions index beside the manifest (docs/provisions.md). */
  readonly provisions_index?: string;
}

/** One entry of a provisions index: a computable provision of the source text (docs/provisions.md). */
export interface IndexedProvision {
  readonly id: string;
  readonly article: number | string;
  readonly paragraph?: string;
  readonly section?: string;
  readonly layer: "general" | "faculty" | "meta";
  readonly faculties?: readonly string[];
  readonly kind?: readonly ("supplement" | "deviation")[];
  readonly campus?: readonly string[];
  readonly programmes?: string;
  readonly counted: boolean;
  readonly not_counted?: string;
  /** Absent only for a provision not in the seeds. */
  readonly lines?: readonly (readonly [number, number])[];
  readonly gist?: string;
  readonly quote?: string;
  readonly not_in_seeds?: boolean;
  readonly source?: string;
}

export interface ProvisionsIndex {
  /** The index file, as shown to people. */
  readonly path: string;
  readonly source: string;
  readonly provisions: readonly IndexedProvision[];
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
  /** The version's provisions index, when its manifest names one and it is valid. */
  readonly provisions?: ProvisionsIndex;
}

/** A context schema extension of a regulation set: extra top-level fields for the facts it needs. */
export interface ContextExtension {
  readonly properties: Readonly<Record<string, unknown>>;
}

/** "art. 22" for an article, the title for a provision of another document ("Leerkrediet"). */
export function articleLabel(file: LoadedFile): string {
  return typeof file.meta.article === "number" ? `art. ${file.meta.article}` : file.meta.title;
}

