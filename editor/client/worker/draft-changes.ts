/**
 * What a draft changes before it is saved (the diff of issue 12 in the editor): the structural
 * diff of the version with the draft against the version in force (the file as the server has
 * it), and the draft's behavioural impact on a small generated cohort — per decision, how many
 * students move from which outcome to which. The two versions differ in the one file only, so
 * nothing else the workspace holds can show up as a change.
 */
import type { Lang } from "../../../dsl/index.js";
import { Evaluator, portableSha256, type LoadedVersion, type RegulationVersion } from "../../../engine/index.js";
import { BehaviourTally, changedDecisions, diffVersions, generateCohort, isEmptyDiff, renderDiffText, summaryOf, type DecisionTransitions, type SummaryRow } from "../../../engine/diff/index.js";

export interface DraftChanges {
  /** The structural diff as `regelwerk diff` prints it; empty when the draft changes no structure. */
  readonly structural: string;
  readonly summary: readonly SummaryRow[];
  /** Null when the draft does not check (then no student can be evaluated under it). */
  readonly behaviour: {
    readonly students: number;
    readonly faculty: string | null;
    /** The article whose decisions were evaluated (null: every decision). */
    readonly article: string | null;
    readonly decisions: readonly DecisionTransitions[];
  } | null;
  readonly problem: string | null;
}

/** The structural diff reads a version's folder, manifest and files: a checked version has them. */
function asLoaded(v: RegulationVersion): LoadedVersion {
  return { dir: v.dir, manifestPath: `${v.dir}/manifest.yaml`, manifest: v.manifest, files: v.files, uses: [], diagnostics: v.diagnostics, extensions: [], glossary: v.glossary };
}

/** `inForce` and `draft`: the version checked with the file as stored and as drafted. */
export function draftChanges(inForce: RegulationVersion, draft: RegulationVersion, uri: string, cohort: { readonly size: number; readonly seed: number }, lang: Lang): DraftChanges {
  const diff = diffVersions(asLoaded(inForce), asLoaded(draft));
  const structural = isEmptyDiff(diff) ? "" : renderDiffText(diff, lang);
  const summary = summaryOf(diff);
  const errors = draft.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return { structural, summary, behaviour: null, problem: `${errors.length} × ${errors[0]!.code}: ${errors[0]!.message}` };
  const file = draft.files.find((f) => f.path === uri) ?? inForce.files.find((f) => f.path === uri);
  const faculty = file?.meta.scope?.faculty ?? null;
  // Only the decisions of the file's article (what a file on it changes directly), without trace
  // or receipt hash: the whole regulation for 2 × 500 students would keep the worker busy too long.
  const article = file?.meta.article !== undefined ? String(file.meta.article) : undefined;
  const options = { trace: false, hashInput: false, ...(article !== undefined ? { article } : {}) };
  const old = new Evaluator(inForce, portableSha256);
  const next = new Evaluator(draft, portableSha256);
  const tally = new BehaviourTally();
  let i = 0;
  const year = draft.dir.split("/").at(-1);
  // A faculty's file can only change its own students: the cohort is that faculty's.
  for (const student of generateCohort({ ...cohort, ...(faculty ? { faculty } : {}), ...(year && /^\d{4}-\d{4}$/.test(year) ? { academicYear: year } : {}) })) {
    tally.add(`student ${++i}`, old.evaluate(student, options), next.evaluate(student, options));
  }
  const result = tally.result();
  return { structural, summary, behaviour: { students: result.students, faculty, article: article ?? null, decisions: changedDecisions(result) }, problem: null };
}
