/**
 * What a draft changes before it is saved (the diff of issue 12 in the editor): the structural
 * diff of the version with the draft against the version in force (the file as the server has
 * it), and the draft's behavioural impact on a generated cohort — every decision of the version,
 * since a faculty file can change decisions of other articles that read its article's decisions,
 * parameters or definitions: per decision how many students move from which outcome to which, the
 * students that change, and one of them explained before and after. The two versions differ in the
 * one file only, so nothing else the workspace holds can show up as a change.
 *
 * Bounded in time: the students are evaluated one by one until the cohort is done or the time
 * budget is spent (the answer then says how many of the cohort were evaluated); the explained
 * examples (one per changed decision, traced) come after, within the same budget's spare part.
 */
import type { Lang } from "../../../dsl/index.js";
import { Evaluator, portableSha256, type DecisionResult, type EvaluationResult, type LoadedVersion, type RegulationVersion } from "../../../engine/index.js";
import { BehaviourTally, changedDecisions, decisionBaseId, diffVersions, generateCohort, isEmptyDiff, renderDiffText, sideBySide, summaryOf, type DecisionTransitions, type SummaryRow } from "../../../engine/diff/index.js";

/** A decision the draft changes, with the students it changes for and one of them explained. */
export interface ChangedDecision extends DecisionTransitions {
  /** The students (by position in the cohort, 1-based) whose outcome of this decision changes. */
  readonly students: readonly number[];
  /** The first of them: the decision explained in the version in force and in the draft. */
  readonly example: { readonly student: number; readonly before: string; readonly after: string } | null;
}

export interface DraftChanges {
  /** The structural diff as `regelwerk diff` prints it; empty when the draft changes no structure. */
  readonly structural: string;
  readonly summary: readonly SummaryRow[];
  /** Null when the draft does not check (then no student can be evaluated under it). */
  readonly behaviour: {
    /** Students evaluated: the cohort's size unless the time budget ran out first. */
    readonly students: number;
    readonly cohort: number;
    /** The time budget ran out before the whole cohort was evaluated. */
    readonly stopped: boolean;
    readonly budgetMs: number;
    readonly faculty: string | null;
    /** The decisions whose outcome changes for at least one student, in every article. */
    readonly decisions: readonly ChangedDecision[];
  } | null;
  readonly problem: string | null;
}

export interface CohortBudget {
  readonly size: number;
  readonly seed: number;
  /** Milliseconds the evaluation may take in all (8 s in the editor: changes-view.ts). */
  readonly budgetMs: number;
  /** The clock (tests give their own); `performance.now` by default. */
  readonly now?: () => number;
}

/** The structural diff reads a version's folder, manifest and files: a checked version has them. */
function asLoaded(v: RegulationVersion): LoadedVersion {
  return { dir: v.dir, manifestPath: `${v.dir}/manifest.yaml`, manifest: v.manifest, files: v.files, uses: [], diagnostics: v.diagnostics, extensions: [], glossary: v.glossary };
}

/** The decision ids (without element key) whose outcome differs between the two results, or exists in one only. */
function changedIds(before: EvaluationResult, after: EvaluationResult): Set<string> {
  const old = new Map<string, DecisionResult>(before.decisions.map((d) => [d.id, d]));
  const ids = new Set<string>();
  for (const b of after.decisions) {
    const a = old.get(b.id);
    old.delete(b.id);
    if (a?.outcome !== b.outcome) ids.add(decisionBaseId(b));
  }
  for (const a of old.values()) ids.add(decisionBaseId(a));
  return ids;
}

/** `inForce` and `draft`: the version checked with the file as stored and as drafted. */
export function draftChanges(inForce: RegulationVersion, draft: RegulationVersion, uri: string, cohort: CohortBudget, lang: Lang): DraftChanges {
  const now = cohort.now ?? (() => performance.now());
  const started = now();
  const diff = diffVersions(asLoaded(inForce), asLoaded(draft));
  const structural = isEmptyDiff(diff) ? "" : renderDiffText(diff, lang);
  const summary = summaryOf(diff);
  const errors = draft.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return { structural, summary, behaviour: null, problem: `${errors.length} × ${errors[0]!.code}: ${errors[0]!.message}` };
  const file = draft.files.find((f) => f.path === uri) ?? inForce.files.find((f) => f.path === uri);
  const faculty = file?.meta.scope?.faculty ?? null;
  // Every decision, without trace or receipt hash: what the file changes reaches other articles
  // through what they read of its article.
  const options = { trace: false, hashInput: false };
  const old = new Evaluator(inForce, portableSha256);
  const next = new Evaluator(draft, portableSha256);
  const tally = new BehaviourTally();
  const changedFor = new Map<string, number[]>();
  const contexts = new Map<number, Readonly<Record<string, unknown>>>();
  let i = 0;
  let stopped = false;
  const year = draft.dir.split("/").at(-1);
  // A faculty's file can only change its own students: the cohort is that faculty's.
  for (const student of generateCohort({ size: cohort.size, seed: cohort.seed, ...(faculty ? { faculty } : {}), ...(year && /^\d{4}-\d{4}$/.test(year) ? { academicYear: year } : {}) })) {
    if (now() - started > cohort.budgetMs) {
      stopped = true;
      break;
    }
    const before = old.evaluate(student, options);
    const after = next.evaluate(student, options);
    tally.add(`student ${++i}`, before, after);
    for (const id of changedIds(before, after)) {
      const list = changedFor.get(id) ?? [];
      if (list.length === 0) contexts.set(i, student);
      list.push(i);
      changedFor.set(id, list);
    }
  }
  const decisions = changedDecisions(tally.result()).map((d): ChangedDecision => {
    const students = changedFor.get(d.decision) ?? [];
    const first = students[0];
    const context = first !== undefined ? contexts.get(first) : undefined;
    // The example is traced: one student and one decision, in both versions.
    const only = (id: string) => id === d.decision || id.startsWith(`${d.decision}[`);
    const rows = context ? sideBySide(inForce, draft, old.evaluate(context, { trace: true, hashInput: false, only: d.decision }), next.evaluate(context, { trace: true, hashInput: false, only: d.decision }), lang, only).filter((r) => r.changed) : [];
    const row = rows[0];
    return { ...d, students, example: first !== undefined && row ? { student: first, before: row.old?.text ?? "—", after: row.new?.text ?? "—" } : null };
  });
  return { structural, summary, behaviour: { students: i, cohort: cohort.size, stopped, budgetMs: cohort.budgetMs, faculty, decisions }, problem: null };
}
