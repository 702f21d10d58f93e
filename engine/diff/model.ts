/**
 * What the structural diff of two versions of a regulation set says, as plain data: per article,
 * the files added, removed or changed, and within a changed file the provisions, parameters, rule
 * statements, open points and notes that differ; beside it, the manifest and its calendar. The text,
 * JSON and HTML reports are renderings of this one value.
 */

export type Change = "added" | "removed" | "changed";

/** One step of a word-level diff: words kept, deleted from the old text or inserted in the new. */
export interface WordStep {
  readonly op: "same" | "del" | "ins";
  readonly text: string;
}

export interface VersionRef {
  readonly dir: string;
  readonly id: string;
  readonly academic_year: string;
}

export interface CalendarChange {
  readonly name: string;
  readonly change: Change;
  readonly old?: string;
  readonly new?: string;
  /** Where the new (or, when removed, the old) date comes from, and whether it is in the seeds. */
  readonly source?: string;
  readonly not_in_seeds?: boolean;
  /** Why the new date awaits confirmation (moved by `regelwerk version new` without a rule that fixes it). */
  readonly to_confirm?: string;
}

/** A manifest field other than the calendar (title, year, status, uses, programmes, sources). */
export interface FieldChange {
  readonly field: string;
  readonly old?: unknown;
  readonly new?: unknown;
}

export interface ProvisionChange {
  readonly paragraph: string;
  readonly change: Change;
  readonly old?: string;
  readonly new?: string;
  /** For a changed quote: the word-level diff from old to new. */
  readonly words?: readonly WordStep[];
}

/** A parameter declared (`parameter`) or filled in (`set`), old → new as written, with its unit. */
export interface ParameterChange {
  readonly name: string;
  readonly change: Change;
  readonly old?: string;
  readonly new?: string;
  readonly unit?: string;
}

export type StatementKind = "definition" | "decision" | "exception" | "set" | "parameter";

/**
 * A decision, definition or exception compared on its canonical form (no layout, no comments, no
 * keyword language). `renamed` is a definition or decision whose body is the same under a new name.
 */
export interface StatementChange {
  readonly kind: StatementKind;
  readonly name: string;
  readonly change: Change | "renamed";
  readonly oldName?: string;
  /** The statement printed canonically, old and new (absent on the side where it does not exist). */
  readonly old?: string;
  readonly new?: string;
}

export interface ListChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface FileDiff {
  readonly path: string;
  readonly change: Change;
  /** The file's layer and scope, as the newer side declares it (the older when removed). */
  readonly kind: string;
  readonly scope?: string;
  readonly provisions: readonly ProvisionChange[];
  readonly parameters: readonly ParameterChange[];
  readonly statements: readonly StatementChange[];
  readonly openToFaculties: ListChange;
  readonly interpretations: ListChange;
  readonly tests: ListChange & { readonly changed: readonly string[] };
  /** Other metadata whose value changed: title, kind, scope, approval, source. */
  readonly fields: readonly FieldChange[];
}

export interface ArticleDiff {
  /** "art. 33", or the provision's title for a document other than the OER. */
  readonly article: string;
  readonly files: readonly FileDiff[];
}

export interface VersionDiff {
  readonly old: VersionRef;
  readonly new: VersionRef;
  readonly manifest: readonly FieldChange[];
  readonly calendar: readonly CalendarChange[];
  readonly articles: readonly ArticleDiff[];
}

export function isEmptyDiff(diff: VersionDiff): boolean {
  return diff.manifest.length === 0 && diff.calendar.length === 0 && diff.articles.length === 0;
}
