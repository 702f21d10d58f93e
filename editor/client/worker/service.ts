/**
 * The language service the editor's worker runs: the engine's Workspace over every file of the
 * bundled versions (URI = path in the regulations folder), plus what the page shows beside the
 * text — the open file's tests with the explanation of each failure, and a student's decision
 * explained. No DOM and no worker API here, so it runs (and is tested) in Node too.
 */
import {
  Evaluator,
  whatWouldChange,
  Workspace,
  buildDecision,
  buildExplanation,
  portableSha256,
  renderDecision,
  renderExplanation,
  runTests,
  type Location,
  type RegulationFile,
  type RegulationVersion,
  type WhatIf,
  type WorkspaceEdit,
  enumOf,
  generalTextOf,
  skeletonInput,
  supplementSkeleton,
} from "../../../engine/index.js";
import type { Completion, Diagnostic, Hover, Lang } from "../../../dsl/index.js";
import type { EditorDiagnostic, FileTest, SemanticToken } from "./messages.js";
import { formContextOf, type FormContext } from "./form-context.js";
import { Baseline, decisionsOf, impactOf, type Impact } from "./impact.js";
import { sameEffect } from "./same-effect.js";
import { keywordTokens } from "./keyword-tokens.js";
import { draftChanges, type DraftChanges } from "./draft-changes.js";

export interface EditorLocation {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

export interface EditorCodeAction {
  readonly title: string;
  readonly edit: WorkspaceEdit;
}

export type Student = Readonly<Record<string, unknown>>;

export class LanguageService {
  private ws = new Workspace();
  private baseline: Baseline | null = null;

  /** Every file of the versions the editor can open (each version with the versions it uses). */
  load(files: Readonly<Record<string, string>>): void {
    this.ws.openAll(files);
  }

  /** A new text for a document; the diagnostics of that document after it. */
  change(uri: string, text: string): EditorDiagnostic[] {
    this.ws.change(uri, text);
    return this.diagnostics(uri);
  }

  text(uri: string): string | undefined {
    return this.ws.text(uri);
  }

  diagnostics(uri: string): EditorDiagnostic[] {
    return this.ws.diagnostics(uri).map(toEditorDiagnostic);
  }

  completions(uri: string, offset: number, lang: Lang): Completion[] {
    return this.ws.completions(uri, offset, lang);
  }

  hover(uri: string, offset: number, lang: Lang): { start: number; end: number; contents: string } | null {
    const hover: Hover | null = this.ws.hover(uri, offset, lang);
    return hover ? { start: hover.span.start, end: hover.span.end, contents: hover.contents } : null;
  }

  definition(uri: string, offset: number): EditorLocation | null {
    const at = this.ws.definition(uri, offset);
    return at ? toEditorLocation(at) : null;
  }

  references(uri: string, offset: number): EditorLocation[] {
    return this.ws.references(uri, offset).map(toEditorLocation);
  }

  rename(uri: string, offset: number, newName: string): { ok: true; edit: WorkspaceEdit } | { ok: false; reason: string } {
    return this.ws.rename(uri, offset, newName);
  }

  codeActions(uri: string, start: number, end: number): EditorCodeAction[] {
    return this.ws.codeActions(uri, start, end).map((a) => ({ title: a.title, edit: a.edit }));
  }

  /** Names the checker resolved (facts, parameters, definitions, decisions) and the rule words. */
  semanticTokens(uri: string): SemanticToken[] {
    const file = this.fileOf(uri);
    const text = this.ws.text(uri);
    if (!file || text === undefined) return [];
    const names: SemanticToken[] = file.check.references.map((r) => ({
      start: r.span.start,
      end: r.span.end,
      type: r.symbol ? (r.symbol.kind as SemanticToken["type"]) : "fact",
    }));
    for (const s of file.ast.statements) {
      if (s.kind === "DecisionDecl") names.push({ start: s.nameSpan.start, end: s.nameSpan.end, type: "decision" });
      const target = s.kind === "ExceptionDecl" ? s.target?.segmentSpans.at(-1) : undefined;
      if (target) names.push({ start: target.start, end: target.end, type: "decision" });
    }
    const [first, last] = [file.ast.statements[0], file.ast.statements.at(-1)];
    const words = first && last ? keywordTokens(text, first.span.start, last.span.end) : [];
    const taken = new Set(names.map((t) => t.start));
    return [...names, ...words.filter((w) => !taken.has(w.start))].sort((a, b) => a.start - b.start);
  }

  /** The examples of this one file, run against its version as it stands in the editor. */
  fileTests(uri: string, lang: Lang): FileTest[] {
    const version = this.versionOf(uri);
    if (!version || !version.files.some((f) => f.path === uri)) return [];
    const onlyThisFile: RegulationVersion = {
      ...version,
      files: version.files.map((f) => (f.path === uri ? f : { ...f, meta: { ...f.meta, tests: [] } })),
    };
    const report = runTests(onlyThisFile, portableSha256);
    return report.results.map((r) => ({
      name: r.test.name,
      passed: r.failures.length === 0,
      failures: r.failures.map((f) => ({
        key: f.key,
        expected: f.expected,
        actual: f.actual,
        explanation: f.result ? renderDecision(buildDecision(f.result, version), lang) : "",
      })),
    }));
  }

  /**
   * A student's decisions on what this file decides or makes exceptions to, explained: which layer
   * decided, the quoted provision, and for a refusal, warning or requirement what would have to change.
   */
  tryStudent(uri: string, student: Student, lang: Lang): string {
    const version = this.versionOf(uri);
    const file = version?.files.find((f) => f.path === uri);
    if (!version || !file) return "";
    const evaluator = new Evaluator(version, portableSha256);
    const result = evaluator.evaluate(student, { trace: true });
    // A file that decides nothing yet (a new supplement) shows what its article opens to faculties.
    const general = version.files.find((f) => f.namespace === file.namespace && f.meta.kind === "general");
    const own = decisionsOf(file);
    const touched = own.size > 0 ? own : new Set((general?.meta.open_to_faculties ?? []).map((n) => `${file.namespace}.${n}`));
    const decisions = result.decisions.filter((d) => touched.has(d.id.replace(/\[.*\]$/, "")));
    const whatIfs = new Map<string, WhatIf>();
    const compiled = evaluator.compiledFor(student);
    for (const d of decisions) {
      if (d.outcome !== "refused" && d.outcome !== "warning" && d.outcome !== "required") continue;
      const change = whatWouldChange(compiled, student as Record<string, unknown>, d);
      if (change) whatIfs.set(d.id, change);
    }
    return renderExplanation(buildExplanation({ ...result, decisions }, version, whatIfs), lang);
  }

  /**
   * The first text of a new faculty file `uri` (`…/art-22/let.yaml`, `…/art-22/sw-leuven.yaml`):
   * the skeleton `regelwerk new supplement` writes, from the article's general text in the same
   * folder, for the faculty (and campus) the file's name gives. An error says what is missing.
   */
  newFacultyFile(uri: string, kind: "supplement" | "deviation"): string {
    const version = this.versionOf(uri);
    if (!version) throw new Error(`${uri}: not in a loaded version`);
    const folder = uri.slice(0, uri.lastIndexOf("/"));
    const general = version.files.find((f) => f.meta.kind === "general" && f.path.startsWith(`${folder}/`));
    const article = general ? generalTextOf(version, String(general.meta.article)) : undefined;
    if (!article) throw new Error(`${folder}: no general text of an article here to write a faculty file on`);
    const [facultyPart, campusPart] = (uri.split("/").at(-1) ?? "").replace(/\.ya?ml$/, "").split("-");
    const faculty = closedValue(facultyPart, enumOf(version, "faculty"));
    const campus = campusPart === undefined ? null : closedValue(campusPart, enumOf(version, "campus"));
    if (!faculty || campus === undefined) throw new Error(`${uri}: the name gives no faculty${campusPart !== undefined ? " and campus" : ""} of the context schema (expected <faculty>.yaml or <faculty>-<campus>.yaml)`);
    return supplementSkeleton(skeletonInput(version, article, faculty, campus, kind, portableSha256));
  }

  /** What the form offers for this file (form-context.ts). */
  formContext(uri: string): FormContext {
    return formContextOf(this.versionOf(uri), uri);
  }

  /**
   * What the draft of `uri` changes for the version's other examples and for example students,
   * against the file as saved (`saved`; null for a file not saved yet).
   */
  impact(uri: string, saved: string | null, students: Readonly<Record<string, Student>>): Impact {
    const draftText = this.ws.text(uri);
    const draft = this.versionOf(uri);
    if (draftText === undefined || !draft) return { checked: 0, changes: [] };
    // Tests, provisions and titles change no outcome elsewhere: only rules, kind and scope can.
    if (saved !== null && sameEffect(saved, draftText)) return { checked: 0, changes: [] };
    const key = `${uri}\u0000${saved ?? ""}`;
    if (this.baseline?.key !== key) {
      if (saved === null) this.ws.close(uri);
      else this.ws.change(uri, saved);
      this.baseline = new Baseline(key, this.versionOf(uri));
      this.ws.change(uri, draftText);
    }
    return impactOf(this.baseline, draft, uri, students);
  }

  /**
   * The draft of `uri` against `stored` (the text in force; null: a new file), on a cohort of
   * `size` students, evaluated within `budgetMs` (draft-changes.ts). The workspace is briefly given the stored text to check the version in force
   * (one file's change, not a second load of the version), then the draft again.
   */
  draftChanges(uri: string, stored: string | null, lang: Lang, size = 500, seed = 1, budgetMs = 8000, now?: () => number): DraftChanges {
    const dir = this.ws.versionDirs().find((d) => uri.startsWith(`${d}/`));
    const draftText = this.ws.text(uri);
    if (!dir || draftText === undefined) return { structural: "", summary: [], behaviour: null, problem: `${uri}: not in a loaded version` };
    if (stored === null) this.ws.close(uri);
    else this.ws.change(uri, stored);
    const inForce = this.ws.version(dir);
    this.ws.change(uri, draftText);
    const draft = this.ws.version(dir);
    if (!inForce || !draft) return { structural: "", summary: [], behaviour: null, problem: `${dir}: no manifest` };
    return draftChanges(inForce, draft, uri, { size, seed, budgetMs, ...(now ? { now } : {}) }, lang);
  }

  private versionOf(uri: string): RegulationVersion | null {
    const dir = this.ws.versionDirs().find((d) => uri.startsWith(`${d}/`));
    return dir ? this.ws.version(dir) : null;
  }

  private fileOf(uri: string): RegulationFile | undefined {
    return this.versionOf(uri)?.files.find((f) => f.path === uri);
  }
}

/** The value of a closed list a file name spells in lower case (`sw` → SW, `leuven` → Leuven). */
function closedValue(spelt: string | undefined, allowed: readonly string[]): string | undefined {
  return allowed.find((a) => a.toLowerCase() === spelt?.toLowerCase());
}

function toEditorDiagnostic(d: Diagnostic): EditorDiagnostic {
  const base = { code: d.code, severity: d.severity, message: d.message, start: d.span.start, end: d.span.end };
  return d.data ? { ...base, suggestion: d.data.suggestion } : base;
}

function toEditorLocation(at: Location): EditorLocation {
  return { uri: at.uri, start: at.span.start, end: at.span.end };
}
