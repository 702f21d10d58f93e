/** The loaded form of a regulation version: its manifest, its files, and what checking found. */
import type { RuleFile, Span } from "../../dsl/ast.js";
import type { CheckResult } from "../../dsl/checker/check-file.js";
import type { FileRole } from "../../dsl/checker/environment.js";
import type { Diagnostic } from "../../dsl/diagnostics.js";
import type { Type } from "../../dsl/types.js";
import type { ValidateFunction } from "ajv";
import type { BlockOrigin, YamlSource } from "./yaml-source.js";

export type Layer = "general" | "faculty" | "campus" | "programme";

/** How specific a layer is: the higher, the more specific (programme > campus > faculty > general). */
export const LAYER_RANK: Record<Layer, number> = { general: 0, faculty: 1, campus: 2, programme: 3 };

export interface Provision {
  readonly paragraph: string;
  readonly quote: string;
  readonly quote_en?: string;
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

export interface RegulationFile {
  /** Path as shown to people (relative to the working directory). */
  readonly path: string;
  readonly yaml: YamlSource;
  readonly meta: FileMeta;
  /** The article namespace its names live in (`art22`). */
  readonly namespace: string;
  readonly layer: Layer;
  readonly ast: RuleFile;
  readonly origin: BlockOrigin | null;
  check: CheckResult | null;
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

export interface RegulationVersion {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly files: readonly RegulationFile[];
  /** Versions of other sets this one uses (the OER uses the learning credit). */
  readonly uses: readonly RegulationVersion[];
  readonly diagnostics: Diagnostic[];
  /** The context type rules see: the schema plus this version's calendar. */
  readonly contextType: Type;
  /** Validates a student context for this version (the shared schema plus the set's extension). */
  readonly validateContext: ValidateFunction;
  readonly contextSchema: object;
  /** Terms defined by this version and the versions it uses. */
  readonly glossary: readonly GlossaryTerm[];
}

/** "art. 22" for an article, the title for a provision of another document ("Leerkrediet"). */
export function articleLabel(file: RegulationFile): string {
  return typeof file.meta.article === "number" ? `art. ${file.meta.article}` : file.meta.title;
}

export type { Span };
